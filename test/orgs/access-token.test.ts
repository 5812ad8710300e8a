import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {withFileLockAsync} from '../../source/store/file-lock.js';
import type {SavedOrg} from '../../source/store/saved-org.js';
import type {Emulator} from '../../source/emulator/index.js';
import {ACCESS_TOKEN_SAFE_AGE_MS, getAccessToken, needsRefresh} from '../../source/orgs/access-token.js';
import {refreshOrg} from '../../source/orgs/refresh.js';
import type {OrgStore} from '../../source/store/org-store.js';
import {fastClient, seedApp, seedOrg} from '../helpers/seed-org.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';

let f: EmulatorStore;
let emulator: Emulator;
let store: OrgStore;
beforeEach(async () => {
	f = await startEmulatorStore({users: 1});
	({emulator, store} = f);
});
afterEach(() => f?.close());

const tokenRequests = () => emulator.requests.filter(request => request.path === '/services/oauth2/token' && request.form?.grant_type === 'refresh_token').length;

describe('needsRefresh', () => {
	const now = 1_800_000_000_000;
	it('is false for a token younger than 30 minutes, true at 30 minutes, when missing, or issued in the future', () => {
		expect(ACCESS_TOKEN_SAFE_AGE_MS).toBe(30 * 60_000);
		expect(needsRefresh({accessToken: 'x', accessTokenIssuedAt: now - 29 * 60_000}, now)).toBe(false);
		expect(needsRefresh({accessToken: 'x', accessTokenIssuedAt: now - 30 * 60_000}, now)).toBe(true);
		expect(needsRefresh({accessToken: 'x'}, now)).toBe(true);
		expect(needsRefresh({accessTokenIssuedAt: now}, now)).toBe(true);
		expect(needsRefresh({accessToken: 'x', accessTokenIssuedAt: now + 10 * 60_000}, now)).toBe(true);
	});
});

