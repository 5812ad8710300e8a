/**
 * sfrt login --device against the emulator: Salesforce gives a code, the person types it at the
 * verification page on another device (headless Chromium here), logs in and approves, and sfrt
 * polls until the tokens come, then verifies and saves them like any login.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {EmulatorApp, EmulatorOptions} from '../../source/emulator/index.js';
import {approveDevice, withChromium} from '../helpers/chromium.js';
import {parseJson, type CliProcess} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {seedApp, seedUser} from '../helpers/seed-org.js';

let f: EmulatorStore;
afterEach(() => f?.close());

async function setup(app: Partial<EmulatorApp> = {}, emulator: EmulatorOptions = {}) {
	f = await startEmulatorStore({emulator: {apps: [seedApp({enableDeviceFlow: true, ...app})], deviceIntervalSeconds: 0.2, ...emulator}});
}

function device(...extra: string[]): CliProcess {
	return f.start(['login', '--device', '--json', '--client-id', seedApp().clientId, '--domain', f.emulator.loginUrl, '--alias', 'phone', ...extra]);
}

/** What sfrt prints on stderr for the person: the page and the code. */
async function prompt(run: CliProcess): Promise<{url: string; userCode: string}> {
	const [, url] = await run.waitForStderr(/open (http:\/\/127\.0\.0\.1:\d+\/setup\/connect)/);
	const [, userCode] = await run.waitForStderr(/enter the code ([A-Z0-9]{8})/);
	return {url: url!, userCode: userCode!};
}

const storeFile = () => path.join(f.configDir, 'orgs.json');

describe('sfrt login --device', () => {
	it('approved at the verification page in Chromium: verified, saved, no secret needed', async () => {
		await setup({requireSecretForRefreshFlow: false});
		const run = device();
		const {url, userCode} = await prompt(run);
		expect(run.stderr()).toContain('If the page shows a Salesforce error instead, press Ctrl+C and run: sfrt why');
		const heading = await withChromium(page => approveDevice(page, url, userCode, seedUser()));
		expect(heading).toContain("You're connected");
		const result = await run.exit;
		expect(result.code, result.stderr).toBe(0);
		expect(parseJson(result.stdout)).toMatchObject({ok: true, org: {alias: 'phone', username: seedUser().username}});
		const org = JSON.parse(fs.readFileSync(storeFile(), 'utf8')).orgs.phone;
		expect(f.emulator.isRefreshTokenValid(org.refreshToken)).toBe(true);
		// Polled the device way, and never sent a secret it was not given.
		const polls = f.emulator.requests.filter(request => request.form?.grant_type === 'device');
		expect(polls.length).toBeGreaterThan(0);
		expect(polls.every(request => request.form?.client_secret === undefined)).toBe(true);
		expect(result.stderr).not.toContain(org.refreshToken);
	});

	it('denied: the access-denied explanation, nothing saved', async () => {
		await setup();
		const run = device('--client-secret', seedApp().clientSecret!);
		const {url, userCode} = await prompt(run);
		await withChromium(page => approveDevice(page, url, userCode, seedUser(), 'deny'));
		const result = await run.exit;
		expect(result.code).toBe(1);
		expect(parseJson(result.stdout)).toMatchObject({ok: false, error: {code: 'access-denied'}});
		expect(fs.existsSync(storeFile())).toBe(false);
	});

	it('expired before anyone approved: says so, with how to get a new code', async () => {
		await setup({}, {deviceCodeLifetimeMs: 800});
		const run = device();
		await prompt(run);
		const result = await run.exit;
		expect(result.code).toBe(1);
		const error = parseJson(result.stdout).error;
		expect(error.code).toBe('device-expired');
		expect(error.hint).toMatch(/Log in again for a new code, and enter it at http:\/\/127\.0\.0\.1:\d+\/setup\/connect/);
	});

	it('an app without "Enable for Device Flow": which setting to turn on, and why Salesforce may still refuse', async () => {
		await setup({enableDeviceFlow: false});
		const result = await device().exit;
		expect(result.code).toBe(1);
		const error = parseJson(result.stdout).error;
		expect(error.code).toBe('device-flow-disabled');
		expect(error.hint).toContain('"Enable for Device Flow"');
		expect(error.hint).toContain('not installed in the org');
		expect(result.stderr).not.toMatch(/setup\/connect/);
	});

	it('--timeout bounds the wait, as for any login', async () => {
		await setup();
		const run = device('--timeout', '1');
		await prompt(run);
		const result = await run.exit;
		expect(result.code).toBe(1);
		expect(parseJson(result.stdout).error.code).toBe('login-timeout');
	});

	it('no secret for an app whose refresh needs one: the proof fails with its fix, and the token issued is revoked', async () => {
		await setup();
		const run = device();
		const {url, userCode} = await prompt(run);
		await withChromium(page => approveDevice(page, url, userCode, seedUser()));
		const result = await run.exit;
		expect(result.code).toBe(1);
		expect(parseJson(result.stdout).error).toMatchObject({code: 'invalid-client'});
		expect(f.emulator.requests.some(request => request.path === '/services/oauth2/revoke')).toBe(true);
		expect(fs.existsSync(storeFile())).toBe(false);
	});

	it('--paste and --device together are a usage error', async () => {
		await setup();
		const result = await f.built(['login', '--paste', '--device', '--client-id', seedApp().clientId]);
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('--paste and --device are two different ways to log in');
	});
});
