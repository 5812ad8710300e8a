/**
 * sfrt login --paste against the emulator: nothing listens for the redirect; the test plays the
 * person who opens the URL elsewhere and pastes the address the browser ended on, or the code.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {startBuilt, type CliProcess} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {freePort} from '../helpers/ports.js';
import {seedApp} from '../helpers/seed-org.js';

let f: EmulatorStore;
let emulator: Emulator;
let unreachable: string;
let success: string;
beforeEach(async () => {
	// A loopback port nothing listens on: the browser would show "This site can't be reached".
	unreachable = `http://localhost:${await freePort()}/OauthRedirect`;
	f = await startEmulatorStore({emulator: {apps: [seedApp({callbackUrls: [unreachable, 'PLACEHOLDER']})]}});
	emulator = f.emulator;
	success = `${emulator.loginUrl}/services/oauth2/success`;
	emulator.app(seedApp().clientId)!.callbackUrls = [unreachable, success];
});
afterEach(() => f.close());

const storeFile = () => path.join(f.configDir, 'orgs.json');

function paste(redirectUri = unreachable, ...extra: string[]): CliProcess {
	return startBuilt(['login', '--paste', '--no-browser', '--json', '--client-id', seedApp().clientId, '--domain', emulator.loginUrl, '--redirect-uri', redirectUri, '--alias', 'pasted', ...extra], {env: {...f.env, SFRT_CLIENT_SECRET: seedApp().clientSecret!}, keepStdin: true});
}

/** What the browser's address bar shows after Allow: the emulator approves at once and redirects there. */
async function addressAfterAllow(run: CliProcess): Promise<string> {
	const [url] = await run.waitForStderr(/http:\/\/127\.0\.0\.1:\d+\/services\/oauth2\/authorize\?\S+/);
	await run.waitForStderr(/paste here/);
	const answer = await fetch(url, {redirect: 'manual'});
	const location = answer.headers.get('location');
	if (!location) throw new Error(`authorize answered ${answer.status}`);
	return location;
}

async function saved(run: CliProcess) {
	const result = await run.exit;
	expect(result.code, result.stderr).toBe(0);
	expect(JSON.parse(result.stdout)).toMatchObject({ok: true, org: {alias: 'pasted'}});
	const org = JSON.parse(fs.readFileSync(storeFile(), 'utf8')).orgs.pasted;
	expect(emulator.isRefreshTokenValid(org.refreshToken)).toBe(true);
	return org;
}

async function refused(run: CliProcess, code: string) {
	const result = await run.exit;
	expect(JSON.parse(result.stdout)).toMatchObject({ok: false, error: {code}});
	expect(fs.existsSync(storeFile())).toBe(false);
	return result;
}

