import {createHmac} from 'node:crypto';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {authorize, exchangeCode, jsonOf, login, postForm} from './helpers.js';
import {seedApp, seedCallbackUrl, startSeedEmulator} from '../helpers/seed-org.js';

let emulator: Emulator;
beforeEach(async () => {
	emulator = await startSeedEmulator();
});
afterEach(async () => {
	await emulator.close();
});

const fifteenMinutes = 15 * 60 * 1000;

describe('authorization code exchange', () => {
	it('redirects with a Salesforce-shaped code, percent-encoded, and the state', async () => {
		const {response, location, code} = await authorize(emulator);
		expect(response.status).toBe(302);
		expect(location.startsWith(`${seedCallbackUrl}?code=aPrx`)).toBe(true);
		expect(location).toMatch(/code=aPrx[A-Za-z0-9._]{80}%3D%3D&state=state-123$/);
		expect(code).toMatch(/^aPrx[A-Za-z0-9._]{80}==$/);
	});

	it('answers the exchange with Salesforce\'s token JSON', async () => {
		const {code, verifier} = await authorize(emulator);
		const response = await exchangeCode(emulator, code, verifier);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		const body = await jsonOf(response);
		const user = emulator.user('user1@example.com')!;
		const id = `${emulator.loginUrl}/id/${emulator.orgId}/${user.userId}`;
		expect(Object.keys(body)).toEqual(['access_token', 'refresh_token', 'signature', 'scope', 'instance_url', 'id', 'token_type', 'issued_at']);
		expect(body).toMatchObject({scope: 'api refresh_token', instance_url: emulator.instanceUrl, id, token_type: 'Bearer'});
		expect(body.expires_in).toBeUndefined();
		expect(body.issued_at).toMatch(/^\d{13}$/);
		expect(body.access_token).toMatch(new RegExp(`^${emulator.orgId}!AQ[A-Za-z0-9._]+$`));
		expect(body.refresh_token).toMatch(/^5Aep861[A-Za-z0-9._]+$/);
		const expectedSignature = createHmac('sha256', seedApp().clientSecret).update(id + String(body.issued_at)).digest('base64');
		expect(body.signature).toBe(expectedSignature);
	});

	it('receives the code decoded exactly once in the logged token request', async () => {
		const {code, verifier} = await authorize(emulator);
		await exchangeCode(emulator, code, verifier);
		const tokenRequest = emulator.requests.find(request => request.path === '/services/oauth2/token');
		expect(tokenRequest).toMatchObject({host: 'login', method: 'POST', form: {code, grant_type: 'authorization_code'}});
	});

	it('refuses a code still percent-encoded, or encoded twice', async () => {
		const {code, verifier} = await authorize(emulator);
		const stillEncoded = code.replace('==', '%3D%3D');
		const stillEncodedResponse = await exchangeCode(emulator, stillEncoded, verifier);
		expect(stillEncodedResponse.status).toBe(400);
		expect(await jsonOf(stillEncodedResponse)).toEqual({error: 'invalid_grant', error_description: 'authentication failure'});
		const doubleEncoded = await exchangeCode(emulator, encodeURIComponent(code), verifier);
		expect(await jsonOf(doubleEncoded)).toEqual({error: 'invalid_grant', error_description: 'authentication failure'});
		expect((await exchangeCode(emulator, code, verifier)).status).toBe(200);
	});

	it('accepts a code once', async () => {
		const {code, verifier} = await authorize(emulator);
		expect((await exchangeCode(emulator, code, verifier)).status).toBe(200);
		const second = await exchangeCode(emulator, code, verifier);
		expect(second.status).toBe(400);
		expect(await jsonOf(second)).toEqual({error: 'invalid_grant', error_description: 'expired authorization code'});
	});

	it('lets a code expire after 15 minutes of emulator time', async () => {
		const fresh = await authorize(emulator);
		const stale = await authorize(emulator);
		emulator.advanceTime(fifteenMinutes - 1000);
		expect((await exchangeCode(emulator, fresh.code, fresh.verifier)).status).toBe(200);
		emulator.advanceTime(2000);
		const response = await exchangeCode(emulator, stale.code, stale.verifier);
		expect(await jsonOf(response)).toEqual({error: 'invalid_grant', error_description: 'expired authorization code'});
	});

	it('refuses a wrong or missing code verifier', async () => {
		const {code} = await authorize(emulator);
		const wrong = await exchangeCode(emulator, code, 'a'.repeat(43));
		expect(wrong.status).toBe(400);
		expect(await jsonOf(wrong)).toEqual({error: 'invalid_grant', error_description: 'invalid code verifier'});
		const missing = await exchangeCode(emulator, code, undefined);
		expect(await jsonOf(missing)).toEqual({error: 'invalid_grant', error_description: 'invalid code verifier'});
	});

	it('treats a challenge without a method as S256, and supports plain', async () => {
		const implicitS256 = await authorize(emulator, {code_challenge_method: undefined});
		expect((await exchangeCode(emulator, implicitS256.code, implicitS256.verifier)).status).toBe(200);
		const plainVerifier = 'p'.repeat(50);
		const plain = await authorize(emulator, {code_challenge: plainVerifier, code_challenge_method: 'plain'});
		expect((await exchangeCode(emulator, plain.code, plainVerifier)).status).toBe(200);
	});

	it('refuses a wrong code and a redirect_uri other than the one authorized', async () => {
		const {code, verifier} = await authorize(emulator);
		const wrongCode = await exchangeCode(emulator, 'aPrxnotARealCode==', verifier);
		expect(await jsonOf(wrongCode)).toEqual({error: 'invalid_grant', error_description: 'authentication failure'});
		const otherRedirect = await exchangeCode(emulator, code, verifier, {redirect_uri: 'http://localhost:1717/Other'});
		expect(await jsonOf(otherRedirect)).toEqual({error: 'redirect_uri_mismatch', error_description: 'redirect_uri must match configuration'});
	});
});

