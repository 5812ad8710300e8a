import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {authorizeUrl, exchangeCode, get, hiddenValue, postForm, sessionCookie, standardAuthorizeParams} from './helpers.js';
import {seedApp, seedCallbackUrl, startSeedEmulator} from '../helpers/seed-org.js';

let emulator: Emulator;
beforeEach(async () => {
	emulator = await startSeedEmulator(1, {autoApprove: false});
});
afterEach(async () => {
	await emulator.close();
});

async function openLoginPage(overrides: Record<string, string | undefined> = {}) {
	const {params, verifier} = standardAuthorizeParams(overrides);
	const response = await get(authorizeUrl(emulator.loginUrl, params));
	const html = await response.text();
	return {response, html, verifier, authorizeQuery: hiddenValue(html, 'authorize_query')};
}

async function submitLogin(authorizeQuery: string, username: string, password: string): Promise<Response> {
	return postForm(`${emulator.loginUrl}/sfrt-emulator/login`, {authorize_query: authorizeQuery, username, password});
}

async function submitConsent(ticket: string, decision: 'allow' | 'deny'): Promise<Response> {
	return postForm(`${emulator.loginUrl}/sfrt-emulator/consent`, {ticket, decision});
}

/** Logs in and returns the consent page. */
async function reachConsent(overrides: Record<string, string | undefined> = {}) {
	const {authorizeQuery, verifier} = await openLoginPage(overrides);
	const response = await submitLogin(authorizeQuery, 'user1@example.com', 'pw');
	const html = await response.text();
	return {response, html, verifier, cookie: sessionCookie(response), ticket: hiddenValue(html, 'ticket')};
}

