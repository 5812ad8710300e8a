/**
 * The wizard end to end: `node dist/cli.js login` in a real pseudo-terminal, against the
 * emulator on loopback, with headless Chromium as the browser ($BROWSER runs the driver).
 * Every prompt is answered from the keyboard. Run `npm run build` first (`npm test` does).
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import stringWidth from 'string-width';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {demoFixture, type Emulator} from '../../source/emulator/index.js';
import {cliPath, repoRoot} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {freePort} from '../helpers/ports.js';
import {keys, spawnCli, type TerminalRun} from '../helpers/pty.js';

const driver = path.join(repoRoot, 'test/helpers/browser-driver.mjs');
const screensFile = path.join(repoRoot, 'test/ui/README-screens.txt');

let f: EmulatorStore | undefined;
let emulator: Emulator | undefined;
let run: TerminalRun | undefined;
let driverOut: string | undefined;
let tempDir: string | undefined;

beforeAll(() => {
	if (!fs.existsSync(cliPath)) throw new Error(`${cliPath} is missing: run "npm run build" first (npm test does).`);
});

afterEach(async () => {
	run?.kill();
	run = undefined;
	if (driverOut && fs.existsSync(`${driverOut}.pid`)) {
		try {
			process.kill(Number(fs.readFileSync(`${driverOut}.pid`, 'utf8')), 'SIGTERM');
		} catch {}
	}
	driverOut = undefined;
	await f?.close();
	f = emulator = tempDir = undefined;
});

/** An emulator whose app allows exactly the callback URL this test's CLI will use. */
async function setup(options: {decision?: 'allow' | 'deny'; browser?: 'driver' | 'none'} = {}) {
	const port = await freePort();
	const redirectUri = `http://localhost:${port}/OauthRedirect`;
	const {app, user} = demoFixture();
	app.clientSecret = 's3cr3t-e2e';
	app.callbackUrls = [redirectUri];
	f = await startEmulatorStore({users: [user], emulator: {apps: [app], autoApprove: false}});
	({emulator, dir: tempDir} = f);
	driverOut = path.join(f.dir, 'browser.json');
	const env: NodeJS.ProcessEnv = {
		...process.env,
		CI: 'false',
		TERM: 'xterm-256color',
		NO_COLOR: '1',
		SFRT_CONFIG_DIR: f.configDir,
		BROWSER: options.browser === 'none' ? 'true' : `${process.execPath} ${driver}`,
		SFRT_DRIVER_OUT: driverOut,
		SFRT_DRIVER_USERNAME: user.username,
		SFRT_DRIVER_PASSWORD: user.password,
		SFRT_DRIVER_DECISION: options.decision ?? 'allow',
		// English, whatever this machine's locale: the Japanese test sets its own.
		SFRT_LANG: 'en',
	};
	delete env.FORCE_HYPERLINK;
	return {app, user, port, redirectUri, env, configDir: f.configDir, emulator};
}

async function browserPage(file: string, timeoutMs = 20_000): Promise<{ok: boolean; lang?: string; heading?: string; text?: string; tone?: string; error?: string}> {
	const deadline = Date.now() + timeoutMs;
	while (!fs.existsSync(file)) {
		if (Date.now() > deadline) throw new Error('the browser driver wrote nothing');
		await sleep(50);
	}
	return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function savedOrgs(configDir: string): Record<string, {username: string; refreshToken: string; clientSecret?: string}> {
	const file = path.join(configDir, 'orgs.json');
	return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).orgs : {};
}

function refused(port: number): Promise<boolean> {
	return new Promise(resolve => {
		const socket = net.connect({port, host: '127.0.0.1'});
		socket.once('connect', () => {
			socket.destroy();
			resolve(false);
		});
		socket.once('error', error => resolve((error as NodeJS.ErrnoException).code === 'ECONNREFUSED'));
	});
}

