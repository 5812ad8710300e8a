import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ACCESS_TOKEN_SAFE_AGE_MS} from '../../source/orgs/access-token.js';
import {parseJson} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {seedApp} from '../helpers/seed-org.js';

let f: EmulatorStore;
beforeEach(async () => {
	f = await startEmulatorStore({users: 2});
});
afterEach(async () => {
	await f.close();
});

const refreshGrants = () => f.emulator.requests.filter(request => request.form?.grant_type === 'refresh_token').length;

describe('sfrt token', () => {
	it('prints the saved young access token and nothing else, without asking Salesforce', async () => {
		const uat = await f.seed({alias: 'uat'});
		const before = refreshGrants();
		const run = await f.sfrt(['token']);
		expect(run).toEqual({code: 0, stdout: `${uat.accessToken}\n`, stderr: ''});
		expect(refreshGrants()).toBe(before);
	});

	it('refreshes a token older than 30 minutes, saves it, and the new one works at the instance', async () => {
		await f.seed({alias: 'uat'});
		f.store.update('uat', {accessTokenIssuedAt: Date.now() - ACCESS_TOKEN_SAFE_AGE_MS - 1000});
		const old = f.store.get('uat')!.accessToken;
		const run = await f.sfrt(['token', 'uat']);
		expect(run.code).toBe(0);
		const token = run.stdout.trim();
		expect(run.stdout).toBe(`${token}\n`);
		expect(token).not.toBe(old);
		expect(f.store.get('uat')!.accessToken).toBe(token);
		const userinfo = await fetch(`${f.emulator.instanceUrl}/services/oauth2/userinfo`, {headers: {authorization: `Bearer ${token}`}});
		expect(userinfo.status).toBe(200);
	});

	it('--fresh always refreshes; --json gives accessToken, instanceUrl, issuedAt', async () => {
		const uat = await f.seed({alias: 'uat'});
		const before = refreshGrants();
		const run = await f.sfrt(['token', 'uat', '--fresh', '--json']);
		expect(run.code).toBe(0);
		const json = parseJson(run.stdout);
		expect(json).toMatchObject({ok: true, instanceUrl: f.emulator.instanceUrl, alias: 'uat', username: 'user1@example.com', refreshed: true, rotated: false});
		expect(json.accessToken).not.toBe(uat.accessToken);
		expect(json.accessToken).toBe(f.store.get('uat')!.accessToken);
		expect(Date.parse(json.issuedAt)).toBe(f.store.get('uat')!.accessTokenIssuedAt);
		expect(refreshGrants()).toBe(before + 1);
	});

	it('saves a rotated refresh token at once', async () => {
		const uat = await f.seed({alias: 'uat'});
		f.emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const json = parseJson((await f.sfrt(['token', '--fresh', '--json'])).stdout);
		expect(json.rotated).toBe(true);
		expect(f.emulator.isRefreshTokenValid(uat.refreshToken)).toBe(false);
		expect(f.emulator.isRefreshTokenValid(f.store.get('uat')!.refreshToken)).toBe(true);
	});

	it('a revoked token: nothing on stdout, exit 1, the fix on stderr; --json gives the error', async () => {
		await f.seed({alias: 'uat'});
		f.emulator.revokeAllFor('user1@example.com');
		const plain = await f.sfrt(['token', '--fresh']);
		expect(plain.code).toBe(1);
		expect(plain.stdout).toBe('');
		expect(plain.stderr).toMatch(/refresh token no longer works[\s\S]*Fix: .*Log in again/);
		const json = await f.sfrt(['token', '--fresh', '--json']);
		expect(parseJson(json.stdout)).toMatchObject({ok: false, error: {code: 'refresh-token-invalid'}});
	});
});
