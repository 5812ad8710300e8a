import fs from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {parseJson} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {fastClient} from '../helpers/seed-org.js';

let f: EmulatorStore;
beforeEach(async () => {
	f = await startEmulatorStore({users: 2});
});
afterEach(async () => {
	await f.close();
});

describe('sfrt default', () => {
	it('prints the default, sets another, and says when there is none', async () => {
		const none = await f.sfrt(['default']);
		expect(none).toMatchObject({code: 0, stdout: ''});
		expect(none.stderr).toContain('No default org is set.');
		expect(parseJson((await f.sfrt(['default', '--json'])).stdout)).toEqual({ok: true, defaultAlias: null, org: null});

		await f.seed({alias: 'uat'});
		await f.seed({alias: 'prod', username: 'user2@example.com'});
		expect((await f.sfrt(['default'])).stdout).toBe('uat\n');
		const set = await f.sfrt(['default', 'prod']);
		expect(set).toMatchObject({code: 0, stdout: '"prod" (user2@example.com) is now the default org.\n'});
		expect(f.store.defaultAlias()).toBe('prod');
		expect(parseJson((await f.sfrt(['default', '--json'])).stdout)).toMatchObject({ok: true, defaultAlias: 'prod', org: {alias: 'prod', isDefault: true}});
		const unknown = await f.sfrt(['default', 'nope', '--json']);
		expect(unknown.code).toBe(2);
		expect(parseJson(unknown.stdout).error.code).toBe('org-not-found');
	});
});

describe('sfrt rename', () => {
	it('renames, keeps the default on it, refuses a taken or bad alias with exit 2', async () => {
		await f.seed({alias: 'uat'});
		await f.seed({alias: 'prod', username: 'user2@example.com'});
		const run = await f.sfrt(['rename', 'uat', 'staging']);
		expect(run).toMatchObject({code: 0, stdout: 'Renamed "uat" to "staging".\n'});
		expect(f.store.defaultAlias()).toBe('staging');
		expect(parseJson((await f.sfrt(['rename', 'staging', 'uat', '--json'])).stdout)).toMatchObject({ok: true, from: 'staging', to: 'uat', org: {alias: 'uat', isDefault: true}});

		const taken = await f.sfrt(['rename', 'uat', 'prod', '--json']);
		expect(taken.code).toBe(2);
		expect(parseJson(taken.stdout).error).toMatchObject({code: 'alias-taken', message: 'The alias "prod" is already used by user2@example.com.'});
		const bad = await f.sfrt(['rename', 'uat', 'has space']);
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('cannot be used');
		const missing = await f.sfrt(['rename', 'uat']);
		expect(missing.code).toBe(2);
		expect(f.store.list().map(org => org.alias)).toEqual(['prod', 'uat']);
	});
});

describe('sfrt remove', () => {
	it('revokes at Salesforce, forgets the org, says it was the default; a later refresh fails', async () => {
		const uat = await f.seed({alias: 'uat'});
		const run = await f.sfrt(['remove', 'uat']);
		expect(run.code).toBe(0);
		expect(run.stdout).toBe([
			'Revoked the refresh token of "uat" at Salesforce.',
			'✔ Removed "uat" (user1@example.com).',
			'It was the default org; there is no default now. Set one with "sfrt default <alias>".',
			'',
		].join('\n'));
		expect(f.store.list()).toEqual([]);
		expect(f.emulator.isRefreshTokenValid(uat.refreshToken)).toBe(false);
		await expect(fastClient().refresh({url: uat.instanceUrl, refreshToken: uat.refreshToken, clientId: uat.clientId, clientSecret: uat.clientSecret})).rejects.toMatchObject({code: 'refresh-token-invalid'});
	});

	it('--keep-remote and --json', async () => {
		const uat = await f.seed({alias: 'uat'});
		await f.seed({alias: 'prod', username: 'user2@example.com'});
		const json = parseJson((await f.sfrt(['remove', 'prod', '--keep-remote', '--json'])).stdout);
		expect(json).toEqual({ok: true, alias: 'prod', username: 'user2@example.com', revoke: 'skipped', revokedAt: null, revokeError: null, wasDefault: false});
		expect(f.emulator.isRefreshTokenValid(uat.refreshToken)).toBe(true);
		expect(f.store.list().map(org => org.alias)).toEqual(['uat']);
	});

	it('a failed revoke keeps the org (exit 1, the fix names --force); --force removes it', async () => {
		await f.seed({alias: 'uat'});
		await f.emulator.close();
		const failed = await f.sfrt(['remove', 'uat', '--json']);
		expect(failed.code).toBe(1);
		expect(parseJson(failed.stdout).error).toMatchObject({code: 'revoke-failed'});
		expect(parseJson(failed.stdout).error.hint).toContain('sfrt remove uat --force');
		expect(f.store.get('uat')).toBeDefined();
		const forced = await f.sfrt(['remove', 'uat', '--force']);
		expect(forced.code).toBe(0);
		expect(forced.stdout).toMatch(/Could not revoke the refresh token of "uat" \(Could not reach .*\); removed anyway \(--force\)/);
		expect(f.store.list()).toEqual([]);
	});

	it('needs an alias (exit 2)', async () => {
		await f.seed({alias: 'uat'});
		const run = await f.sfrt(['remove']);
		expect(run.code).toBe(2);
		expect(run.stderr).toContain('Name the org to remove');
		expect(f.store.list()).toHaveLength(1);
	});
});

describe('sfrt config path', () => {
	it('prints where the store lives; --json too; other subcommands are bad usage', async () => {
		const plain = await f.sfrt(['config', 'path']);
		expect(plain).toEqual({code: 0, stdout: `${path.join(f.configDir, 'orgs.json')}\n`, stderr: ''});
		expect(parseJson((await f.sfrt(['config', 'path', '--json'])).stdout)).toEqual({ok: true, path: path.join(f.configDir, 'orgs.json'), directory: f.configDir});
		expect(fs.statSync(f.configDir).mode & 0o777).toBe(0o700);
		for (const argv of [['config'], ['config', 'get']]) {
			const run = await f.sfrt([...argv, '--json']);
			expect(run.code).toBe(2);
			expect(parseJson(run.stdout).error.code).toBe('usage');
		}
	});
});
