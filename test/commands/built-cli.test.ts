import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ensureBuilt, parseJson} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {loginToEmulator} from '../helpers/seed-org.js';
import {exportOrg} from '../../source/orgs/export.js';
import {savedOrgFromLogin} from '../../source/store/from-login.js';

let f: EmulatorStore;
beforeAll(async () => {
	ensureBuilt();
	f = await startEmulatorStore({users: 16});
});
afterAll(async () => {
	await f.close();
});

describe('node dist/cli.js', () => {
	it('16 imports started at once in separate processes: every org is saved', async () => {
		// Sixteen logins, each a different user, turned into SFDX auth URLs without saving them.
		const urls = await Promise.all(Array.from({length: 16}, async (_, index) => {
			const {settings, result} = await loginToEmulator(f.emulator, {username: `user${index + 1}@example.com`});
			return exportOrg(savedOrgFromLogin(result, settings, `u${index + 1}`), 'sfdx-url');
		}));
		const runs = await Promise.all(urls.map((url, index) => f.built(['import', '-', '--alias', `org-${index + 1}`, '--json'], url)));
		for (const run of runs) {
			expect(run.stderr).toBe('');
			expect(run.code).toBe(0);
			expect(parseJson(run.stdout).ok).toBe(true);
		}
		const saved = f.store.list();
		expect(saved).toHaveLength(16);
		expect(new Set(saved.map(org => org.username)).size).toBe(16);
		expect(saved.map(org => org.alias).sort()).toEqual(Array.from({length: 16}, (_, index) => `org-${index + 1}`).sort());
	});

	it('list --json, token, refresh --all and export as a child process', async () => {
		const list = await f.built(['list', '--json']);
		expect(list.code).toBe(0);
		const json = parseJson(list.stdout);
		expect(json.orgs).toHaveLength(16);
		const first = f.store.get('org-1')!;
		expect(list.stdout).not.toContain(first.refreshToken);

		const token = await f.built(['token', 'org-1', '--fresh']);
		expect(token.code).toBe(0);
		expect(token.stdout).toBe(`${f.store.get('org-1')!.accessToken}\n`);
		expect(token.stdout.trim()).not.toBe(first.accessToken);

		const refresh = await f.built(['refresh', '--all', '--json']);
		expect(refresh.code).toBe(0);
		expect(parseJson(refresh.stdout).results.map((result: {state: string}) => result.state)).toEqual(Array.from({length: 16}, () => 'ok'));

		const exported = await f.built(['export', 'org-2', '--format', 'sfdx-url']);
		expect(exported.stdout).toBe(exportOrg(f.store.get('org-2')!, 'sfdx-url'));
	});

	it('remove revokes for real; exit codes and the JSON error shape hold', async () => {
		const org = f.store.get('org-3')!;
		const removed = await f.built(['remove', 'org-3', '--json']);
		expect(parseJson(removed.stdout)).toMatchObject({ok: true, revoke: 'revoked'});
		expect(f.emulator.isRefreshTokenValid(org.refreshToken)).toBe(false);

		const missing = await f.built(['show', 'org-3', '--json']);
		expect(missing.code).toBe(2);
		expect(parseJson(missing.stdout)).toEqual({ok: false, error: {code: 'org-not-found', message: 'No saved org is called "org-3".', hint: 'Run "sfrt list" to see the saved orgs, or "sfrt login" to add one.'}});
	});
});
