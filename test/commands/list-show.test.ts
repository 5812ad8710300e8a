import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {parseJson} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';

let f: EmulatorStore;
beforeEach(async () => {
	f = await startEmulatorStore({users: 2});
});
afterEach(async () => {
	await f.close();
});

describe('sfrt list', () => {
	it('an empty store: a friendly message, exit 0; --json gives an empty list', async () => {
		const plain = await f.sfrt(['list']);
		expect(plain).toMatchObject({code: 0, stderr: ''});
		expect(plain.stdout).toMatch(/No saved orgs yet\. Run "sfrt login"/);
		const json = await f.sfrt(['list', '--json']);
		expect(json.code).toBe(0);
		expect(parseJson(json.stdout)).toEqual({ok: true, orgs: [], defaultAlias: null, storePath: f.store.path, damaged: []});
	});

	it('a table with alias, username, org id, kind, instance, default marker and last verified', async () => {
		const uat = await f.seed({alias: 'uat'});
		await f.seed({alias: 'prod', username: 'user2@example.com'});
		const {code, stdout} = await f.sfrt(['list']);
		expect(code).toBe(0);
		const lines = stdout.trimEnd().split('\n');
		expect(lines[0]).toMatch(/^\s+ALIAS\s+USERNAME\s+ORG ID\s+KIND\s+INSTANCE\s+VERIFIED$/);
		expect(lines[1]).toMatch(new RegExp(`^\\s+prod\\s+user2@example\\.com\\s+${uat.orgId}\\s+local emulator\\s+${f.emulator.instanceUrl}\\s+just now$`));
		expect(lines[2]).toMatch(new RegExp(`^\\*\\s+uat\\s+user1@example\\.com\\s+${uat.orgId}\\s+local emulator\\s+${f.emulator.instanceUrl}\\s+just now$`));
		expect(lines[3]).toBe('2 orgs; * is the default.');
		expect(stdout).not.toContain(uat.refreshToken);
		f.store.remove('uat');
		expect((await f.sfrt(['list'])).stdout).toMatch(/^ {2}ALIAS[\s\S]*\n1 org; no default \(set one with "sfrt default <alias>"\)\.\n$/);
	});

	it('--json: every org, the default, and no secrets at all', async () => {
		const uat = await f.seed({alias: 'uat'});
		const json = parseJson((await f.sfrt(['list', '--json'])).stdout);
		expect(json).toMatchObject({ok: true, defaultAlias: 'uat'});
		expect(json.orgs).toEqual([{
			alias: 'uat', username: 'user1@example.com', orgId: uat.orgId, kind: 'local', kindLabel: 'local emulator',
			instanceUrl: f.emulator.instanceUrl, isDefault: true, lastVerifiedAt: uat.lastVerifiedAt,
		}]);
		const text = JSON.stringify(json);
		for (const secret of [uat.refreshToken, uat.accessToken!, uat.clientSecret!]) expect(text).not.toContain(secret);
	});
});

describe('sfrt show', () => {
	it('shows the default org with secrets masked, and a tip', async () => {
		const uat = await f.seed({alias: 'uat'});
		const {code, stdout} = await f.sfrt(['show']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/^Alias\s+uat \(default\)$/m);
		expect(stdout).toMatch(new RegExp(`^Refresh token\\s+${uat.refreshToken.slice(0, 4)}…${uat.refreshToken.slice(-4)}$`, 'm'));
		expect(stdout).toMatch(/^Consumer Secret\s+\S{4}…\S{4}$/m);
		for (const secret of [uat.refreshToken, uat.accessToken!, uat.clientSecret!]) expect(stdout).not.toContain(secret);
		expect(stdout).toContain('sfrt show uat --reveal');
	});

	it('--reveal prints the secrets', async () => {
		const uat = await f.seed({alias: 'uat'});
		const {stdout} = await f.sfrt(['show', 'uat', '--reveal']);
		for (const secret of [uat.refreshToken, uat.accessToken!, uat.clientSecret!]) expect(stdout).toContain(secret);
	});

	it('--json masks secrets unless --reveal', async () => {
		const uat = await f.seed({alias: 'uat'});
		await f.seed({alias: 'other', username: 'user2@example.com'});
		const masked = parseJson((await f.sfrt(['show', 'uat', '--json'])).stdout);
		expect(masked).toMatchObject({ok: true, org: {alias: 'uat', username: 'user1@example.com', isDefault: true, instanceUrl: f.emulator.instanceUrl, kindLabel: 'local emulator'}});
		expect(masked.org.refreshToken).toBe(`${uat.refreshToken.slice(0, 4)}…${uat.refreshToken.slice(-4)}`);
		const maskedText = JSON.stringify(masked);
		for (const secret of [uat.refreshToken, uat.accessToken!, uat.clientSecret!]) expect(maskedText).not.toContain(secret);

		const revealed = parseJson((await f.sfrt(['show', 'uat', '--json', '--reveal'])).stdout);
		expect(revealed.org).toMatchObject({refreshToken: uat.refreshToken, accessToken: uat.accessToken, clientSecret: uat.clientSecret});
		expect(parseJson((await f.sfrt(['show', 'other', '--json'])).stdout).org.isDefault).toBe(false);
	});

	it('an unknown alias, or no default: exit 2 with the fix', async () => {
		const none = await f.sfrt(['show', '--json']);
		expect(none.code).toBe(2);
		expect(parseJson(none.stdout)).toMatchObject({ok: false, error: {code: 'no-default-org'}});
		await f.seed({alias: 'uat'});
		const unknown = await f.sfrt(['show', 'nope']);
		expect(unknown.code).toBe(2);
		expect(unknown.stdout).toBe('');
		expect(unknown.stderr).toMatch(/No saved org is called "nope"[\s\S]*Fix: Run "sfrt list"/);
	});
});
