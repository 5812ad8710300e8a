import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator, EmulatorOptions} from '../../source/emulator/index.js';
import {get, hiddenValue, jsonOf, postForm, refresh, sessionCookie} from './helpers.js';
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

/** Like a browser: the Cookie header is sent when there is one. */
function withCookie(cookie: string | undefined): Record<string, string> {
	return cookie === undefined ? {} : {cookie};
}

async function submitUserCode(userCode: string, cookie?: string): Promise<Response> {
	return postForm(`${emulator.loginUrl}/setup/connect`, {user_code: userCode}, withCookie(cookie));
}

async function submitDeviceLogin(userCode: string, password = 'pw'): Promise<Response> {
	return postForm(`${emulator.loginUrl}/sfrt-emulator/device/login`, {user_code: userCode, username: 'user1@example.com', password});
}

async function submitApproval(ticket: string, decision: 'allow' | 'deny'): Promise<Response> {
	return postForm(`${emulator.loginUrl}/sfrt-emulator/device/approval`, {ticket, decision});
}

/** A person types the code, logs in, and gets the Allow Access? page. */
async function reachApproval(userCode: string) {
	const codePage = await submitUserCode(userCode);
	expect(hiddenValue(await codePage.text(), 'user_code')).toBe(userCode);
	const response = await submitDeviceLogin(userCode);
	const html = await response.text();
	return {response, html, cookie: sessionCookie(response)};
}

/** A person types the code, logs in and clicks Allow or Deny: the page they end on. */
async function decide(userCode: string, decision: 'allow' | 'deny'): Promise<{response: Response; html: string; cookie: string}> {
	const approval = await reachApproval(userCode);
	const response = await submitApproval(hiddenValue(approval.html, 'ticket'), decision);
	return {response, html: await response.text(), cookie: approval.cookie};
}

