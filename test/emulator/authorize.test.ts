import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator, EmulatorApp} from '../../source/emulator/index.js';
import {authorize, authorizeUrl, get, standardAuthorizeParams} from './helpers.js';
import {seedApp, seedCallbackUrl, startSeedEmulator} from '../helpers/seed-org.js';

let emulator: Emulator;
beforeEach(async () => {
	emulator = await startSeedEmulator();
});
afterEach(async () => {
	await emulator.close();
});

async function authorizeWith(overrides: Record<string, string | undefined>): Promise<Response> {
	return get(authorizeUrl(emulator.loginUrl, standardAuthorizeParams(overrides).params));
}

describe('authorize: problems shown as pages, never redirected', () => {
	it('answers an unknown client id with Salesforce\'s plain-text page', async () => {
		const response = await authorizeWith({client_id: '3MVG9doesNotExist'});
		expect(response.status).toBe(400);
		expect(response.headers.get('location')).toBeNull();
		expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
		expect(await response.text()).toBe('error=invalid_client_id&error_description=client%20identifier%20invalid');
	});

	it('answers an unregistered redirect_uri with Salesforce\'s plain-text page', async () => {
		const response = await authorizeWith({redirect_uri: 'http://localhost:1718/OauthRedirect'});
		expect(response.status).toBe(400);
		expect(response.headers.get('location')).toBeNull();
		expect(await response.text()).toBe('error=redirect_uri_mismatch&error_description=redirect_uri%20must%20match%20configuration');
	});

	it('answers a missing redirect_uri with redirect_uri_missing', async () => {
		const response = await authorizeWith({redirect_uri: undefined});
		expect(response.status).toBe(400);
		expect(await response.text()).toMatch(/^error=redirect_uri_missing&error_description=/);
	});

	it('shows the OAUTH_APPROVAL_ERROR_GENERIC page for a scope the app does not have', async () => {
		const response = await authorizeWith({scope: 'api chatter_api'});
		expect(response.status).toBe(400);
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
		const html = await response.text();
		expect(html).toContain('OAUTH_APPROVAL_ERROR_GENERIC');
		expect(html).toContain('invalid_scope');
		expect(html).toContain('the requested scope is not allowed');
	});
});

describe('authorize: the app\'s problems in this org, shown only after login', () => {
	const cases: Array<{problem: Partial<EmulatorApp>; pageCode: string; text: string}> = [
		{problem: {installed: false}, pageCode: 'OAUTH_EC_APP_NOT_FOUND', text: 'error_description=External client app is not installed in this org'},
		{problem: {blocked: true}, pageCode: 'OAUTH_APP_BLOCKED', text: 'error_description=this app is blocked by admin'},
		{problem: {createdInOtherOrg: true}, pageCode: 'OAUTH_APPROVAL_ERROR_GENERIC', text: 'Cross-org OAuth flows are not supported for this external client app'},
	];

	it.each(cases)('shows $pageCode once the user is known (here auto-approved), never redirecting', async ({problem, pageCode, text}) => {
		Object.assign(emulator.app(seedApp().clientId)!, problem);
		const response = await authorizeWith({});
		expect(response.status).toBe(400);
		expect(response.headers.get('location')).toBeNull();
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
		const html = await response.text();
		expect(html).toContain(`<strong id="page-error-code">${pageCode}</strong>`);
		expect(html).toContain(text);
	});

	it.each(cases)('shows the login page, not $pageCode, to a browser without a session', async ({problem, pageCode}) => {
		emulator.autoApprove = false;
		Object.assign(emulator.app(seedApp().clientId)!, problem);
		const response = await authorizeWith({});
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('id="Login"');
		expect(html).not.toContain(pageCode);
	});
});

describe('authorize: problems redirected back to the client', () => {
	it('redirects an unsupported response_type', async () => {
		const response = await authorizeWith({response_type: 'token'});
		expect(response.status).toBe(302);
		expect(response.headers.get('location')).toBe(`${seedCallbackUrl}?error=unsupported_response_type&error_description=response+type+not+supported&state=state-123`);
	});

	it('redirects when the app requires PKCE and no challenge was sent', async () => {
		emulator.app(seedApp().clientId)!.requirePkce = true;
		const response = await authorizeWith({code_challenge: undefined, code_challenge_method: undefined});
		expect(response.status).toBe(302);
		expect(response.headers.get('location')).toBe(`${seedCallbackUrl}?error=invalid_request&error_description=missing+required+code+challenge&state=state-123`);
	});

	it('lets an app that does not require PKCE authorize without it', async () => {
		const {code} = await authorize(emulator, {code_challenge: undefined, code_challenge_method: undefined});
		expect(code).toMatch(/^aPrx/);
	});

	it('redirects an unknown code_challenge_method', async () => {
		const response = await authorizeWith({code_challenge_method: 'S512'});
		expect(response.headers.get('location')).toContain('error=invalid_request&error_description=invalid+code+challenge+method');
	});

	it('answers immediate=true with immediate_unsuccessful until the user has approved once', async () => {
		const before = await authorizeWith({immediate: 'true'});
		expect(before.headers.get('location')).toBe(`${seedCallbackUrl}?error=immediate_unsuccessful&error_description=immediate+unsuccessful&state=state-123`);
		await authorize(emulator);
		const after = await authorize(emulator, {immediate: 'true'});
		expect(after.code).toMatch(/^aPrx/);
	});

	it('forgets approvals when an admin revokes the user\'s tokens', async () => {
		await authorize(emulator);
		emulator.revokeAllFor('user1@example.com');
		const response = await authorizeWith({immediate: 'true'});
		expect(response.headers.get('location')).toContain('error=immediate_unsuccessful');
	});

	it('denies a user the admin has not approved, as if they clicked Deny', async () => {
		emulator.app(seedApp().clientId)!.adminApprovedUsers = ['grace@example.com'];
		const response = await authorizeWith({});
		expect(response.headers.get('location')).toBe(`${seedCallbackUrl}?error=access_denied&error_description=end-user+denied+authorization&state=state-123`);
		emulator.app(seedApp().clientId)!.adminApprovedUsers = ['USER1@example.com'];
		expect((await authorize(emulator)).code).toMatch(/^aPrx/);
	});

	it('shows the login page instead once autoApprove is switched off', async () => {
		emulator.autoApprove = false;
		const response = await authorizeWith({});
		expect(response.status).toBe(200);
		expect(await response.text()).toContain('id="Login"');
	});

	it('leaves state out when none was sent, and answers on the instance host too', async () => {
		const {params} = standardAuthorizeParams({state: undefined});
		const response = await get(authorizeUrl(emulator.instanceUrl, params));
		const location = new URL(response.headers.get('location')!);
		expect(location.searchParams.has('state')).toBe(false);
		expect(location.searchParams.get('code')).toMatch(/^aPrx/);
		expect(emulator.requests.at(-1)?.host).toBe('instance');
	});
});