describe('client authentication at the token endpoint', () => {
	it('refuses an unknown client id', async () => {
		const {code, verifier} = await authorize(emulator);
		const response = await exchangeCode(emulator, code, verifier, {client_id: '3MVG9unknown'});
		expect(response.status).toBe(400);
		expect(await jsonOf(response)).toEqual({error: 'invalid_client_id', error_description: 'client identifier invalid'});
	});

	it('demands the secret when the app requires it, and checks it', async () => {
		const {code, verifier} = await authorize(emulator);
		const missing = await exchangeCode(emulator, code, verifier, {client_secret: undefined});
		expect(missing.status).toBe(400);
		expect(await jsonOf(missing)).toEqual({error: 'invalid_client', error_description: 'invalid client credentials'});
		const wrong = await exchangeCode(emulator, code, verifier, {client_secret: 'nope'});
		expect(await jsonOf(wrong)).toEqual({error: 'invalid_client', error_description: 'invalid client credentials'});
	});

	it('lets a public app exchange without a secret, but still checks a secret sent anyway', async () => {
		emulator.app(seedApp().clientId)!.requireSecretForWebServerFlow = false;
		const first = await authorize(emulator);
		expect((await exchangeCode(emulator, first.code, first.verifier, {client_secret: undefined})).status).toBe(200);
		const second = await authorize(emulator);
		const wrong = await exchangeCode(emulator, second.code, second.verifier, {client_secret: 'nope'});
		expect(await jsonOf(wrong)).toMatchObject({error: 'invalid_client'});
	});

	it('refuses an app that is not installed or is blocked', async () => {
		const {code, verifier} = await authorize(emulator);
		const app = emulator.app(seedApp().clientId)!;
		app.installed = false;
		expect(await jsonOf(await exchangeCode(emulator, code, verifier))).toMatchObject({error: 'app_not_found'});
		app.installed = true;
		app.blocked = true;
		expect(await jsonOf(await exchangeCode(emulator, code, verifier))).toMatchObject({error: 'app_blocked'});
	});

	it('accepts the client credentials as HTTP Basic', async () => {
		const {code, verifier} = await authorize(emulator);
		const app = seedApp();
		const basic = Buffer.from(`${app.clientId}:${app.clientSecret}`).toString('base64');
		const response = await postForm(
			`${emulator.loginUrl}/services/oauth2/token`,
			{grant_type: 'authorization_code', code, redirect_uri: seedCallbackUrl, code_verifier: verifier},
			{authorization: `Basic ${basic}`},
		);
		expect(response.status).toBe(200);
	});
});