describe('sfrt login on a terminal', () => {
	it('logs in through the browser, shows the result and saves the org', async () => {
		const {app, user, redirectUri, env, configDir} = await setup();
		const screens: Array<[string, string]> = [];
		run = spawnCli(['login', '--domain', emulator!.loginUrl, '--redirect-uri', redirectUri], {env});

		screens.push(['Welcome (sfrt login)', await run.waitFor('Do you have a Consumer Key and Secret')]);
		await run.press(keys.enter);
		await run.waitFor('step 1 of 5 · Consumer Key');
		run.write(app.clientId); // a paste: the terminal sends it in one piece
		await run.waitFor('ix44galQ');
		screens.push(['Consumer Key', run.screen()]);
		await run.press(keys.enter);
		await run.waitFor('step 2 of 5 · Consumer Secret');
		await run.type(app.clientSecret);
		const secret = await run.waitFor(`${app.clientSecret.length} characters, hidden.`);
		expect(secret).not.toContain(app.clientSecret);
		await run.press(keys.enter);

		screens.push(['Log in and allow access', await run.waitFor('Waiting for the login to come back to')]);
		const result = await run.waitFor('step 5 of 5 · Your refresh token', 30_000);
		expect(result).toContain(`Logged in as ${user.username}. The refresh token works.`);
		expect(result).toMatch(new RegExp(`Org ID\\s+${emulator!.orgId}`));
		expect(result).toMatch(/Refresh token\s+5Aep…/);

		const page = await browserPage(driverOut!);
		expect(page).toMatchObject({ok: true, tone: 'success', lang: 'en', heading: 'You are logged in'});
		expect(page.text).toContain(`sfrt has a refresh token for ${user.username} in org ${emulator!.orgId}`);

		await run.press(keys.enter);
		await run.waitFor('Save it as (alias):');
		await run.press(keys.enter);
		const saved = await run.waitFor('Next steps');
		expect(saved).toContain(`✔ Saved as "${user.username}". It is your default org.`);
		expect(saved).toContain(`sfrt export ${user.username} --format env`);
		screens.push(['Result, saved', saved]);
		for (const [, screen] of screens) for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

		await run.press(keys.enter);
		expect((await run.exited).exitCode).toBe(0);
		const orgs = savedOrgs(configDir);
		expect(Object.keys(orgs)).toEqual([user.username]);
		expect(orgs[user.username]).toMatchObject({username: user.username, clientSecret: app.clientSecret});
		expect(emulator!.isRefreshTokenValid(orgs[user.username]!.refreshToken)).toBe(true);

		if (process.env.SFRT_UPDATE_SCREENS) writeScreens(screens);
	});

	it('speaks Japanese with LANG=ja_JP.UTF-8: the setup guide names Setup as a Japanese org does, and the org is saved', async () => {
		const {app, user, redirectUri, env, configDir} = await setup();
		const japanese: NodeJS.ProcessEnv = {...env, LANG: 'ja_JP.UTF-8'};
		for (const name of ['SFRT_LANG', 'LC_ALL', 'LC_MESSAGES']) delete japanese[name];
		const screens: string[] = [];
		run = spawnCli(['login', '--domain', emulator!.loginUrl, '--redirect-uri', redirectUri], {env: japanese, rows: 40});

		screens.push(await run.waitFor('いいえ、作成手順を見る'));
		expect(screens.at(-1)).toContain('sfrt · sfrt へようこそ');
		await run.press(keys.down);
		await run.press(keys.enter);
		await run.waitFor('外部クライアントアプリケーションの作成');
		// Japanese may break a line inside a long label: read the guide with its line breaks taken out.
		const flat = (screen: string) => screen.replaceAll(/\n\s*/g, '');
		const names = ['[新規外部クライアントアプリケーション]', '[コールバック URL]', redirectUri];
		for (let tries = 0; tries < 100 && !names.every(name => flat(run!.screen()).includes(name)); tries++) await sleep(50);
		const guide = run.screen();
		screens.push(guide);
		for (const name of names) expect(flat(guide)).toContain(name);
		await run.press(keys.enter);

		await run.waitFor('ステップ 1/5 · コンシューマー鍵');
		run.write(app.clientId);
		await run.waitFor('ix44galQ');
		screens.push(run.screen());
		await run.press(keys.enter);
		await run.waitFor('ステップ 2/5 · コンシューマーの秘密');
		await run.type(app.clientSecret);
		await run.press(keys.enter);
		screens.push(await run.waitFor('でログインを待っています'));
		// Japanese is broken into lines once its width is measured, a frame after it first shows.
		const result = await run.waitFor(`${user.username} としてログインしました。`, 30_000);
		screens.push(result);
		expect(result).toContain('ステップ 5/5 · 更新トークン');

		// sfrt's own page in the browser speaks Japanese too.
		const page = await browserPage(driverOut!);
		expect(page).toMatchObject({ok: true, tone: 'success', lang: 'ja', heading: 'ログインしました'});

		await run.press(keys.enter);
		await run.waitFor('保存するエイリアス:');
		await run.press(keys.enter);
		const saved = await run.waitFor('次のステップ');
		screens.push(saved);
		expect(saved).toContain(`「${user.username}」として保存しました。`);
		// Wide characters take two cells each: every line still fits 80 columns.
		for (const screen of screens) for (const line of screen.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(80);

		await run.press(keys.enter);
		expect((await run.exited).exitCode).toBe(0);
		const orgs = savedOrgs(configDir);
		expect(Object.keys(orgs)).toEqual([user.username]);
		expect(emulator!.isRefreshTokenValid(orgs[user.username]!.refreshToken)).toBe(true);
	});

	it('shows Salesforce\'s refusal with its fix when access is denied, and saves nothing', async () => {
		const {app, redirectUri, env, configDir} = await setup({decision: 'deny'});
		run = spawnCli(['login', '--client-id', app.clientId, '--client-secret', app.clientSecret, '--domain', emulator!.loginUrl, '--redirect-uri', redirectUri], {env});
		await run.waitFor('Waiting for the login');
		const error = await run.waitFor('That did not work', 30_000);
		expect(error).toContain('✖ Salesforce says access was denied (end-user denied authorization).');
		expect(error).toContain('Fix: Click Allow on the approval page.');
		expect(error).toContain('(access-denied)');
		// No value typed in the wizard fixes a denial: no "go back and change the Consumer Key".
		expect(error).toMatch(/❯ Try again\s+Quit/);
		expect(error).not.toContain('Go back and change');

		const page = await browserPage(driverOut!);
		expect(page).toMatchObject({ok: true, tone: 'error', heading: 'Login failed'});
		expect(page.text).toContain('access was denied');

		await run.press(keys.up);
		await run.waitFor('❯ Quit');
		await run.press(keys.enter);
		expect((await run.exited).exitCode).toBe(1);
		expect(run.screen()).toContain('Nothing was saved.');
		expect(savedOrgs(configDir)).toEqual({});
	});

	it('finds an unknown Consumer Key before opening the browser, and saves nothing', async () => {
		const {app, port, redirectUri, env, configDir} = await setup();
		// $BROWSER leaves a marker if sfrt ever tries to open the login page.
		const marker = path.join(tempDir!, 'browser-opened');
		const browser = path.join(tempDir!, 'browser.sh');
		fs.writeFileSync(browser, `#!/bin/sh\necho "$1" > '${marker}'\n`, {mode: 0o755});
		env.BROWSER = browser;
		const unknownKey = `3MVG9${'Q'.repeat(70)}`;
		expect(unknownKey).not.toBe(app.clientId);
		run = spawnCli(['login', '--client-id', unknownKey, '--domain', emulator!.loginUrl, '--redirect-uri', redirectUri], {env});
		await run.waitFor('step 1 of 4 · Consumer Secret');
		const started = Date.now();
		await run.press(keys.enter);
		const error = await run.waitFor('That did not work', 5000);
		const elapsed = Date.now() - started;
		expect(elapsed).toBeLessThan(5000);
		expect(error).toContain('✖ Salesforce does not know this Consumer Key (client identifier invalid).');
		expect(error).toContain('Fix: Copy the Consumer Key again');
		expect(error).toContain('(invalid-client-id)');
		expect(error).toMatch(/❯ Try again\s+Go back and change the Consumer Key\s+Quit/);
		expect(error).not.toContain('Waiting for the login');
		expect(await refused(port)).toBe(true);

		await run.press(keys.up);
		await run.waitFor('❯ Quit');
		await run.press(keys.enter);
		expect((await run.exited).exitCode).toBe(1);
		expect(run.screen()).toContain('Nothing was saved.');
		expect(run.output()).not.toContain('Opening your browser');
		expect(fs.existsSync(marker)).toBe(false);
		expect(fs.existsSync(path.join(configDir, 'orgs.json'))).toBe(false);
	});

	it('Ctrl+C while waiting closes the port, saves nothing and exits 130', async () => {
		const {app, port, redirectUri, env, configDir} = await setup({browser: 'none'});
		run = spawnCli(['login', '--client-id', app.clientId, '--client-secret', app.clientSecret, '--domain', emulator!.loginUrl, '--redirect-uri', redirectUri], {env});
		await run.waitFor('Waiting for the login');
		expect(await refused(port)).toBe(false);
		run.write(keys.ctrlC);
		expect((await run.exited).exitCode).toBe(130);
		expect(run.screen()).toContain('Cancelled. Nothing was saved.');
		expect(await refused(port)).toBe(true);
		expect(fs.existsSync(path.join(configDir, 'orgs.json'))).toBe(false);
	});
});

/**
 * Ctrl+C with a slow Salesforce: the emulator plays the browser's part (autoApprove answers the
 * authorize URL with the code at once), then answers every request late.
 */
describe('sfrt login: Ctrl+C with a slow Salesforce', () => {
	/** Starts `sfrt login` with every flag; $BROWSER only records the URL. */
	async function start(latencyMs = 0) {
		const context = await setup();
		const {app, user, redirectUri, env} = context;
		emulator!.app(app.clientId)!.rotateRefreshTokens = false;
		emulator!.faults.latencyMs = latencyMs;
		const urlFile = path.join(tempDir!, 'authorize-url');
		const browser = path.join(tempDir!, 'browser.sh');
		fs.writeFileSync(browser, `#!/bin/sh\nprintf '%s' "$1" > '${urlFile}'\n`, {mode: 0o755});
		env.BROWSER = browser;
		run = spawnCli(['login', '--client-id', app.clientId, '--client-secret', app.clientSecret, '--domain', emulator!.loginUrl, '--redirect-uri', redirectUri], {env});
		return {...context, user, urlFile};
	}

	/** Does what the browser would: approves (as the emulator's autoApprove user) and lands on the catcher. */
	async function approve(urlFile: string, username: string): Promise<string> {
		for (let i = 0; i < 200 && !fs.existsSync(urlFile); i++) await sleep(25);
		emulator!.autoApprove = username;
		const authorize = await fetch(fs.readFileSync(urlFile, 'utf8'), {redirect: 'manual'});
		const location = authorize.headers.get('location')!;
		expect(location).toContain('code=');
		return location;
	}

	const tokenRequests = () => emulator!.requests.filter(request => request.method === 'POST' && request.path === '/services/oauth2/token');

	async function until(done: () => boolean, what: string, timeoutMs = 10_000) {
		const deadline = Date.now() + timeoutMs;
		while (!done()) {
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
			await sleep(10);
		}
	}

	it('during the code exchange: exits 130 at once, saves nothing, and the code was never redeemed', async () => {
		const {user, configDir, urlFile} = await start();
		await run!.waitFor('Waiting for the login');
		const location = await approve(urlFile, user.username);
		emulator!.faults.latencyMs = 5000;
		await fetch(location, {redirect: 'manual'});
		await until(() => tokenRequests().length === 1, 'the code exchange');
		await run!.waitFor('Exchanging the authorization code for tokens…');

		const started = Date.now();
		run!.write(keys.ctrlC);
		const {exitCode} = await run!.exited;
		const elapsed = Date.now() - started;
		expect(exitCode).toBe(130);
		expect(elapsed).toBeLessThan(1500);
		expect(run!.screen()).toContain('Cancelled. Nothing was saved.');
		expect(fs.existsSync(path.join(configDir, 'orgs.json'))).toBe(false);

		// Once the slow answer is due, the emulator finds the request gone and issues nothing:
		// the very same exchange, sent again, still works (a code works once).
		await sleep(5200 - elapsed);
		emulator!.faults.latencyMs = 0;
		const form = tokenRequests()[0]!.form!;
		expect(form.grant_type).toBe('authorization_code');
		const replay = await fetch(`${emulator!.loginUrl}/services/oauth2/token`, {method: 'POST', body: new URLSearchParams(form)});
		expect(replay.status).toBe(200);
		const {refresh_token: refreshToken} = await replay.json() as {refresh_token: string};
		expect(emulator!.isRefreshTokenValid(refreshToken)).toBe(true);
		expect(tokenRequests()).toHaveLength(2);
		expect(emulator!.requests.some(request => request.path === '/services/oauth2/revoke')).toBe(false);
	}, 30_000);

	it('after the token was issued: revokes it, then exits 130', async () => {
		const {user, configDir, urlFile} = await start();
		await run!.waitFor('Waiting for the login');
		const location = await approve(urlFile, user.username);
		await fetch(location, {redirect: 'manual'});
		// The exchange answers at once; the identity, the refresh proof and the revoke take a second each.
		await until(() => tokenRequests().length === 1, 'the code exchange');
		emulator!.faults.latencyMs = 1000;
		await until(() => tokenRequests().length === 2, 'the refresh proof');
		const issued = tokenRequests()[1]!.form!.refresh_token!;
		expect(emulator!.isRefreshTokenValid(issued)).toBe(true);
		await run!.waitFor('Proving the refresh token works');

		const started = Date.now();
		run!.write(keys.ctrlC);
		const {exitCode} = await run!.exited;
		const elapsed = Date.now() - started;
		expect(exitCode).toBe(130);
		expect(elapsed).toBeLessThan(2500);
		expect(run!.screen()).toContain('Cancelled. Nothing was saved.');
		expect(fs.existsSync(path.join(configDir, 'orgs.json'))).toBe(false);
		const revokes = emulator!.requests.filter(request => request.path === '/services/oauth2/revoke');
		expect(revokes.map(request => request.form?.token)).toEqual([issued]);
		expect(emulator!.isRefreshTokenValid(issued)).toBe(false);
	}, 30_000);

	it('while checking the app: exits 130 at once and never opens the browser', async () => {
		const {configDir, urlFile} = await start(5000);
		await run!.waitFor('Checking the app with Salesforce…');
		const started = Date.now();
		run!.write(keys.ctrlC);
		const {exitCode} = await run!.exited;
		expect(exitCode).toBe(130);
		expect(Date.now() - started).toBeLessThan(1500);
		expect(run!.screen()).toContain('Cancelled. Nothing was saved.');
		expect(fs.existsSync(urlFile)).toBe(false);
		expect(fs.existsSync(path.join(configDir, 'orgs.json'))).toBe(false);
	}, 30_000);
});

function writeScreens(screens: Array<[string, string]>) {
	const body = screens.map(([title, screen]) => `── ${title} ${'─'.repeat(Math.max(0, 76 - title.length))}\n${screen}\n`).join('\n');
	fs.writeFileSync(screensFile, `Wizard screens captured from test/e2e/wizard.test.ts (80×50 pseudo-terminal, ANSI stripped).\nRegenerate: npm run build && SFRT_UPDATE_SCREENS=1 npx vitest run test/e2e/wizard.test.ts\n\n${body}`);
}
