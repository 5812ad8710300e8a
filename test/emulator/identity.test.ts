import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {get, jsonOf, login, postForm} from './helpers.js';
import {seedApp, startSeedEmulator} from '../helpers/seed-org.js';

let emulator: Emulator;
beforeEach(async () => {
	emulator = await startSeedEmulator();
});
afterEach(async () => {
	await emulator.close();
});

function bearer(token: string) {
	return {authorization: `Bearer ${token}`};
}

describe('userinfo', () => {
	it('describes the token\'s user', async () => {
		const tokens = await login(emulator);
		const response = await get(`${emulator.instanceUrl}/services/oauth2/userinfo`, bearer(tokens.access_token!));
		expect(response.status).toBe(200);
		const body = await jsonOf(response);
		const user = emulator.user('user1@example.com')!;
		expect(body).toMatchObject({
			sub: tokens.id,
			user_id: user.userId,
			organization_id: emulator.orgId,
			preferred_username: 'user1@example.com',
			name: 'User user1',
			email: 'user1@example.com',
			user_type: 'STANDARD',
			active: true,
		});
		expect((body.urls as Record<string, string>).rest).toBe(`${emulator.instanceUrl}/services/data/v{version}/`);
	});

	it('answers 403 Bad_OAuth_Token for a bad token and 401 without one', async () => {
		const bad = await get(`${emulator.loginUrl}/services/oauth2/userinfo`, bearer(`${emulator.orgId}!AQnotAToken`));
		expect(bad.status).toBe(403);
		expect(await jsonOf(bad)).toMatchObject({error: 'Bad_OAuth_Token'});
		const missing = await get(`${emulator.loginUrl}/services/oauth2/userinfo`);
		expect(missing.status).toBe(401);
		expect(await jsonOf(missing)).toMatchObject({error: 'Missing_OAuth_Token'});
	});

	it('lets access tokens lapse after the session timeout (2 hours)', async () => {
		const tokens = await login(emulator);
		emulator.advanceTime(2 * 60 * 60 * 1000);
		const response = await get(`${emulator.loginUrl}/services/oauth2/userinfo`, bearer(tokens.access_token!));
		expect(response.status).toBe(403);
	});
});

describe('identity URL', () => {
	it('answers on the login host with the user\'s identity', async () => {
		const tokens = await login(emulator);
		expect(tokens.id!.startsWith(`${emulator.loginUrl}/id/`)).toBe(true);
		const response = await get(tokens.id!, bearer(tokens.access_token!));
		expect(response.status).toBe(200);
		const body = await jsonOf(response);
		expect(body).toMatchObject({
			id: tokens.id,
			username: 'user1@example.com',
			display_name: 'User user1',
			organization_id: emulator.orgId,
			user_id: emulator.user('user1@example.com')!.userId,
			email: 'user1@example.com',
			active: true,
		});
		expect(body.urls).toHaveProperty('rest');
	});

	it('refuses someone else\'s identity URL and a missing token', async () => {
		const tokens = await login(emulator);
		emulator.addUser({username: 'grace@example.com', password: 'x'});
		const grace = emulator.user('grace@example.com')!;
		const other = await get(`${emulator.loginUrl}/id/${emulator.orgId}/${grace.userId}`, bearer(tokens.access_token!));
		expect(other.status).toBe(403);
		expect(await jsonOf(other)).toMatchObject({error: 'Bad_Id'});
		expect((await get(tokens.id!)).status).toBe(401);
	});
});

describe('discovery and introspection', () => {
	it('publishes the login host\'s endpoints, even when asked on the instance host', async () => {
		const response = await get(`${emulator.instanceUrl}/.well-known/openid-configuration`);
		const body = await jsonOf(response);
		const login = emulator.loginUrl;
		expect(body).toMatchObject({
			issuer: login,
			authorization_endpoint: `${login}/services/oauth2/authorize`,
			token_endpoint: `${login}/services/oauth2/token`,
			revocation_endpoint: `${login}/services/oauth2/revoke`,
			userinfo_endpoint: `${login}/services/oauth2/userinfo`,
			introspection_endpoint: `${login}/services/oauth2/introspect`,
			code_challenge_methods_supported: ['S256', 'plain'],
		});
	});

	it('introspects live and dead tokens for the authenticated app', async () => {
		const tokens = await login(emulator);
		const app = seedApp();
		const introspect = async (token: string, secret = app.clientSecret) =>
			postForm(`${emulator.loginUrl}/services/oauth2/introspect`, {token, client_id: app.clientId, client_secret: secret});
		expect(await jsonOf(await introspect(tokens.access_token!))).toMatchObject({active: true, token_type: 'access_token', username: 'user1@example.com', scope: 'api refresh_token'});
		expect(await jsonOf(await introspect(tokens.refresh_token!))).toMatchObject({active: true, token_type: 'refresh_token'});
		expect(await jsonOf(await introspect('nothing'))).toEqual({active: false});
		expect(await jsonOf(await introspect(tokens.access_token!, 'wrong'))).toMatchObject({error: 'invalid_client'});
	});
});

describe('unknown paths', () => {
	it('answer a Salesforce-like 404 page on both hosts', async () => {
		for (const base of [emulator.loginUrl, emulator.instanceUrl]) {
			const response = await get(`${base}/services/oauth2/nope`);
			expect(response.status).toBe(404);
			expect(response.headers.get('content-type')).toMatch(/^text\/html/);
			expect(await response.text()).toContain('URL No Longer Exists');
		}
	});
});