describe('what the exchange grants', () => {
	it('gives no refresh token without the refresh_token or offline_access scope', async () => {
		const withoutScope = await login(emulator, {scope: 'api'});
		expect(withoutScope.refresh_token).toBeUndefined();
		expect(withoutScope.scope).toBe('api');
		const full = await login(emulator, {scope: 'full'});
		expect(full.refresh_token).toBeUndefined();
		const offline = await login(emulator, {scope: 'api offline_access'});
		expect(offline.refresh_token).toMatch(/^5Aep861/);
	});

	it('gives no refresh token when the app lacks "Perform requests at any time"', async () => {
		emulator.app(seedApp().clientId)!.allowRefreshTokenScope = false;
		const body = await login(emulator, {scope: 'api refresh_token'});
		expect(body.refresh_token).toBeUndefined();
		expect(body.scope).toBe('api');
	});

	it('adds an id token with the nonce only for openid', async () => {
		const body = await login(emulator, {scope: 'openid api', nonce: 'n-42'});
		const [, payload] = body.id_token!.split('.');
		const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8')) as Record<string, unknown>;
		expect(claims).toMatchObject({aud: seedApp().clientId, sub: body.id, iss: emulator.loginUrl, nonce: 'n-42'});
		expect((await login(emulator, {scope: 'api'})).id_token).toBeUndefined();
	});

	it('refuses inactive users, inactive orgs and users the app does not admit', async () => {
		const user = emulator.user('user1@example.com')!;
		const first = await authorize(emulator);
		user.active = false;
		expect(await jsonOf(await exchangeCode(emulator, first.code, first.verifier))).toMatchObject({error: 'inactive_user'});
		user.active = true;
		emulator.app(seedApp().clientId)!.adminApprovedUsers = ['someone.else@example.com'];
		expect(await jsonOf(await exchangeCode(emulator, first.code, first.verifier))).toEqual({
			error: 'invalid_app_access',
			error_description: 'user is not admin approved to access this app',
		});
		const inactiveOrg = await startSeedEmulator(1, {orgActive: false});
		try {
			const code = await authorize(inactiveOrg);
			expect(await jsonOf(await exchangeCode(inactiveOrg, code.code, code.verifier))).toMatchObject({error: 'inactive_org'});
		} finally {
			await inactiveOrg.close();
		}
	});
});

describe('the token endpoint itself', () => {
	it('refuses unknown grant types, and a JSON body it cannot read', async () => {
		const unknown = await postForm(`${emulator.loginUrl}/services/oauth2/token`, {grant_type: 'password'});
		expect(unknown.status).toBe(400);
		expect(await jsonOf(unknown)).toEqual({error: 'unsupported_grant_type', error_description: 'grant type not supported'});
		const json = await fetch(`${emulator.loginUrl}/services/oauth2/token`, {
			method: 'POST',
			headers: {'content-type': 'application/json'},
			body: JSON.stringify({grant_type: 'authorization_code'}),
		});
		expect(await jsonOf(json)).toMatchObject({error: 'unsupported_grant_type'});
	});

	it('refuses GET', async () => {
		const response = await fetch(`${emulator.loginUrl}/services/oauth2/token?grant_type=authorization_code`);
		expect(response.status).toBe(400);
		expect(await jsonOf(response)).toEqual({error: 'invalid_request', error_description: 'must use HTTP POST'});
	});
});
