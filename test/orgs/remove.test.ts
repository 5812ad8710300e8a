import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {refreshOrg} from '../../source/orgs/refresh.js';
import {removeOrg} from '../../source/orgs/remove.js';
import type {OrgStore} from '../../source/store/org-store.js';
import {freePort} from '../helpers/ports.js';
import {fastClient, seedOrg} from '../helpers/seed-org.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';

let f: EmulatorStore;
let emulator: Emulator;
let store: OrgStore;
beforeEach(async () => {
	f = await startEmulatorStore({users: 2});
	({emulator, store} = f);
});
afterEach(() => f?.close());

const revokeCalls = () => emulator.requests.filter(request => request.path === '/services/oauth2/revoke');

describe('removeOrg', () => {
	it('Ctrl+C during the revoke stops it at once and keeps the org', async () => {
		await seedOrg(emulator, store, {alias: 'uat'});
		emulator.faults.latencyMs = 6000;
		const controller = new AbortController();
		setTimeout(() => controller.abort(), 200);
		const started = Date.now();
		const error = await removeOrg(store, 'uat', {signal: controller.signal}, fastClient()).catch((caught: unknown) => caught);
		expect(Date.now() - started).toBeLessThan(1500);
		expect(error).toMatchObject({code: 'remove-cancelled', exitCode: 130, message: 'Cancelled: "uat" was kept.'});
		expect(store.get('uat')).toBeDefined();
		emulator.faults.latencyMs = 0;
	});

	it('revokes the refresh token at the instance, then forgets the org; a later refresh fails', async () => {
		const org = await seedOrg(emulator, store, {alias: 'uat'});
		await seedOrg(emulator, store, {alias: 'other', username: 'user2@example.com'});
		const result = await removeOrg(store, 'uat', {}, fastClient());
		expect(result).toMatchObject({revoke: 'revoked', revokedAt: emulator.instanceUrl, wasDefault: true});
		expect(revokeCalls()).toEqual([expect.objectContaining({host: 'instance', form: {token: org.refreshToken}})]);
		expect(emulator.isRefreshTokenValid(org.refreshToken)).toBe(false);
		expect(store.get('uat')).toBeUndefined();
		expect(store.defaultAlias()).toBeUndefined();
		// Saved again elsewhere, the token no longer refreshes.
		store.save({...org, alias: 'ghost'});
		expect(await refreshOrg(store, 'ghost', fastClient())).toMatchObject({state: 'revoked', error: {code: 'refresh-token-invalid'}});
	});

	it('--keep-remote forgets the org and leaves the token valid', async () => {
		const org = await seedOrg(emulator, store, {alias: 'uat'});
		const result = await removeOrg(store, 'uat', {keepRemote: true}, fastClient());
		expect(result.revoke).toBe('skipped');
		expect(revokeCalls()).toHaveLength(0);
		expect(emulator.isRefreshTokenValid(org.refreshToken)).toBe(true);
		expect(store.list()).toEqual([]);
	});

	it('falls back to the login URL when the instance cannot be reached', async () => {
		const org = await seedOrg(emulator, store, {alias: 'uat'});
		store.update('uat', {instanceUrl: `http://127.0.0.1:${await freePort()}`});
		const result = await removeOrg(store, 'uat', {}, fastClient());
		expect(result).toMatchObject({revoke: 'revoked', revokedAt: emulator.loginUrl});
		expect(emulator.isRefreshTokenValid(org.refreshToken)).toBe(false);
	});

	it('a failed revoke keeps the org, with the reason and the way out; --force removes it anyway', async () => {
		const org = await seedOrg(emulator, store, {alias: 'uat'});
		const dead = `http://127.0.0.1:${await freePort()}`;
		store.update('uat', {instanceUrl: dead, loginUrl: dead});
		const error = await removeOrg(store, 'uat', {}, fastClient()).catch((caught: unknown) => caught);
		expect(error).toMatchObject({code: 'revoke-failed'});
		expect((error as Error).message).toMatch(/Could not reach/);
		expect((error as {hint: string}).hint).toMatch(/--force/);
		expect(store.get('uat')).toBeDefined();

		const forced = await removeOrg(store, 'uat', {force: true}, fastClient());
		expect(forced.revoke).toBe('failed');
		expect(forced.revokeError?.code).toBe('network');
		expect(store.get('uat')).toBeUndefined();
		expect(emulator.isRefreshTokenValid(org.refreshToken)).toBe(true);
	});

	it('a token Salesforce no longer knows counts as gone: the org is removed', async () => {
		await seedOrg(emulator, store, {alias: 'uat'});
		emulator.revokeAllFor('user1@example.com');
		const result = await removeOrg(store, 'uat', {}, fastClient());
		expect(result.revoke).toBe('already-invalid');
		expect(store.list()).toEqual([]);
	});

	it('an unknown alias is bad input (exit 2)', async () => {
		await expect(removeOrg(store, 'nope', {}, fastClient())).rejects.toMatchObject({code: 'org-not-found', exitCode: 2});
	});
});