describe('getAccessToken', () => {
	it('reuses a young saved token without asking Salesforce', async () => {
		const org = await seedOrg(emulator, store, {alias: 'uat'});
		const before = tokenRequests();
		const result = await getAccessToken(store, 'uat', fastClient());
		expect(result).toMatchObject({accessToken: org.accessToken, refreshed: false, instanceUrl: emulator.instanceUrl});
		expect(tokenRequests()).toBe(before);
	});

	it('refreshes an old token (and with fresh: true), saving the new one', async () => {
		const org = await seedOrg(emulator, store, {alias: 'uat'});
		const old = await getAccessToken(store, undefined, fastClient(), {now: () => Date.now() + ACCESS_TOKEN_SAFE_AGE_MS + 1000});
		expect(old.refreshed).toBe(true);
		expect(old.accessToken).not.toBe(org.accessToken);
		expect(store.get('uat')).toMatchObject({accessToken: old.accessToken, accessTokenIssuedAt: old.issuedAt});

		const fresh = await getAccessToken(store, 'uat', fastClient(), {fresh: true});
		expect(fresh.refreshed).toBe(true);
		expect(fresh.accessToken).not.toBe(old.accessToken);
		expect(store.get('uat')!.accessToken).toBe(fresh.accessToken);
	});

	it('saves a rotated refresh token at once', async () => {
		const org = await seedOrg(emulator, store, {alias: 'uat'});
		emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const result = await getAccessToken(store, 'uat', fastClient(), {fresh: true});
		expect(result.rotated).toBe(true);
		expect(emulator.isRefreshTokenValid(org.refreshToken)).toBe(false);
		expect(emulator.isRefreshTokenValid(store.get('uat')!.refreshToken)).toBe(true);
	});

	it('with rotation, parallel calls for one org make one refresh and never reuse a rotated-out token', async () => {
		await seedOrg(emulator, store, {alias: 'uat'});
		store.update('uat', {accessTokenIssuedAt: Date.now() - ACCESS_TOKEN_SAFE_AGE_MS - 1000});
		emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const before = tokenRequests();
		const results = await Promise.all(Array.from({length: 6}, () => getAccessToken(store, 'uat', fastClient())));
		// The first call refreshed under the login's lock; the others waited, then found its young token.
		expect(tokenRequests() - before).toBe(1);
		expect(new Set(results.map(result => result.accessToken)).size).toBe(1);
		expect(results.filter(result => result.refreshed)).toHaveLength(1);
		expect(emulator.isRefreshTokenValid(store.get('uat')!.refreshToken)).toBe(true);
	});

	it('with rotation, parallel forced refreshes take turns, each with the newest saved token', async () => {
		await seedOrg(emulator, store, {alias: 'uat'});
		emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const results = await Promise.all(Array.from({length: 6}, () => getAccessToken(store, 'uat', fastClient(), {fresh: true})));
		expect(results.every(result => result.refreshed && result.rotated)).toBe(true);
		// Without the lock the second refresh would present a rotated-out token, and Salesforce
		// would revoke the whole token family.
		expect(emulator.isRefreshTokenValid(store.get('uat')!.refreshToken)).toBe(true);
	});

	it('throws the refresh error with its fix when the token was revoked', async () => {
		await seedOrg(emulator, store, {alias: 'uat'});
		emulator.revokeAllFor('user1@example.com');
		await expect(getAccessToken(store, 'uat', fastClient(), {fresh: true})).rejects.toMatchObject({code: 'refresh-token-invalid'});
	});

	it('never hands out the saved access token once the refresh token is known to be revoked', async () => {
		const org = await seedOrg(emulator, store, {alias: 'uat'});
		emulator.revokeAllFor('user1@example.com');
		const outcome = await refreshOrg(store, 'uat', fastClient());
		expect(outcome.state).toBe('revoked');
		expect(store.get('uat')?.accessToken).toBeUndefined();
		await expect(getAccessToken(store, 'uat', fastClient())).rejects.toMatchObject({code: 'refresh-token-invalid'});
		expect(org.accessToken).toBeTruthy();
	});

	it('drops the saved access token when a token request finds the refresh token revoked', async () => {
		await seedOrg(emulator, store, {alias: 'uat'});
		emulator.revokeAllFor('user1@example.com');
		await expect(getAccessToken(store, 'uat', fastClient(), {fresh: true})).rejects.toMatchObject({code: 'refresh-token-invalid'});
		expect(store.get('uat')?.accessToken).toBeUndefined();
		await expect(getAccessToken(store, 'uat', fastClient())).rejects.toMatchObject({code: 'refresh-token-invalid'});
	});

	it('a refresh lock left by a crashed process does not block; a live one is waited for', async () => {
		const org = await seedOrg(emulator, store, {alias: 'uat'});
		const lockBase = refreshLockBase(org);
		fs.mkdirSync(path.dirname(lockBase), {recursive: true});
		fs.writeFileSync(`${lockBase}.lock`, '999999999');
		expect((await getAccessToken(store, 'uat', fastClient(), {fresh: true})).refreshed).toBe(true);
		expect(fs.existsSync(`${lockBase}.lock`)).toBe(false);

		let release!: () => void;
		const held = new Promise<void>(resolve => (release = resolve));
		let locked!: () => void;
		const isLocked = new Promise<void>(resolve => (locked = resolve));
		const holder = withFileLockAsync(lockBase, async () => {
			locked();
			await held;
		});
		await isLocked;
		const before = tokenRequests();
		let done = false;
		const waiting = getAccessToken(store, 'uat', fastClient(), {fresh: true}).then(result => {
			done = true;
			return result;
		});
		// Proving that something has not happened takes a wait; it is short, and the outcome after release is polled by awaiting.
		await new Promise(resolve => setTimeout(resolve, 150));
		expect(done).toBe(false);
		expect(tokenRequests()).toBe(before);
		release();
		await holder;
		expect((await waiting).refreshed).toBe(true);
		expect(tokenRequests()).toBe(before + 1);
	});
});

function refreshLockBase(org: SavedOrg): string {
	const key = createHash('sha256').update(`${org.orgId}\n${org.userId}\n${org.clientId}`).digest('hex').slice(0, 24);
	return path.join(path.dirname(store.path), 'locks', `refresh-${key}`);
}
