import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {createTokenClient} from '../../source/oauth/token-client.js';
import {refreshOrg} from '../../source/orgs/refresh.js';
import type {OrgStore} from '../../source/store/org-store.js';
import {freePort} from '../helpers/ports.js';
import {fastClient, seedApp, seedOrg} from '../helpers/seed-org.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';

let f: EmulatorStore;
let emulator: Emulator;
let store: OrgStore;
beforeEach(async () => {
	f = await startEmulatorStore({users: 2});
	({emulator, store} = f);
});
afterEach(() => f?.close());

const later = () => new Date(Date.now() + 60 * 60_000);

describe('refreshOrg', () => {
	it('ok: a refresh grant and an identity read; saves the new access token and moves lastVerifiedAt', async () => {
		const org = await seedOrg(emulator, store, {alias: 'uat'});
		const before = emulator.requests.length;
		const outcome = await refreshOrg(store, 'uat', fastClient(), {now: later});
		expect(outcome).toMatchObject({alias: 'uat', state: 'ok', rotated: false});
		expect(outcome.error).toBeUndefined();
		const paths = emulator.requests.slice(before).map(request => `${request.host} ${request.path}`);
		expect(paths).toEqual(['instance /services/oauth2/token', `login /id/${org.orgId}/${org.userId}`]);
		const saved = store.get('uat')!;
		expect(saved.accessToken).not.toBe(org.accessToken);
		expect(saved.accessTokenIssuedAt).toBeGreaterThanOrEqual(org.accessTokenIssuedAt!);
		expect(Date.parse(saved.lastVerifiedAt)).toBeGreaterThan(Date.parse(org.lastVerifiedAt));
		expect(saved.refreshToken).toBe(org.refreshToken);
	});

	it('uses the default org when no alias is given', async () => {
		await seedOrg(emulator, store, {alias: 'first'});
		await seedOrg(emulator, store, {alias: 'second', username: 'user2@example.com'});
		expect((await refreshOrg(store, undefined, fastClient())).alias).toBe('first');
	});

	it('revoked: an admin revoked the tokens; the old lastVerifiedAt stays, the hint says log in again', async () => {
		const org = await seedOrg(emulator, store, {alias: 'uat'});
		emulator.revokeAllFor('user1@example.com');
		const outcome = await refreshOrg(store, 'uat', fastClient(), {now: later});
		expect(outcome.state).toBe('revoked');
		expect(outcome.error?.code).toBe('refresh-token-invalid');
		expect(outcome.error?.hint).toMatch(/Log in again/);
		expect(store.get('uat')!.lastVerifiedAt).toBe(org.lastVerifiedAt);
	});

	it('app not installed, and invalid client, each with its fix', async () => {
		await seedOrg(emulator, store, {alias: 'uat'});
		emulator.app(seedApp().clientId)!.installed = false;
		const notInstalled = await refreshOrg(store, 'uat', fastClient());
		expect(notInstalled.state).toBe('app-not-installed');
		expect(notInstalled.error?.hint).toMatch(/install/i);

		emulator.app(seedApp().clientId)!.installed = true;
		store.update('uat', {clientSecret: 'WRONG0000000000000000000000000000000000000000000000000000000000'});
		const invalidClient = await refreshOrg(store, 'uat', fastClient());
		expect(invalidClient.state).toBe('invalid-client');
		expect(invalidClient.error?.code).toBe('invalid-client');
		expect(invalidClient.error?.hint).toMatch(/Consumer Secret/);
	});

	it('unreachable: a network failure is a state, not a throw', async () => {
		await seedOrg(emulator, store, {alias: 'uat'});
		store.update('uat', {instanceUrl: `http://127.0.0.1:${await freePort()}`});
		const outcome = await refreshOrg(store, 'uat', fastClient());
		expect(outcome.state).toBe('unreachable');
		expect(outcome.error?.code).toBe('network');
	});

	it('a 5xx on the refresh is reported, never answered by a second grant (Salesforce may have rotated the token already)', async () => {
		await seedOrg(emulator, store, {alias: 'uat'});
		const before = emulator.requests.length;
		emulator.faults.failNext(1, '5xx');
		const outcome = await refreshOrg(store, 'uat', fastClient());
		expect(outcome.state).toBe('unreachable');
		expect(outcome.error?.code).toBe('http-error');
		const tokenCalls = emulator.requests.slice(before).filter(request => request.path === '/services/oauth2/token');
		expect(tokenCalls).toHaveLength(1);
	});

	it('recovers from a burst of 5xx answers on the identity read (a GET) by retrying', async () => {
		await seedOrg(emulator, store, {alias: 'uat'});
		const before = emulator.requests.length;
		const real = fastClient();
		// After the refresh grant, the identity read and its first retry fail.
		const client = {...real, identity: (request: Parameters<typeof real.identity>[0]) => {
			emulator.faults.failNext(2, '5xx');
			return real.identity(request);
		}};
		const outcome = await refreshOrg(store, 'uat', client);
		expect(outcome.state).toBe('ok');
		expect(emulator.requests.slice(before).filter(request => request.path.startsWith('/id/'))).toHaveLength(3);
	});

	it('rotation: the new refresh token is saved, the old one is dead', async () => {
		const org = await seedOrg(emulator, store, {alias: 'uat'});
		emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const outcome = await refreshOrg(store, 'uat', fastClient());
		expect(outcome).toMatchObject({state: 'ok', rotated: true});
		const saved = store.get('uat')!;
		expect(saved.refreshToken).not.toBe(org.refreshToken);
		expect(emulator.isRefreshTokenValid(saved.refreshToken)).toBe(true);
		expect(emulator.isRefreshTokenValid(org.refreshToken)).toBe(false);
		// And it keeps working: the next refresh uses the saved one.
		expect((await refreshOrg(store, 'uat', fastClient())).state).toBe('ok');
	});

	it('rotation: the new token is saved before the identity read, even when that read fails', async () => {
		const org = await seedOrg(emulator, store, {alias: 'uat'});
		emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const real = fastClient();
		let savedWhenIdentityRan: string | undefined;
		const client = {
			refresh: real.refresh,
			identity: async () => {
				savedWhenIdentityRan = store.get('uat')!.refreshToken;
				throw new (await import('../../source/errors.js')).SfrtError('network', 'Could not reach the identity URL.', 'Check the network.');
			},
		};
		const outcome = await refreshOrg(store, 'uat', client);
		expect(outcome).toMatchObject({state: 'unreachable', rotated: true});
		expect(savedWhenIdentityRan).not.toBe(org.refreshToken);
		expect(emulator.isRefreshTokenValid(store.get('uat')!.refreshToken)).toBe(true);
		expect(store.get('uat')!.lastVerifiedAt).toBe(org.lastVerifiedAt);
	});

	it('throws for an unknown alias (exit 2) instead of reporting a state', async () => {
		await expect(refreshOrg(store, 'nope', createTokenClient())).rejects.toMatchObject({code: 'org-not-found', exitCode: 2});
	});
});
