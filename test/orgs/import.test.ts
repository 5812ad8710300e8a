import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {SfrtError} from '../../source/errors.js';
import {oauthError} from '../../source/oauth/oauth-error.js';
import {exportOrg} from '../../source/orgs/export.js';
import {importSfdxUrl, sfdxUrlFromInput} from '../../source/orgs/import.js';
import {OrgStore} from '../../source/store/org-store.js';
import {fastClient, seedApp, seedOrg} from '../helpers/seed-org.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';

let f: EmulatorStore;
let emulator: Emulator;
let source: OrgStore;
let target: OrgStore;
beforeEach(async () => {
	f = await startEmulatorStore({users: 2});
	({emulator, store: source} = f);
	target = new OrgStore(path.join(f.dir, 'target'));
});
afterEach(() => f?.close());

describe('importSfdxUrl', () => {
	it('proves the token, reads who it is, and saves it under the username', async () => {
		const org = await seedOrg(emulator, source, {alias: 'uat'});
		const url = exportOrg(org, 'sfdx-url');
		expect(url).toBe(`force://${org.clientId}:${org.clientSecret}:${org.refreshToken}@${new URL(emulator.instanceUrl).host}\n`);
		const result = await importSfdxUrl(url, target, fastClient());
		expect(result).toMatchObject({wantedAlias: 'user1@example.com', rotated: false});
		expect(result.replaced).toBeUndefined();
		expect(target.get('user1@example.com')).toMatchObject({
			username: 'user1@example.com',
			orgId: org.orgId,
			userId: org.userId,
			clientId: org.clientId,
			clientSecret: org.clientSecret,
			refreshToken: org.refreshToken,
			instanceUrl: emulator.instanceUrl,
			loginUrl: emulator.instanceUrl,
			kind: 'local',
		});
		expect(target.defaultAlias()).toBe('user1@example.com');
	});

	it('the same login again updates its entry and keeps its alias', async () => {
		const org = await seedOrg(emulator, source, {alias: 'uat'});
		const first = await importSfdxUrl(exportOrg(org, 'sfdx-url'), target, fastClient(), {alias: 'mine'});
		const second = await importSfdxUrl(exportOrg(org, 'sfdx-url'), target, fastClient());
		expect(second.org.alias).toBe('mine');
		expect(second.replaced).toBe('mine');
		expect(second.org.createdAt).toBe(first.org.createdAt);
		expect(target.list()).toHaveLength(1);
	});

	it('an alias that belongs to another login gets a free "-2" instead of losing the token', async () => {
		const ada = await seedOrg(emulator, source, {alias: 'a'});
		const bob = await seedOrg(emulator, source, {alias: 'b', username: 'user2@example.com'});
		await importSfdxUrl(exportOrg(ada, 'sfdx-url'), target, fastClient(), {alias: 'uat'});
		const result = await importSfdxUrl(exportOrg(bob, 'sfdx-url'), target, fastClient(), {alias: 'uat'});
		expect(result.org.alias).toBe('uat-2');
		expect(result.wantedAlias).toBe('uat');
		expect(target.list().map(org => org.username)).toEqual(['user1@example.com', 'user2@example.com']);
	});

	it('with rotation, saves the new token (the one in the URL is dead)', async () => {
		const org = await seedOrg(emulator, source, {alias: 'uat'});
		emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const result = await importSfdxUrl(exportOrg(org, 'sfdx-url'), target, fastClient());
		expect(result.rotated).toBe(true);
		expect(emulator.isRefreshTokenValid(org.refreshToken)).toBe(false);
		expect(emulator.isRefreshTokenValid(result.org.refreshToken)).toBe(true);
	});

	it('refuses bad input before sending anything, and a dead token after', async () => {
		const before = emulator.requests.length;
		await expect(importSfdxUrl('force://nope', target, fastClient())).rejects.toMatchObject({code: 'bad-sfdx-url', exitCode: 2});
		const org = await seedOrg(emulator, source, {alias: 'uat'});
		await expect(importSfdxUrl(exportOrg(org, 'sfdx-url'), target, fastClient(), {alias: 'bad alias!'})).rejects.toMatchObject({code: 'bad-alias', exitCode: 2});
		expect(emulator.requests.slice(before).filter(request => request.path === '/services/oauth2/token' && request.form?.grant_type === 'refresh_token')).toHaveLength(1);
		emulator.revokeAllFor('user1@example.com');
		await expect(importSfdxUrl(exportOrg(org, 'sfdx-url'), target, fastClient())).rejects.toMatchObject({code: 'refresh-token-invalid'});
		expect(target.list()).toEqual([]);
	});

	it('refuses an alias starting with "-" before sending anything', async () => {
		const org = await seedOrg(emulator, source, {alias: 'uat'});
		const before = emulator.requests.length;
		await expect(importSfdxUrl(exportOrg(org, 'sfdx-url'), target, fastClient(), {alias: '-uat'})).rejects.toMatchObject({code: 'bad-alias', message: expect.stringContaining('starts with a dash')});
		expect(emulator.requests.length).toBe(before);
	});
});

describe('sfdxUrlFromInput', () => {
	it('takes the first line, or result.sfdxAuthUrl from the Salesforce CLI\'s JSON', () => {
		expect(sfdxUrlFromInput('\n  force://a:b:c@x.my.salesforce.com  \nsecond\n')).toBe('force://a:b:c@x.my.salesforce.com');
		expect(sfdxUrlFromInput(JSON.stringify({status: 0, result: {sfdxAuthUrl: 'force://a::c@x.my.salesforce.com'}}))).toBe('force://a::c@x.my.salesforce.com');
		expect(sfdxUrlFromInput(JSON.stringify({sfdxAuthUrl: 'force://a::c@y.my.salesforce.com'}))).toBe('force://a::c@y.my.salesforce.com');
		expect(sfdxUrlFromInput('  \n')).toBe('');
	});

	it('keeps a rotated token even when the identity read fails afterwards', async () => {
		emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const org = await seedOrg(emulator, source, {alias: 'uat'});
		const client = fastClient();
		const failingIdentity = {
			refresh: client.refresh,
			identity: async () => {
				throw oauthError('network', {params: {url: emulator.loginUrl, reason: 'connection closed without an answer'}});
			},
		};
		const error = await importSfdxUrl(exportOrg(org, 'sfdx-url'), target, failingIdentity, {alias: 'kept'}).catch((caught: unknown) => caught as SfrtError);
		expect(error).toBeInstanceOf(SfrtError);
		expect((error as SfrtError).code).toBe('import-unverified');
		expect((error as SfrtError).hint).toContain('sfrt refresh kept');
		expect(emulator.isRefreshTokenValid(org.refreshToken)).toBe(false);
		const kept = target.get('kept')!;
		expect(kept.refreshToken).not.toBe(org.refreshToken);
		expect(emulator.isRefreshTokenValid(kept.refreshToken)).toBe(true);
		expect(JSON.stringify(error)).not.toContain(kept.refreshToken);
	});
});
