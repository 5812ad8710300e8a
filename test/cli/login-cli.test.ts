import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator, EmulatorUser} from '../../source/emulator/index.js';
import {forbidUi, startBuilt} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {followLoginRedirects} from '../helpers/play-browser.js';
import {freePort, isListening} from '../helpers/ports.js';

const user = {username: 'grace@acme.example', password: 'pw', displayName: 'Grace Hopper'};
const clientId = '3MVG9cliTestKey';
const clientSecret = 'cli-test-secret-0123456789';
let f: EmulatorStore;
let emulator: Emulator;
let port: number;
let configDir: string;

/** The emulator and a config folder, with this file's app allowing the callback on `port`. */
function loginFixture(users: EmulatorUser[] = [user]): Promise<EmulatorStore> {
	return startEmulatorStore({users, emulator: {apps: [{clientId, clientSecret, callbackUrls: [`http://localhost:${port}/OauthRedirect`]}]}});
}

beforeEach(async () => {
	port = await freePort();
	f = await loginFixture();
	({emulator, configDir} = f);
});
afterEach(() => f?.close());

function loginArgs(...extra: string[]) {
	return ['login', '--client-id', clientId, '--domain', emulator.loginUrl, '--redirect-uri', `http://localhost:${port}/OauthRedirect`, '--no-browser', ...extra];
}

const storeFile = () => path.join(configDir, 'orgs.json');
const env = () => ({SFRT_CONFIG_DIR: configDir, SFRT_CLIENT_SECRET: clientSecret});

