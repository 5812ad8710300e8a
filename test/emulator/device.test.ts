import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator, EmulatorOptions} from '../../source/emulator/index.js';
import {jsonOf, postForm} from './helpers.js';
import {seedApp, startSeedEmulator} from '../helpers/seed-org.js';

let emulator: Emulator;
beforeEach(async () => {
	emulator = await startDeviceEmulator();
});
afterEach(async () => {
	await emulator.close();
});

const tenMinutes = 10 * 60 * 1000;

/** A stopped clock: only advanceTime moves it, so the tests can poll right at the interval's edge. */
const now = () => 1_764_000_000_000;

async function startDeviceEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	return startSeedEmulator(1, {apps: [seedApp({enableDeviceFlow: true})], autoApprove: false, now, ...options});
}

async function askForDeviceCode(overrides: Record<string, string | undefined> = {}, on = emulator): Promise<Response> {
	return postForm(`${on.loginUrl}/services/oauth2/token`, {response_type: 'device_code', client_id: seedApp().clientId, scope: 'api refresh_token', ...overrides});
}

async function deviceCode(): Promise<{device_code: string; user_code: string}> {
	return (await (await askForDeviceCode()).json()) as {device_code: string; user_code: string};
}

async function poll(code: string, overrides: Record<string, string | undefined> = {}, on = emulator): Promise<Response> {
	return postForm(`${on.loginUrl}/services/oauth2/token`, {grant_type: 'device', client_id: seedApp().clientId, code, ...overrides});
}

/** The error of a refused poll, as "error / error_description". */
async function pollError(code: string, overrides: Record<string, string | undefined> = {}): Promise<string> {
	const response = await poll(code, overrides);
	expect(response.status).toBe(400);
	const {error, error_description: description} = (await response.json()) as Record<string, string>;
	return `${error} / ${description}`;
}

describe('device flow: the device asks for a code', () => {
	it('answers with a device code, a user code to type, where to type it and the polling interval, and no expires_in', async () => {
		const response = await askForDeviceCode();
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		const body = await jsonOf(response);
		expect(Object.keys(body)).toEqual(['device_code', 'user_code', 'verification_uri', 'interval']);
		expect(body.device_code).toMatch(/^[A-Za-z0-9]{64}$/);
		expect(body.user_code).toMatch(/^[A-HJKMNP-Z02-9]{8}$/);
		expect(body.verification_uri).toBe(`${emulator.loginUrl}/setup/connect`);
		expect(body.interval).toBe(5);
		expect(body.user_code).not.toBe((await jsonOf(await askForDeviceCode())).user_code);
	});

	it('needs no secret, but checks one that is sent, in the body or with HTTP Basic', async () => {
		const {clientId, clientSecret} = seedApp();
		expect((await askForDeviceCode({scope: undefined})).status).toBe(200);
		expect((await askForDeviceCode({client_secret: clientSecret})).status).toBe(200);
		const wrong = await askForDeviceCode({client_secret: 'wrong'});
		expect(wrong.status).toBe(400);
		expect(await jsonOf(wrong)).toEqual({error: 'invalid_client', error_description: 'invalid client credentials'});
		const basic = `Basic ${Buffer.from(`${clientId}:wrong`).toString('base64')}`;
		const wrongBasic = await postForm(`${emulator.loginUrl}/services/oauth2/token`, {response_type: 'device_code'}, {authorization: basic});
		expect(await jsonOf(wrongBasic)).toEqual({error: 'invalid_client', error_description: 'invalid client credentials'});
	});

	it('answers an unknown client with invalid_client_id', async () => {
		const response = await askForDeviceCode({client_id: '3MVG9doesNotExist'});
		expect(response.status).toBe(400);
		expect(await jsonOf(response)).toEqual({error: 'invalid_client_id', error_description: 'client identifier invalid'});
	});

	it('refuses an app without "Enable for Device Flow", asking or polling', async () => {
		const {device_code: code} = await deviceCode();
		emulator.app(seedApp().clientId)!.enableDeviceFlow = false;
		const response = await askForDeviceCode();
		expect(response.status).toBe(400);
		expect(await jsonOf(response)).toEqual({error: 'invalid_grant', error_description: 'device flow is not enabled for the app'});
		expect(await pollError(code)).toBe('invalid_grant / device flow is not enabled for the app');
	});

	it('refuses a scope the app does not have', async () => {
		const response = await askForDeviceCode({scope: 'api chatter_api'});
		expect(response.status).toBe(400);
		expect(await jsonOf(response)).toEqual({error: 'invalid_scope', error_description: 'the requested scope is not allowed'});
	});

	it('takes the interval from deviceIntervalSeconds', async () => {
		const other = await startDeviceEmulator({deviceIntervalSeconds: 2});
		try {
			expect(await jsonOf(await askForDeviceCode({}, other))).toMatchObject({interval: 2});
		} finally {
			await other.close();
		}
	});
});

describe('device flow: the device polls', () => {
	it('is told authorization_pending while the user has not decided; the first poll may come at once', async () => {
		const {device_code: code} = await deviceCode();
		expect(await pollError(code)).toBe('authorization_pending / authorization pending');
		emulator.advanceTime(5000);
		expect(await pollError(code)).toBe('authorization_pending / authorization pending');
	});

	it('is told slow_down when it polls sooner than the interval after its last poll, and each slow_down adds 5 seconds', async () => {
		const {device_code: code} = await deviceCode();
		expect(await pollError(code)).toBe('authorization_pending / authorization pending');
		emulator.advanceTime(4999);
		expect(await pollError(code)).toBe('slow_down / slow down');
		emulator.advanceTime(10_000);
		expect(await pollError(code)).toBe('authorization_pending / authorization pending');
		emulator.advanceTime(9999);
		expect(await pollError(code)).toBe('slow_down / slow down');
		emulator.advanceTime(14_999);
		expect(await pollError(code)).toBe('slow_down / slow down');
		emulator.advanceTime(20_000);
		expect(await pollError(code)).toBe('authorization_pending / authorization pending');
	});

	it('checks a secret that is sent', async () => {
		const {device_code: code} = await deviceCode();
		expect(await pollError(code, {client_secret: 'wrong'})).toBe('invalid_client / invalid client credentials');
		expect(await pollError(code, {client_secret: seedApp().clientSecret})).toBe('authorization_pending / authorization pending');
	});

	it('answers an unknown device code, or another app\'s, with authentication failure', async () => {
		expect(await pollError('nope')).toBe('invalid_grant / authentication failure');
		const other = seedApp({clientId: '3MVG9otherApp', enableDeviceFlow: true});
		emulator.addApp(other);
		const {device_code: code} = await deviceCode();
		expect(await pollError(code, {client_id: other.clientId})).toBe('invalid_grant / authentication failure');
	});

	it('answers expired authorization code once the lifetime (10 minutes by default) has passed', async () => {
		const {device_code: code} = await deviceCode();
		emulator.advanceTime(tenMinutes);
		expect(await pollError(code)).toBe('authorization_pending / authorization pending');
		emulator.advanceTime(1);
		expect(await pollError(code)).toBe('invalid_grant / expired authorization code');
	});

	it('takes the lifetime from deviceCodeLifetimeMs', async () => {
		const other = await startDeviceEmulator({deviceCodeLifetimeMs: 1000});
		try {
			const {device_code: code} = (await (await askForDeviceCode({}, other)).json()) as {device_code: string};
			other.advanceTime(1001);
			expect(await jsonOf(await poll(code, {}, other))).toEqual({error: 'invalid_grant', error_description: 'expired authorization code'});
		} finally {
			await other.close();
		}
	});
});