describe('sfrt login --paste', () => {
	it('takes the whole address the browser ended on (a page that could not be reached)', async () => {
		const run = paste();
		const address = await addressAfterAllow(run);
		expect(address.startsWith(unreachable)).toBe(true);
		run.child.stdin!.end(`${address}\n`);
		const org = await saved(run);
		expect(org.redirectUri).toBe(unreachable);
	});

	it('takes just the code, and undoes copying damage: spaces around and inside, a code encoded twice', async () => {
		const run = paste();
		const code = new URL(await addressAfterAllow(run)).searchParams.get('code')!;
		const damaged = encodeURIComponent(code).replaceAll('%', '%25');
		run.child.stdin!.end(` ${damaged.slice(0, 20)} ${damaged.slice(20)}  \n`);
		await saved(run);
	});

	it("works with Salesforce's own https success page as the callback URL", async () => {
		const run = paste(success);
		const address = await addressAfterAllow(run);
		expect(address.startsWith(`${success}?`)).toBe(true);
		run.child.stdin!.end(`${address}\n`);
		await saved(run);
	});

	it('refuses an address from another login attempt, and saves nothing', async () => {
		const run = paste();
		const address = new URL(await addressAfterAllow(run));
		address.searchParams.set('state', 'another-attempt');
		run.child.stdin!.end(`${address}\n`);
		const result = await refused(run, 'paste-other-login');
		expect(result.code).toBe(2);
	});

	it('shows an error= redirect with its meaning and fix', async () => {
		const run = paste();
		const address = new URL(await addressAfterAllow(run));
		const state = address.searchParams.get('state')!;
		run.child.stdin!.end(`${unreachable}?error=access_denied&error_description=end-user+denied+authorization&state=${state}\n`);
		const result = await refused(run, 'access-denied');
		expect(JSON.parse(result.stdout).error.hint).toContain('Permitted Users');
	});

	it('refuses an address without a code, a damaged code, words that are no error sfrt knows (several lines), and an empty paste', async () => {
		for (const [text, code] of [['https://login.salesforce.com/?foo=1&state=x', 'paste-other-login'], [`${unreachable}?foo=1`, 'paste-no-code'], ['aPrx$$^^|not~a~code', 'paste-damaged'], ['Problem Logging In\n\nAn unexpected error occurred', 'paste-unrecognised'], ['aPrx', 'paste-damaged'], ['', 'paste-empty']] as const) {
			const run = paste();
			await addressAfterAllow(run);
			run.child.stdin!.end(`${text}\n`);
			await refused(run, code);
		}
	});

	it('a code that lost its "==" (a double-click selection) is refused, saying so', async () => {
		const run = paste();
		const code = new URL(await addressAfterAllow(run)).searchParams.get('code')!;
		expect(code.endsWith('==')).toBe(true);
		run.child.stdin!.end(`${code.slice(0, -2)}\n`);
		const result = await refused(run, 'paste-damaged');
		expect(JSON.parse(result.stdout).error.message).toContain('its "==" ending is missing');
	});

	it('what an error page said, pasted instead of an address: its meaning and fix, nothing saved', async () => {
		const run = paste();
		await addressAfterAllow(run);
		run.child.stdin!.end('Remote Access Authorization Error: OAUTH_APP_BLOCKED this app is blocked by admin\n');
		const result = await refused(run, 'app-blocked');
		expect(result.code).toBe(1);
		expect(JSON.parse(result.stdout).error.hint).toContain('Unblock');
	});

	it('an error page\'s whole text, several lines pasted at once, is read as one', async () => {
		const run = paste();
		await addressAfterAllow(run);
		run.child.stdin!.write('Problem Logging In\n\nWe can\'t log you in because of the following error.\n');
		run.child.stdin!.end('OAUTH_APPROVAL_ERROR_GENERIC: Cross-org OAuth flows are not supported for this external client app\n');
		const result = await refused(run, 'cross-org-app');
		expect(result.code).toBe(1);
	});

	it('a store that breaks during the login: the verified token is not revoked but handed to the person, and import takes it back', async () => {
		const run = paste();
		const address = await addressAfterAllow(run);
		// The store was fine when the login started; now the file can't be read (a directory in its place).
		fs.mkdirSync(storeFile());
		run.child.stdin!.end(`${address}\n`);
		const result = await run.exit;
		expect(result.code).toBe(1);
		expect(JSON.parse(result.stdout).error.code).toBe('store-unreadable');
		expect(result.stderr).toContain('The login worked, but sfrt could not save it');
		const sfdxUrl = /^force:\/\/\S+$/m.exec(result.stderr)![0];
		const refreshToken = decodeURIComponent(sfdxUrl.split(':')[3]!.split('@')[0]!);
		expect(emulator.isRefreshTokenValid(refreshToken)).toBe(true);
		expect(emulator.requests.some(request => request.path === '/services/oauth2/revoke')).toBe(false);
		fs.rmdirSync(storeFile());
		const imported = await f.built(['import', '-', '--json'], sfdxUrl);
		expect(imported.code, imported.stderr).toBe(0);
	});

	it('a callback URL with a query is refused before anything starts', async () => {
		const run = paste(`${success}?x=1`);
		run.child.stdin!.end();
		const result = await run.exit;
		expect(result.code).toBe(2);
		expect(JSON.parse(result.stdout)).toMatchObject({ok: false, error: {code: 'bad-redirect-uri'}});
	});
});