describe('sfrt login without a UI', () => {
	it('--json: one JSON object on stdout, tokens masked, the org saved in a 0600 file', async () => {
		const run = startBuilt(loginArgs('--json', '--alias', 'uat'), {env: env()});
		const [url] = await run.waitForStderr(/http:\/\/127\.0\.0\.1:\d+\/services\/oauth2\/authorize\?\S+/);
		await followLoginRedirects(url);
		const {code} = await run.exit;
		expect(code, run.stderr()).toBe(0);

		const lines = run.stdout().trim().split('\n');
		expect(lines).toHaveLength(1);
		const output = JSON.parse(lines[0]!);
		expect(output).toMatchObject({ok: true, org: {alias: 'uat', username: user.username, orgId: emulator.orgId, instanceUrl: emulator.instanceUrl, kind: 'local', isDefault: true}});
		expect(output.org.refreshToken).toMatch(/^5Aep…/);

		const stat = fs.statSync(storeFile());
		expect(stat.mode & 0o777).toBe(0o600);
		const saved = JSON.parse(fs.readFileSync(storeFile(), 'utf8'));
		expect(saved.orgs.uat.clientSecret).toBe(clientSecret);
		expect(emulator.isRefreshTokenValid(saved.orgs.uat.refreshToken)).toBe(true);
		expect(run.stdout()).not.toContain(saved.orgs.uat.refreshToken);
		expect(run.stderr()).not.toContain(saved.orgs.uat.refreshToken);
		expect(run.stderr()).not.toContain(clientSecret);
		expect(await isListening(port)).toBe(false);
	});

	it('plain output masks the tokens unless --reveal', async () => {
		const run = startBuilt(loginArgs(), {env: env()});
		await followLoginRedirects((await run.waitForStderr(/http:\/\/\S+authorize\?\S+/))[0]);
		expect((await run.exit).code, run.stderr()).toBe(0);
		const saved = JSON.parse(fs.readFileSync(storeFile(), 'utf8'));
		const token = saved.orgs[user.username].refreshToken as string;
		expect(run.stdout()).toContain(`Logged in as ${user.username}`);
		expect(run.stdout()).not.toContain(token);

		const revealed = startBuilt(loginArgs('--reveal', '--json'), {env: env()});
		await followLoginRedirects((await revealed.waitForStderr(/http:\/\/\S+authorize\?\S+/))[0]);
		expect((await revealed.exit).code).toBe(0);
		const output = JSON.parse(revealed.stdout());
		expect(output.org.refreshToken).toMatch(/^5Aep[^…]+$/);
		expect(output.replaced).toBe(user.username);
	});

	it('logging in again keeps the alias the login already has', async () => {
		const first = startBuilt(loginArgs('--json', '--alias', 'r1'), {env: env()});
		await followLoginRedirects((await first.waitForStderr(/http:\/\/\S+authorize\?\S+/))[0]);
		expect((await first.exit).code, first.stderr()).toBe(0);
		const again = startBuilt(loginArgs('--json'), {env: env()});
		await followLoginRedirects((await again.waitForStderr(/http:\/\/\S+authorize\?\S+/))[0]);
		expect((await again.exit).code, again.stderr()).toBe(0);
		expect(JSON.parse(again.stdout())).toMatchObject({org: {alias: 'r1'}, replaced: 'r1'});
		expect(Object.keys(JSON.parse(fs.readFileSync(storeFile(), 'utf8')).orgs)).toEqual(['r1']);
	});

	it('opens $BROWSER with the authorize URL', async () => {
		const seen = path.join(f.dir, 'browser-url.txt');
		const browser = `${process.execPath} -e "require('fs').writeFileSync(process.argv[1], process.argv[2])" ${seen}`;
		const run = startBuilt(loginArgs('--json', '--browser', '--timeout', '5'), {env: {...env(), BROWSER: browser}});
		const [url] = await run.waitForStderr(/http:\/\/\S+authorize\?\S+/);
		await expect.poll(() => fs.existsSync(seen), {timeout: 5000}).toBe(true);
		expect(fs.readFileSync(seen, 'utf8')).toBe(url);
		await followLoginRedirects(url);
		expect((await run.exit).code, run.stderr()).toBe(0);
	});

	it('reports a browser that fails to start, and still shows the URL', async () => {
		const run = startBuilt(loginArgs('--browser', '--timeout', '3'), {env: {...env(), BROWSER: 'false'}});
		await run.waitForStderr(/Could not open a browser/);
		expect(run.stderr()).toMatch(/authorize\?/);
		run.child.kill('SIGINT');
		expect((await run.exit).code).toBe(130);
	});

	it('reads the Consumer Key from SFRT_CLIENT_ID', async () => {
		const run = startBuilt(['login', '--domain', emulator.loginUrl, '--redirect-uri', `http://localhost:${port}/OauthRedirect`, '--no-browser', '--json'], {env: {...env(), SFRT_CLIENT_ID: clientId}});
		await followLoginRedirects((await run.waitForStderr(/http:\/\/\S+authorize\?\S+/))[0]);
		expect((await run.exit).code, run.stderr()).toBe(0);
	});

	it('exits 2 with a clear message on bad input, and saves nothing', async () => {
		const cases: Array<[string[], string]> = [
			[['login', '--json', '--no-browser'], 'missing-client-id'],
			[['login', '--client-id', 'x', '--domain', 'https://acme.lightning.force.com', '--json'], 'lightning-domain'],
			[['login', '--client-id', 'x', '--redirect-uri', 'https://example.com/cb', '--json'], 'bad-redirect-uri'],
			[['login', '--client-id', 'x', '--timeout', 'soon', '--json'], 'usage'],
			[['login', '--client-id', 'x', '--timeout', '0.0001', '--json'], 'usage'],
			[['login', '--client-id', 'x', '--timeout', '3000000', '--json'], 'usage'],
			[['login', '--client-id', 'x', '--alias', 'has space', '--json'], 'bad-alias'],
			[['login', '--frobnicate', '--json'], 'usage'],
			[['frobnicate'], 'unknown-command'],
		];
		for (const [args, errorCode] of cases) {
			const run = startBuilt(args, {env: {SFRT_CONFIG_DIR: configDir}});
			const {code} = await run.exit;
			expect(code, args.join(' ')).toBe(2);
			if (args.includes('--json')) expect(JSON.parse(run.stdout()).error.code).toBe(errorCode);
			expect(run.stderr()).toMatch(/Fix:/);
			expect(run.stderr()).not.toMatch(/\n\s+at /);
		}
		expect(fs.existsSync(storeFile())).toBe(false);
	});

	it('fails with the port and the fix when the callback port is taken', async () => {
		const blocker = net.createServer();
		await new Promise<void>(resolve => blocker.listen(port, '127.0.0.1', resolve));
		try {
			const run = startBuilt(loginArgs('--json'), {env: env()});
			const {code} = await run.exit;
			expect(code).toBe(1);
			const output = JSON.parse(run.stdout());
			expect(output.error.code).toBe('port-in-use');
			expect(output.error.message).toContain(String(port));
		} finally {
			blocker.close();
		}
	});

	it('gives up after --timeout', async () => {
		const run = startBuilt(loginArgs('--json', '--timeout', '1'), {env: env()});
		const {code} = await run.exit;
		expect(code).toBe(1);
		expect(JSON.parse(run.stdout()).error.code).toBe('login-timeout');
	});

	it('Ctrl+C while waiting exits 130, closes the port and saves nothing', async () => {
		const run = startBuilt(loginArgs(), {env: env()});
		await run.waitForStderr(/Waiting for the login/);
		expect(await isListening(port)).toBe(true);
		run.child.kill('SIGINT');
		const {code} = await run.exit;
		expect(code).toBe(130);
		expect(run.stderr()).toContain('Login cancelled');
		expect(await isListening(port)).toBe(false);
		expect(fs.existsSync(storeFile())).toBe(false);
	});

	it('Ctrl+C while the app is being checked stops at once, before any browser opens', async () => {
		emulator.faults.latencyMs = 5000;
		const run = startBuilt(loginArgs('--browser'), {env: {...env(), BROWSER: 'false'}});
		await expect.poll(() => emulator.requests.some(request => request.path === '/services/oauth2/authorize'), {timeout: 5000}).toBe(true);
		const started = Date.now();
		run.child.kill('SIGINT');
		expect((await run.exit).code).toBe(130);
		expect(Date.now() - started).toBeLessThan(2000);
		expect(run.stderr()).not.toContain('Open this URL');
		expect(await isListening(port)).toBe(false);
	});

	it('a Salesforce error ends the run with exit 1 and the fix', async () => {
		const run = startBuilt(['login', '--client-id', 'unknown', '--domain', emulator.loginUrl, '--redirect-uri', `http://localhost:${port}/OauthRedirect`, '--no-browser'], {env: {SFRT_CONFIG_DIR: configDir}});
		const {code} = await run.exit;
		expect(code).toBe(1);
		expect(run.stderr()).toContain('Salesforce does not know this Consumer Key');
		expect(run.stderr()).toContain('Fix:');
	});
});