describe('device flow: the verification page', () => {
	it('asks for the code, prefilled from ?user_code=, with stable field names', async () => {
		const response = await get(`${emulator.loginUrl}/setup/connect?user_code=08T3AY9D`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
		const html = await response.text();
		expect(html).toContain('Connect Your Device');
		for (const fragment of ['action="/setup/connect"', 'id="user_code" name="user_code" value="08T3AY9D"', 'id="connect" name="connect"']) {
			expect(html).toContain(fragment);
		}

		expect(html).not.toMatch(/<script\b|(src|href)="https?:/);
	});

	it('shows the same page with an error for an unknown code', async () => {
		const response = await submitUserCode('ZZZZZZZZ');
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('id="error"');
		expect(html).toContain('That code is not valid or has expired.');
		expect(html).toContain('id="user_code" name="user_code" value="ZZZZZZZZ"');
	});

	it('then the login page, which carries the code and says so when the password is wrong', async () => {
		const {user_code: userCode} = await deviceCode();
		const codePage = await (await submitUserCode(userCode.toLowerCase())).text();
		for (const fragment of ['action="/sfrt-emulator/device/login"', 'id="username"', 'id="password"', 'id="Login"']) {
			expect(codePage).toContain(fragment);
		}

		expect(hiddenValue(codePage, 'user_code')).toBe(userCode);
		const wrong = await submitDeviceLogin(userCode, 'wrong');
		expect(wrong.headers.get('set-cookie')).toBeNull();
		const html = await wrong.text();
		expect(html).toContain('Please check your username and password.');
		expect(hiddenValue(html, 'user_code')).toBe(userCode);
	});

	it('then asks "Allow Access?" naming the app, the user and the permissions', async () => {
		const {user_code: userCode} = await deviceCode();
		const {response, html, cookie} = await reachApproval(userCode);
		expect(response.status).toBe(200);
		expect(cookie).toMatch(/^sfrt_emulator_sid=\w+$/);
		for (const fragment of ['Allow Access?', '<strong id="app-name">sfrt seed app</strong>', '<strong id="user">user1@example.com</strong>', 'Manage user data via APIs', 'Perform requests at any time', 'action="/sfrt-emulator/device/approval"', 'id="allow"', 'id="deny"']) {
			expect(html).toContain(fragment);
		}
	});
});

describe('device flow: the person decides', () => {
	it('Allow: the connected page, then the device gets the same token JSON as the code exchange, once', async () => {
		const {device_code: code, user_code: userCode} = await deviceCode();
		const {response, html} = await decide(userCode, 'allow');
		expect(response.status).toBe(200);
		expect(html).toContain('<h1 id="device-approved">You&#39;re connected</h1>');
		const tokens = await poll(code);
		expect(tokens.status).toBe(200);
		const body = await jsonOf(tokens);
		const user = emulator.user('user1@example.com')!;
		expect(Object.keys(body)).toEqual(['access_token', 'refresh_token', 'signature', 'scope', 'instance_url', 'id', 'token_type', 'issued_at']);
		expect(body).toMatchObject({scope: 'api refresh_token', instance_url: emulator.instanceUrl, id: `${emulator.loginUrl}/id/${emulator.orgId}/${user.userId}`, token_type: 'Bearer'});
		expect(body.refresh_token).toMatch(/^5Aep861/);
		expect((await refresh(emulator.loginUrl, String(body.refresh_token))).status).toBe(200);
		expect(await pollError(code)).toBe('invalid_grant / expired authorization code');
		expect(await (await submitUserCode(userCode)).text()).toContain('id="error"');
	});

	it('Allow answers the poll at once, however soon after the last one', async () => {
		const {device_code: code, user_code: userCode} = await deviceCode();
		expect(await pollError(code)).toBe('authorization_pending / authorization pending');
		await decide(userCode, 'allow');
		expect((await poll(code)).status).toBe(200);
	});

	it('gives no refresh token unless the scope asks for one', async () => {
		const {device_code: code, user_code: userCode} = (await jsonOf(await askForDeviceCode({scope: 'api'}))) as {device_code: string; user_code: string};
		await decide(userCode, 'allow');
		const body = await jsonOf(await poll(code));
		expect(body.scope).toBe('api');
		expect(body.refresh_token).toBeUndefined();
	});

	it('a browser already logged in goes from the code straight to Allow Access?', async () => {
		const first = await deviceCode();
		const {cookie} = await decide(first.user_code, 'allow');
		const second = await deviceCode();
		const html = await (await submitUserCode(second.user_code, cookie)).text();
		expect(html).toContain('Allow Access?');
		expect(html).not.toContain('id="password"');
	});

	it('Deny: the denied page, then access_denied', async () => {
		const {device_code: code, user_code: userCode} = await deviceCode();
		const {response, html} = await decide(userCode, 'deny');
		expect(response.status).toBe(200);
		expect(html).toContain('<h1 id="device-denied">Access denied</h1>');
		expect(await pollError(code)).toBe('access_denied / end-user denied authorization');
	});

	it('accepts each approval form once', async () => {
		const {user_code: userCode} = await deviceCode();
		const {html} = await reachApproval(userCode);
		const ticket = hiddenValue(html, 'ticket');
		await submitApproval(ticket, 'deny');
		const again = await submitApproval(ticket, 'allow');
		expect(again.status).toBe(400);
		expect(await again.text()).toContain('expired');
	});

	it('turns away a user the app does not admit, as if they had clicked Deny', async () => {
		emulator.app(seedApp().clientId)!.adminApprovedUsers = ['grace@example.com'];
		const {device_code: code, user_code: userCode} = await deviceCode();
		const {html} = await reachApproval(userCode);
		expect(html).toContain('id="device-denied"');
		expect(await pollError(code)).toBe('access_denied / end-user denied authorization');
	});

	it('refuses tokens to a user who became inactive after approving, like the code exchange', async () => {
		const {device_code: code, user_code: userCode} = await deviceCode();
		await decide(userCode, 'allow');
		emulator.user('user1@example.com')!.active = false;
		expect(await pollError(code)).toBe('inactive_user / user is inactive');
	});

	it('an expired code is refused on the page too', async () => {
		const {user_code: userCode} = await deviceCode();
		emulator.advanceTime(tenMinutes + 1);
		expect(await (await submitUserCode(userCode)).text()).toContain('That code is not valid or has expired.');
	});
});

describe('device flow: the app\'s problems in this org, shown after login', () => {
	it.each([
		{problem: {installed: false}, pageCode: 'OAUTH_EC_APP_NOT_FOUND', text: 'External client app is not installed in this org'},
		{problem: {blocked: true}, pageCode: 'OAUTH_APP_BLOCKED', text: 'this app is blocked by admin'},
		{problem: {createdInOtherOrg: true}, pageCode: 'OAUTH_APPROVAL_ERROR_GENERIC', text: 'Cross-org OAuth flows are not supported for this external client app'},
	])('$pageCode instead of Allow Access?; the device keeps waiting', async ({problem, pageCode, text}) => {
		Object.assign(emulator.app(seedApp().clientId)!, problem);
		const {device_code: code, user_code: userCode} = await deviceCode();
		const {response, html} = await reachApproval(userCode);
		expect(response.status).toBe(400);
		expect(html).toContain(`<strong id="page-error-code">${pageCode}</strong>`);
		expect(html).toContain(text);
		expect(await pollError(code)).toBe('authorization_pending / authorization pending');
	});

	it('checks again when the person answers', async () => {
		const {user_code: userCode} = await deviceCode();
		const {html} = await reachApproval(userCode);
		emulator.app(seedApp().clientId)!.blocked = true;
		const answered = await submitApproval(hiddenValue(html, 'ticket'), 'allow');
		expect(answered.status).toBe(400);
		expect(await answered.text()).toContain('OAUTH_APP_BLOCKED');
	});
});
