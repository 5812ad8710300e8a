import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {get, jsonOf, login, postForm, refresh} from './helpers.js';
import {seedApp, startSeedEmulator} from '../helpers/seed-org.js';

let emulator: Emulator;
beforeEach(async () => {
	emulator = await startSeedEmulator();
});
afterEach(async () => {
	await emulator.close();
});

const expiredToken = {error: 'invalid_grant', error_description: 'expired access/refresh token'};

async function revoke(token: string | undefined): Promise<Response> {
	return postForm(`${emulator.loginUrl}/services/oauth2/revoke`, {token});
}

async function userinfoStatus(accessToken: string): Promise<number> {
	const response = await get(`${emulator.loginUrl}/services/oauth2/userinfo`, {authorization: `Bearer ${accessToken}`});
	await response.body?.cancel();
	return response.status;
}

describe('refresh token flow', () => {
	it('issues a new access token at the instance host, without a new refresh token', async () => {
		const tokens = await login(emulator);
		const response = await refresh(emulator.instanceUrl, tokens.refresh_token!);
		expect(response.status).toBe(200);
		const body = await jsonOf(response);
		expect(body.refresh_token).toBeUndefined();
		expect(body.access_token).not.toBe(tokens.access_token);
		expect(body).toMatchObject({id: tokens.id, instance_url: emulator.instanceUrl, scope: 'api refresh_token', token_type: 'Bearer'});
		expect(body.issued_at).toMatch(/^\d{13}$/);
		expect(emulator.isRefreshTokenValid(tokens.refresh_token!)).toBe(true);
	});

	it('refuses an unknown refresh token', async () => {
		const response = await refresh(emulator.loginUrl, '5Aep861madeUp');
		expect(response.status).toBe(400);
		expect(await jsonOf(response)).toEqual(expiredToken);
	});

	it('applies the refresh-flow secret rules', async () => {
		const tokens = await login(emulator);
		expect(await jsonOf(await refresh(emulator.loginUrl, tokens.refresh_token!, {client_secret: undefined}))).toMatchObject({error: 'invalid_client'});
		emulator.app(seedApp().clientId)!.requireSecretForRefreshFlow = false;
		expect((await refresh(emulator.loginUrl, tokens.refresh_token!, {client_secret: undefined})).status).toBe(200);
		expect(await jsonOf(await refresh(emulator.loginUrl, tokens.refresh_token!, {client_secret: 'wrong'}))).toMatchObject({error: 'invalid_client'});
	});

	it('rotates: a new refresh token each time, and the old one dies at once', async () => {
		emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const original = (await login(emulator)).refresh_token!;
		const body = await jsonOf(await refresh(emulator.loginUrl, original));
		const rotated = body.refresh_token as string;
		expect(rotated).toMatch(/^5Aep861/);
		expect(rotated).not.toBe(original);
		expect(emulator.isRefreshTokenValid(original)).toBe(false);
		expect(emulator.isRefreshTokenValid(rotated)).toBe(true);
		expect((await refresh(emulator.loginUrl, rotated)).status).toBe(200);
	});

	it('kills the whole family when a rotated-out token is used again', async () => {
		emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const original = (await login(emulator)).refresh_token!;
		const first = await jsonOf(await refresh(emulator.loginUrl, original));
		const rotated = first.refresh_token as string;
		const reuse = await refresh(emulator.loginUrl, original);
		expect(await jsonOf(reuse)).toEqual(expiredToken);
		expect(emulator.isRefreshTokenValid(rotated)).toBe(false);
		expect(await jsonOf(await refresh(emulator.loginUrl, rotated))).toEqual(expiredToken);
		expect(await userinfoStatus(first.access_token as string)).toBe(403);
	});

	it('keeps five approvals per user and app: the sixth revokes the oldest', async () => {
		const refreshTokens: string[] = [];
		for (let index = 0; index < 6; index++) {
			refreshTokens.push((await login(emulator)).refresh_token!);
		}

		expect(refreshTokens.map(token => emulator.isRefreshTokenValid(token))).toEqual([false, true, true, true, true, true]);
	});
});

describe('revoke', () => {
	it('revokes a refresh token and the access tokens issued from it', async () => {
		const tokens = await login(emulator);
		const response = await revoke(tokens.refresh_token);
		expect(response.status).toBe(200);
		expect(await jsonOf(await refresh(emulator.loginUrl, tokens.refresh_token!))).toEqual(expiredToken);
		expect(await userinfoStatus(tokens.access_token!)).toBe(403);
	});

	it('revokes just the access token it is given', async () => {
		const tokens = await login(emulator);
		expect((await revoke(tokens.access_token)).status).toBe(200);
		expect(await userinfoStatus(tokens.access_token!)).toBe(403);
		expect(emulator.isRefreshTokenValid(tokens.refresh_token!)).toBe(true);
		const renewed = await jsonOf(await refresh(emulator.loginUrl, tokens.refresh_token!));
		expect(await userinfoStatus(renewed.access_token as string)).toBe(200);
	});

	it('answers invalid_token for an unknown or already revoked token, unsupported_token_type without one', async () => {
		const tokens = await login(emulator);
		await revoke(tokens.refresh_token);
		const again = await revoke(tokens.refresh_token);
		expect(again.status).toBe(400);
		expect(await jsonOf(again)).toMatchObject({error: 'invalid_token'});
		const missing = await revoke(undefined);
		expect(missing.status).toBe(400);
		expect(await jsonOf(missing)).toMatchObject({error: 'unsupported_token_type'});
	});

	it('lets an admin revoke everything a user holds', async () => {
		const tokens = await login(emulator);
		emulator.revokeAllFor('user1@example.com');
		expect(emulator.isRefreshTokenValid(tokens.refresh_token!)).toBe(false);
		expect(await userinfoStatus(tokens.access_token!)).toBe(403);
	});
});