describe('sfrt basics', () => {
	it('--help lists the commands and exits 0; login --help lists every flag', async () => {
		const run = startBuilt(['--help']);
		expect((await run.exit).code).toBe(0);
		expect(run.stdout()).toContain('login');
		const login = startBuilt(['login', '--help']);
		expect((await login.exit).code).toBe(0);
		for (const flag of ['--client-id', '--client-secret', '--domain', '--redirect-uri', '--scopes', '--alias', '--no-browser', '--timeout', '--json', '--reveal']) {
			expect(login.stdout()).toContain(flag);
		}
	});

	it('--version prints the package version', async () => {
		const run = startBuilt(['--version']);
		expect((await run.exit).code).toBe(0);
		const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
		expect(run.stdout().trim()).toBe(pkg.version);
	});

	it('the UI guard really catches a UI import', async () => {
		const run = startBuilt(['--version'], {nodeArgs: [...forbidUi, '--import', 'ink']});
		expect((await run.exit).code).not.toBe(0);
		expect(run.stderr()).toContain('UI module loaded: ink');
	});

	it('without a terminal, the wizard is not started and the flags are named', async () => {
		const run = startBuilt([]);
		expect((await run.exit).code).toBe(2);
		expect(run.stderr()).toContain('sfrt login --client-id');
	});
});

describe('sfrt login edge cases', () => {
	it('saves a login whose username is longer than an alias may be', async () => {
		const username = `${'a'.repeat(60)}.very.long.name@subsidiary.example.com`;
		const long = await loginFixture([{username, password: 'pw'}]);
		const {emulator, configDir} = long;
		try {
			const run = startBuilt(['login', '--client-id', clientId, '--domain', emulator.loginUrl, '--redirect-uri', `http://localhost:${port}/OauthRedirect`, '--no-browser', '--json'], {env: {SFRT_CONFIG_DIR: configDir, SFRT_CLIENT_SECRET: clientSecret}});
			await followLoginRedirects((await run.waitForStderr(/http:\/\/\S+authorize\?\S+/))[0]);
			expect((await run.exit).code, run.stderr()).toBe(0);
			expect(JSON.parse(run.stdout()).org).toMatchObject({alias: username, username});
		} finally {
			await long.close();
		}
	});

	it('a config folder that cannot be made is reported with its path, not as a bug', async () => {
		const base = f.dir;
		fs.writeFileSync(path.join(base, 'a-file'), '');
		const run = startBuilt(['list', '--json'], {env: {SFRT_CONFIG_DIR: path.join(base, 'a-file', 'sub')}});
		expect((await run.exit).code).toBe(1);
		const {error} = JSON.parse(run.stdout());
		expect(error.code).toBe('store-unreadable');
		expect(error.message).toContain(path.join(base, 'a-file', 'sub'));
	});

	it('an empty alias is bad input, not "no default org"', async () => {
		const run = startBuilt(['token', '', '--json'], {env: {SFRT_CONFIG_DIR: configDir}});
		expect((await run.exit).code).toBe(2);
		expect(JSON.parse(run.stdout()).error.code).toBe('bad-alias');
	});
});

