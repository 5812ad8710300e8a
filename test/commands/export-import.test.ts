import {parseEnv} from 'node:util';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {SALESFORCE_CLI_SFDX_URL_PATTERN} from '../../source/orgs/sfdx-url.js';
import {parseJson} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {seedApp} from '../helpers/seed-org.js';

let f: EmulatorStore;
let g: EmulatorStore;
beforeEach(async () => {
	f = await startEmulatorStore({users: 2});
	g = await startEmulatorStore({users: 1});
});
afterEach(async () => {
	await f.close();
	await g.close();
});

describe('sfrt export', () => {
	it('env (the default): dotenv lines with the secrets in clear', async () => {
		const uat = await f.seed({alias: 'uat'});
		const run = await f.sfrt(['export', 'uat']);
		expect(run.code).toBe(0);
		expect(parseEnv(run.stdout)).toEqual({
			SF_CLIENT_ID: uat.clientId,
			SF_CLIENT_SECRET: uat.clientSecret,
			SF_REFRESH_TOKEN: uat.refreshToken,
			SF_INSTANCE_URL: f.emulator.instanceUrl,
			SF_LOGIN_URL: f.emulator.loginUrl,
			SF_USERNAME: 'user1@example.com',
		});
	});

	it('shell, json and --json', async () => {
		const uat = await f.seed({alias: 'uat'});
		const shell = await f.sfrt(['export', '--format', 'shell']);
		expect(shell.stdout).toContain(`export SF_REFRESH_TOKEN='${uat.refreshToken}'\n`);
		expect(shell.stdout.split('\n').filter(Boolean).every(line => /^export SF_[A-Z_]+='[^']*'$/.test(line))).toBe(true);
		const json = JSON.parse((await f.sfrt(['export', 'uat', '-f', 'json'])).stdout) as Record<string, unknown>;
		expect(json).toMatchObject({alias: 'uat', clientId: uat.clientId, clientSecret: uat.clientSecret, refreshToken: uat.refreshToken, instanceUrl: f.emulator.instanceUrl});
		const wrapped = parseJson((await f.sfrt(['export', 'uat', '--format', 'sfdx-url', '--json'])).stdout);
		expect(wrapped).toEqual({ok: true, alias: 'uat', format: 'sfdx-url', output: `force://${uat.clientId}:${uat.clientSecret}:${uat.refreshToken}@${new URL(f.emulator.instanceUrl).host}\n`});
	});

	it('an unknown format is bad usage (exit 2)', async () => {
		await f.seed({alias: 'uat'});
		const run = await f.sfrt(['export', 'uat', '--format', 'yaml', '--json']);
		expect(run.code).toBe(2);
		expect(parseJson(run.stdout)).toMatchObject({ok: false, error: {code: 'bad-export-format', hint: 'Use --format env, shell, json or sfdx-url.'}});
	});
});

describe('sfrt import', () => {
	it('reads back what export --format sfdx-url wrote, piped on stdin, in another store', async () => {
		const uat = await f.seed({alias: 'uat'});
		const url = (await f.sfrt(['export', 'uat', '--format', 'sfdx-url'])).stdout;
		const match = SALESFORCE_CLI_SFDX_URL_PATTERN.exec(url.trim());
		expect(match?.slice(1, 4)).toEqual([uat.clientId, uat.clientSecret, uat.refreshToken]);
		expect(url.trim()).toMatch(/^force:\/\/[\w.-]+:[\w.-]*:[\w.-]+={0,2}@127\.0\.0\.1:\d+$/);

		const run = await g.sfrt(['import', '--alias', 'copied'], url);
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^✔ Imported user1@example\.com, saved as "copied"\./);
		expect(run.stdout).not.toContain(uat.refreshToken);
		expect(g.store.get('copied')).toMatchObject({username: 'user1@example.com', orgId: uat.orgId, refreshToken: uat.refreshToken, clientSecret: uat.clientSecret});
	});

	it('takes the URL as an argument or "-", and the Salesforce CLI\'s JSON; --json masks secrets unless --reveal', async () => {
		const uat = await f.seed({alias: 'uat'});
		const url = (await f.sfrt(['export', 'uat', '--format', 'sfdx-url'])).stdout.trim();
		const byArgument = await g.sfrt(['import', url, '--json']);
		expect(byArgument.code).toBe(0);
		const json = parseJson(byArgument.stdout);
		expect(json).toMatchObject({ok: true, replaced: null, rotated: false, org: {alias: 'user1@example.com', isDefault: true}});
		for (const secret of [uat.refreshToken, uat.clientSecret!]) expect(byArgument.stdout).not.toContain(secret);

		const again = parseJson((await g.sfrt(['import', '-', '--json', '--reveal'], JSON.stringify({status: 0, result: {sfdxAuthUrl: url}}))).stdout);
		expect(again).toMatchObject({ok: true, replaced: 'user1@example.com', org: {refreshToken: uat.refreshToken, clientSecret: uat.clientSecret}});
		expect(again.notes).toEqual(['This login was saved before (as "user1@example.com"); its entry was updated.']);
		expect(g.store.list()).toHaveLength(1);
	});

	it('with rotation: saved with the new token, and says the URL\'s token is dead', async () => {
		const uat = await f.seed({alias: 'uat'});
		f.emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const url = (await f.sfrt(['export', 'uat', '--format', 'sfdx-url'])).stdout;
		const run = await f.sfrt(['import', '-', '--alias', 'again'], url);
		expect(run.code).toBe(0);
		expect(run.stderr).toContain('the one in the URL no longer works');
		expect(f.emulator.isRefreshTokenValid(uat.refreshToken)).toBe(false);
		expect(f.emulator.isRefreshTokenValid(f.store.get('again')!.refreshToken)).toBe(true);
	});

	it('a bad URL: exit 2, a clear message, and none of its secret parts echoed', async () => {
		const secret = '5Aep861SECRETvalue$$';
		for (const input of [`force://3MVG9abc:topsecretvalue:${secret}@acme.my.salesforce.com`, `https://3MVG9abc:topsecretvalue:${secret}@acme.my.salesforce.com`, 'force://3MVG9abc:topsecretvalue']) {
			const plain = await g.sfrt(['import', '-'], input);
			expect(plain.code).toBe(2);
			expect(plain.stderr).toMatch(/That is not an SFDX auth URL/);
			const json = await g.sfrt(['import', '--json'], input);
			expect(json.code).toBe(2);
			expect(parseJson(json.stdout)).toMatchObject({ok: false, error: {code: 'bad-sfdx-url'}});
			for (const output of [plain.stdout, plain.stderr, json.stdout, json.stderr]) {
				expect(output).not.toContain('topsecretvalue');
				expect(output).not.toContain('SECRETvalue');
			}
		}
		const empty = await g.sfrt(['import'], '');
		expect(empty.code).toBe(2);
		expect(empty.stderr).toContain('No SFDX auth URL was given.');
		expect(g.store.list()).toEqual([]);
	});
});
