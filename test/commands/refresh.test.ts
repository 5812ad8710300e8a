import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {parseJson} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {seedApp} from '../helpers/seed-org.js';

let f: EmulatorStore;
beforeEach(async () => {
	f = await startEmulatorStore({users: 12});
});
afterEach(async () => {
	await f.close();
});

describe('sfrt refresh', () => {
	it('refreshes and verifies the default org; lastVerifiedAt moves', async () => {
		const uat = await f.seed({alias: 'uat'});
		const run = await f.sfrt(['refresh']);
		expect(run.code).toBe(0);
		expect(run.stdout).toBe('✔ uat  ok (user1@example.com)\n');
		expect(f.store.get('uat')!.lastVerifiedAt >= uat.lastVerifiedAt).toBe(true);
		expect(f.store.get('uat')!.accessToken).not.toBe(uat.accessToken);
	});

	it('--all over 12 orgs with a bound: all ok in --json; one revoked makes exit 1 with its fix', async () => {
		const orgs = await Promise.all(Array.from({length: 12}, (_, index) => f.seed({alias: `org-${String(index + 1).padStart(2, '0')}`, username: `user${index + 1}@example.com`})));
		const all = await f.sfrt(['refresh', '--all', '--concurrency', '3', '--json']);
		expect(all.code).toBe(0);
		const json = parseJson(all.stdout);
		expect(json.ok).toBe(true);
		expect(json.results).toHaveLength(12);
		expect(json.results.every((result: {state: string; error: unknown}) => result.state === 'ok' && result.error === null)).toBe(true);

		f.emulator.revokeAllFor('user7@example.com');
		const partial = await f.sfrt(['refresh', '--all']);
		expect(partial.code).toBe(1);
		expect(partial.stdout).toMatch(/^✖ org-07 {2}revoked or expired\n {4}The refresh token no longer works.*\n {4}Fix: .*Log in again/m);
		expect(partial.stdout).toMatch(/^✔ org-08 {2}ok \(user8@example\.com\)$/m);
		expect(partial.stdout).toMatch(/11 of 12 orgs ok\.\n$/);
		const partialJson = parseJson((await f.sfrt(['refresh', '--all', '--json'])).stdout);
		expect(partialJson.ok).toBe(false);
		expect(partialJson.results.find((result: {alias: string}) => result.alias === 'org-07')).toMatchObject({state: 'revoked', error: {code: 'refresh-token-invalid'}});
		expect(JSON.stringify(partialJson)).not.toContain(orgs[0]!.refreshToken);
	});

	it('app not installed and invalid client are told apart, each with the fix', async () => {
		await f.seed({alias: 'uat'});
		f.emulator.app(seedApp().clientId)!.installed = false;
		const json = parseJson((await f.sfrt(['refresh', 'uat', '--json'])).stdout);
		expect(json.results[0]).toMatchObject({state: 'app-not-installed', error: {code: 'app-not-installed'}});
		expect(json.results[0].error.hint).toMatch(/External Client App/);
		f.emulator.app(seedApp().clientId)!.installed = true;
		f.emulator.app(seedApp().clientId)!.clientSecret = 'CHANGED00000000000000000000000000000000000000000000000000000000';
		const plain = await f.sfrt(['refresh', 'uat']);
		expect(plain.code).toBe(1);
		expect(plain.stdout).toMatch(/✖ uat {2}invalid client[\s\S]*Fix: Copy the Consumer Secret again/);
	});

	it('a 5xx answer is reported, never answered by a second refresh grant', async () => {
		await f.seed({alias: 'uat'});
		const grants = () => f.emulator.requests.filter(request => request.form?.grant_type === 'refresh_token').length;
		const before = grants();
		f.emulator.faults.failNext(1, '5xx');
		const run = await f.sfrt(['refresh', 'uat', '--json']);
		expect(run.code).toBe(1);
		expect(parseJson(run.stdout).results[0]).toMatchObject({state: 'unreachable', error: {code: 'http-error'}});
		expect(grants() - before).toBe(1);
		const again = await f.sfrt(['refresh', 'uat', '--json']);
		expect(again.code).toBe(0);
	});

	it('a rotated refresh token is saved and reported', async () => {
		const uat = await f.seed({alias: 'uat'});
		f.emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const run = await f.sfrt(['refresh', 'uat']);
		expect(run.stdout).toContain('the app rotates refresh tokens: the new one is saved');
		expect(f.emulator.isRefreshTokenValid(uat.refreshToken)).toBe(false);
		expect(f.emulator.isRefreshTokenValid(f.store.get('uat')!.refreshToken)).toBe(true);
	});

	it('bad usage exits 2: an alias with --all, a bad --concurrency, an unknown alias', async () => {
		await f.seed({alias: 'uat'});
		for (const argv of [['refresh', 'uat', '--all'], ['refresh', '--all', '--concurrency', '0'], ['refresh', '--all', '--concurrency', 'x'], ['refresh', 'nope']]) {
			const run = await f.sfrt([...argv, '--json']);
			expect(run.code, argv.join(' ')).toBe(2);
			expect(parseJson(run.stdout).ok).toBe(false);
		}
		const empty = await startEmulatorStore({users: 1});
		try {
			const none = await empty.sfrt(['refresh', '--all']);
			expect(none).toMatchObject({code: 0, stdout: 'No saved orgs to refresh.\n'});
		} finally {
			await empty.close();
		}
	});
});