describe('sfrt login --org: log in again to a saved org', () => {
	it('reuses the saved key, secret, login address and callback, keeps the alias, and replaces the dead token', async () => {
		const first = startBuilt(loginArgs('--json', '--alias', 'uat'), {env: env()});
		await followLoginRedirects((await first.waitForStderr(/http:\/\/\S+authorize\?\S+/))[0]);
		expect((await first.exit).code, first.stderr()).toBe(0);
		const before = JSON.parse(fs.readFileSync(storeFile(), 'utf8')).orgs.uat;
		emulator.revokeAllFor(user.username);
		expect(emulator.isRefreshTokenValid(before.refreshToken)).toBe(false);

		// No key, secret, domain or callback given: all come from the saved org (not from SFRT_CLIENT_SECRET either).
		const again = startBuilt(['login', '--org', 'uat', '--no-browser', '--json'], {env: {SFRT_CONFIG_DIR: configDir}});
		const [url] = await again.waitForStderr(/http:\/\/\S+authorize\?\S+/);
		const query = new URL(url).searchParams;
		expect(query.get('client_id')).toBe(clientId);
		expect(query.get('redirect_uri')).toBe(`http://localhost:${port}/OauthRedirect`);
		expect(url.startsWith(emulator.loginUrl)).toBe(true);
		await followLoginRedirects(url);
		expect((await again.exit).code, again.stderr()).toBe(0);
		const output = JSON.parse(again.stdout().trim());
		expect(output).toMatchObject({ok: true, org: {alias: 'uat'}, replaced: 'uat'});
		const after = JSON.parse(fs.readFileSync(storeFile(), 'utf8')).orgs;
		expect(Object.keys(after)).toEqual(['uat']);
		expect(after.uat.refreshToken).not.toBe(before.refreshToken);
		expect(after.uat.clientSecret).toBe(clientSecret);
		expect(emulator.isRefreshTokenValid(after.uat.refreshToken)).toBe(true);
	});

	it('another user logging in leaves the named org alone and keeps its own alias', async () => {
		await f.close();
		const other = {username: 'ada@acme.example', password: 'pw', displayName: 'Ada'};
		f = await loginFixture([user, other]);
		({emulator, configDir} = f);
		const as = async (username: string, args: string[]) => {
			const run = startBuilt(args, {env: env()});
			const [url] = await run.waitForStderr(/http:\/\/\S+authorize\?\S+/);
			emulator.autoApprove = username;
			await followLoginRedirects(url);
			expect((await run.exit).code, run.stderr()).toBe(0);
			return JSON.parse(run.stdout().trim());
		};
		await as(user.username, loginArgs('--json', '--alias', 'uat'));
		await as(other.username, loginArgs('--json', '--alias', 'ada'));
		const before = JSON.parse(fs.readFileSync(storeFile(), 'utf8')).orgs;

		const output = await as(other.username, ['login', '--org', 'uat', '--no-browser', '--json']);
		expect(output.org.alias).toBe('ada');
		expect(output.notes.join(' ')).toContain(`${other.username} logged in, not the user saved as "uat"`);
		const after = JSON.parse(fs.readFileSync(storeFile(), 'utf8')).orgs;
		expect(Object.keys(after).sort()).toEqual(['ada', 'uat']);
		expect(after.uat.refreshToken).toBe(before.uat.refreshToken);
		expect(after.ada.refreshToken).not.toBe(before.ada.refreshToken);
	});

	it('an unknown org is a usage error before anything starts', async () => {
		const run = startBuilt(['login', '--org', 'nope', '--json'], {env: {SFRT_CONFIG_DIR: configDir}});
		const {code} = await run.exit;
		expect(code).toBe(2);
		expect(JSON.parse(run.stdout().trim())).toMatchObject({ok: false, error: {code: 'org-not-found'}});
	});
});