describe('interactive login and consent', () => {
	it('shows a self-contained login page with the expected fields', async () => {
		const {response, html} = await openLoginPage({login_hint: 'user1@example.com'});
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
		for (const fragment of ['id="username"', 'id="password"', 'id="Login"', 'Log In', 'action="/sfrt-emulator/login"', 'value="user1@example.com"']) {
			expect(html).toContain(fragment);
		}

		expect(html).not.toMatch(/<script\b|(src|href)="https?:/);
	});

	it('shows the login page again with an error after a wrong password', async () => {
		const {authorizeQuery} = await openLoginPage();
		const response = await submitLogin(authorizeQuery, 'user1@example.com', 'wrong');
		expect(response.status).toBe(200);
		expect(response.headers.get('set-cookie')).toBeNull();
		const html = await response.text();
		expect(html).toContain('Please check your username and password.');
		expect(html).toContain('id="password"');
		expect(hiddenValue(html, 'authorize_query')).toBe(authorizeQuery);
	});

	it('asks "Allow Access?" naming the app and the requested permissions in words', async () => {
		const {response, html, cookie} = await reachConsent({scope: 'api refresh_token offline_access'});
		expect(response.status).toBe(200);
		expect(cookie).toMatch(/^sfrt_emulator_sid=\w+$/);
		expect(html).toContain('Allow Access?');
		expect(html).toContain('sfrt seed app');
		expect(html).toContain('Manage user data via APIs');
		expect(html.match(/Perform requests at any time/g)).toHaveLength(1);
		expect(html).toContain('id="allow"');
		expect(html).toContain('id="deny"');
	});

	it('redirects access_denied when the user clicks Deny', async () => {
		const {ticket} = await reachConsent();
		const response = await submitConsent(ticket, 'deny');
		expect(response.status).toBe(302);
		expect(response.headers.get('location')).toBe(`${seedCallbackUrl}?error=access_denied&error_description=end-user+denied+authorization&state=state-123`);
	});

	it('redirects with a working code when the user clicks Allow', async () => {
		const {ticket, verifier} = await reachConsent();
		const response = await submitConsent(ticket, 'allow');
		expect(response.status).toBe(302);
		const location = new URL(response.headers.get('location')!);
		expect(`${location.origin}${location.pathname}`).toBe(seedCallbackUrl);
		expect(location.searchParams.get('state')).toBe('state-123');
		const exchange = await exchangeCode(emulator, location.searchParams.get('code')!, verifier);
		expect(exchange.status).toBe(200);
	});

	it('accepts each consent form once', async () => {
		const {ticket} = await reachConsent();
		await submitConsent(ticket, 'allow');
		const again = await submitConsent(ticket, 'allow');
		expect(again.status).toBe(400);
		expect(await again.text()).toContain('expired');
	});

	it('remembers the login and the approval: the next authorize redirects at once, immediate=true works', async () => {
		const {ticket, cookie} = await reachConsent();
		await submitConsent(ticket, 'allow');
		const {params} = standardAuthorizeParams({immediate: 'true'});
		const immediate = await get(authorizeUrl(emulator.loginUrl, params), {cookie});
		expect(immediate.status).toBe(302);
		expect(new URL(immediate.headers.get('location')!).searchParams.get('code')).toMatch(/^aPrx/);
		const withoutSession = await get(authorizeUrl(emulator.loginUrl, params));
		expect(withoutSession.headers.get('location')).toContain('error=immediate_unsuccessful');
	});

	it('asks again with prompt=consent, and shows the login page with prompt=login', async () => {
		const {ticket, cookie} = await reachConsent();
		await submitConsent(ticket, 'allow');
		const consent = await get(authorizeUrl(emulator.loginUrl, standardAuthorizeParams({prompt: 'consent'}).params), {cookie});
		expect(await consent.text()).toContain('Allow Access?');
		const login = await get(authorizeUrl(emulator.loginUrl, standardAuthorizeParams({prompt: 'login'}).params), {cookie});
		expect(await login.text()).toContain('id="Login"');
	});

	it('turns away a user the app does not admit, after login', async () => {
		emulator.app(seedApp().clientId)!.adminApprovedUsers = ['grace@example.com'];
		const {authorizeQuery} = await openLoginPage();
		const response = await submitLogin(authorizeQuery, 'user1@example.com', 'pw');
		expect(response.status).toBe(302);
		expect(response.headers.get('location')).toContain('error=access_denied&error_description=end-user+denied+authorization');
	});

	it('shows the app\'s error page after the login form, to a logged-in browser, and on a consent answered after the app was blocked', async () => {
		const app = emulator.app(seedApp().clientId)!;
		const {ticket, cookie} = await reachConsent();
		app.blocked = true;
		const answered = await submitConsent(ticket, 'allow');
		expect(answered.status).toBe(400);
		expect(await answered.text()).toContain('<strong id="page-error-code">OAUTH_APP_BLOCKED</strong>');
		app.blocked = false;
		app.installed = false;
		const loggedIn = await get(authorizeUrl(emulator.loginUrl, standardAuthorizeParams().params), {cookie});
		expect(loggedIn.status).toBe(400);
		expect(await loggedIn.text()).toContain('OAUTH_EC_APP_NOT_FOUND');
		app.installed = true;
		app.createdInOtherOrg = true;
		const {authorizeQuery} = await openLoginPage();
		const afterLogin = await submitLogin(authorizeQuery, 'user1@example.com', 'pw');
		expect(afterLogin.status).toBe(400);
		expect(afterLogin.headers.get('location')).toBeNull();
		const html = await afterLogin.text();
		expect(html).toContain('<strong id="page-error-code">OAUTH_APPROVAL_ERROR_GENERIC</strong>');
		expect(html).toContain('<span id="page-error-message">Cross-org OAuth flows are not supported for this external client app</span>');
	});

	it('escapes what the client sent before putting it in a page', async () => {
		const {html, authorizeQuery} = await openLoginPage({state: '"><script>alert(1)</script>'});
		expect(html).not.toContain('<script>');
		expect(new URLSearchParams(authorizeQuery).get('state')).toBe('"><script>alert(1)</script>');
	});
});
