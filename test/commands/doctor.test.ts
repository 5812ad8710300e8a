import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {SavedOrg} from '../../source/store/saved-org.js';
import {ensureBuilt, parseJson} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {freePort} from '../helpers/ports.js';

let f: EmulatorStore;
let storeFile: string;
beforeAll(ensureBuilt);
beforeEach(async () => {
	f = await startEmulatorStore({users: 2});
	storeFile = path.join(f.configDir, 'orgs.json');
});
afterEach(async () => {
	await f.close();
});

interface JsonCheck {
	id: string;
	status: 'pass' | 'warn' | 'fail';
	message: string;
	hint?: string;
	alias?: string;
}

/** Changes saved orgs in the file itself, as a hand edit (or time passing) would. */
function editOrg(alias: string, patch: Partial<SavedOrg>): void {
	const data = JSON.parse(fs.readFileSync(storeFile, 'utf8')) as {orgs: Record<string, SavedOrg>};
	data.orgs[alias] = {...data.orgs[alias]!, ...patch};
	fs.writeFileSync(storeFile, JSON.stringify(data));
}

/** uat (user1) and prod (user2), both with a callback port nothing else uses. */
async function seedTwo(): Promise<number> {
	const port = await freePort();
	await f.seed({alias: 'uat'});
	await f.seed({alias: 'prod', username: 'user2@example.com'});
	for (const alias of ['uat', 'prod']) editOrg(alias, {redirectUri: `http://localhost:${port}/OauthRedirect`});
	return port;
}

/** Runs `sfrt doctor --json`, checks the shape every answer has, and returns it. */
async function doctorJson(...argv: string[]) {
	const run = await f.sfrt(['doctor', ...argv, '--json']);
	// Only what opening the store put right (a looser mode, after the check saw it) may be on stderr.
	expect(run.stderr.replaceAll(/^.* could be read by other users \(mode \d+\): sfrt set it to \d+\.\n/gm, '')).toBe('');
	const json = parseJson(run.stdout) as {ok: boolean; checks: JsonCheck[]};
	expect(Object.keys(json)).toEqual(['ok', 'checks']);
	for (const check of json.checks) {
		expect(['pass', 'warn', 'fail']).toContain(check.status);
		expect(Object.keys(check)).toEqual(['id', 'status', 'message', ...(check.status === 'pass' ? [] : ['hint']), ...(check.alias === undefined ? [] : ['alias'])]);
		expect(check.message).not.toBe('');
		if (check.status !== 'pass') expect(check.hint).not.toBe('');
	}
	expect(json.ok).toBe(json.checks.every(check => check.status !== 'fail'));
	expect(run.code).toBe(json.ok ? 0 : 1);
	return {...json, code: run.code, stdout: run.stdout};
}

const find = (checks: JsonCheck[], id: string, alias?: string) => checks.find(check => check.id === id && check.alias === alias);

describe('sfrt doctor', () => {
	it('a healthy store: every check passes, in a stable order, and nothing secret is printed', async () => {
		await seedTwo();
		const before = f.store.get('uat')!;
		const json = await doctorJson();
		expect(json.code).toBe(0);
		expect(json.checks.map(check => [check.id, check.status, check.alias])).toEqual([
			['node', 'pass', undefined],
			['store', 'pass', undefined],
			['store-mode', 'pass', undefined],
			['proxy', 'pass', undefined],
			['ca', 'pass', undefined],
			['callback-port', 'pass', undefined],
			['reachable', 'pass', undefined],
			...['prod', 'uat'].flatMap(alias => ['token', 'identity', 'scope', 'idle'].map(id => [id, 'pass', alias])),
		]);
		expect(find(json.checks, 'identity', 'uat')!.message).toContain('user1@example.com');
		expect(find(json.checks, 'scope', 'uat')!.message).toContain('refresh_token');
		expect(find(json.checks, 'reachable')!.message).toContain(f.emulator.loginUrl);
		for (const secret of [before.refreshToken, before.clientSecret!, f.store.get('uat')!.accessToken!]) expect(json.stdout).not.toContain(secret);
		expect(f.store.get('uat')!.lastVerifiedAt >= before.lastVerifiedAt).toBe(true);
	});

	it('an empty store: Node, the store, proxy and CA are checked, and the org checks say there is nothing saved', async () => {
		const json = await doctorJson();
		expect(json.code).toBe(0);
		expect(json.checks.map(check => check.id)).toEqual(['node', 'store', 'store-mode', 'proxy', 'ca', 'orgs']);
		expect(find(json.checks, 'orgs')!.message).toMatch(/No saved orgs/);
	});

	it('a revoked org fails its token check with the fix (log in again), and the other org still passes', async () => {
		await seedTwo();
		f.emulator.revokeAllFor('user1@example.com');
		const json = await doctorJson();
		expect(json.ok).toBe(false);
		expect(json.code).toBe(1);
		const token = find(json.checks, 'token', 'uat')!;
		expect(token).toMatchObject({status: 'fail', message: expect.stringMatching(/no longer works/)});
		expect(token.hint).toContain('sfrt login --org uat');
		expect(find(json.checks, 'identity', 'uat')).toBeUndefined();
		expect(find(json.checks, 'scope', 'uat')).toBeUndefined();
		expect(find(json.checks, 'idle', 'uat')!.status).toBe('pass');
		expect(json.checks.filter(check => check.alias === 'prod').every(check => check.status === 'pass')).toBe(true);
	});

	it('an unreachable login host fails with the reason and the fix; so does the token of its org', async () => {
		await seedTwo();
		const closed = `http://127.0.0.1:${await freePort()}`;
		editOrg('prod', {loginUrl: closed, instanceUrl: closed});
		const json = await doctorJson();
		expect(json.code).toBe(1);
		const reachable = json.checks.filter(check => check.id === 'reachable');
		expect(reachable).toHaveLength(2);
		expect(reachable.find(check => check.status === 'pass')!.message).toContain(f.emulator.loginUrl);
		expect(reachable.find(check => check.status === 'fail')).toMatchObject({message: `sfrt cannot reach ${closed}: connection refused.`, hint: expect.stringMatching(/HTTPS_PROXY/)});
		expect(find(json.checks, 'token', 'prod')).toMatchObject({status: 'fail', message: expect.stringMatching(/connection refused/)});
		expect(find(json.checks, 'token', 'uat')!.status).toBe('pass');
	});

	it('a loose file mode and folder mode fail with the chmod to run', async () => {
		await seedTwo();
		fs.chmodSync(storeFile, 0o644);
		fs.chmodSync(f.configDir, 0o755);
		const json = await doctorJson();
		expect(json.code).toBe(1);
		expect(find(json.checks, 'store-mode')).toEqual({
			id: 'store-mode',
			status: 'fail',
			message: `The saved orgs file ${storeFile} has mode 0644: other users on this machine may read your refresh tokens. Its folder ${f.configDir} has mode 0755, not 0700.`,
			hint: `Run: chmod 600 ${storeFile} && chmod 700 ${f.configDir}`,
		});
		// The doctor's refreshes saved the file again, at 0600: loosen it once more.
		fs.chmodSync(storeFile, 0o644);
		fs.chmodSync(f.configDir, 0o700);
		expect(find((await doctorJson()).checks, 'store-mode')!.hint).toBe(`Run: chmod 600 ${storeFile}`);
	});

	it('a token unused for 30 days warns with a crontab line; warnings alone exit 0', async () => {
		await seedTwo();
		const monthAgo = Date.now() - 30 * 24 * 60 * 60_000;
		editOrg('uat', {lastVerifiedAt: new Date(monthAgo).toISOString(), accessTokenIssuedAt: monthAgo});
		const json = await doctorJson();
		expect(json.code).toBe(0);
		expect(json.ok).toBe(true);
		const idle = find(json.checks, 'idle', 'uat')!;
		expect(idle).toMatchObject({status: 'warn', message: expect.stringMatching(/unused for 30 days/)});
		expect(idle.hint).toMatch(/Refresh Token Policy[\s\S]*crontab -e[\s\S]*0 9 \* \* 1 sfrt refresh --all$/);
		expect(find(json.checks, 'idle', 'prod')!.status).toBe('pass');
	});

	it('a callback port in use warns with what holds it; a username changed at Salesforce warns; a mixed-up entry fails', async () => {
		const port = await seedTwo();
		const holder = net.createServer();
		await new Promise<void>(resolve => holder.listen(port, '127.0.0.1', resolve));
		try {
			editOrg('uat', {username: 'old-name@example.com'});
			editOrg('prod', {userId: '005xx0000000009AAA'});
			const json = await doctorJson();
			expect(find(json.checks, 'callback-port')).toMatchObject({status: 'warn', message: `Callback port ${port} is in use.`, hint: expect.stringMatching(/Another sfrt login or another program/)});
			expect(find(json.checks, 'identity', 'uat')).toMatchObject({status: 'warn', message: expect.stringMatching(/from old-name@example\.com to user1@example\.com/)});
			expect(f.store.get('uat')!.username).toBe('user1@example.com');
			expect(find(json.checks, 'identity', 'prod')).toMatchObject({status: 'fail', hint: expect.stringMatching(/sfrt login --org prod/)});
			expect(json.code).toBe(1);
		} finally {
			await new Promise(resolve => holder.close(resolve));
		}
	});

	it('with an alias, checks only that org; an unknown alias is bad usage (exit 2), like sfrt show nope', async () => {
		await seedTwo();
		const json = await doctorJson('uat');
		expect(json.checks.filter(check => check.alias !== undefined).map(check => check.alias)).toEqual(['uat', 'uat', 'uat', 'uat']);
		const unknown = await f.sfrt(['doctor', 'nope', '--json']);
		expect(unknown.code).toBe(2);
		expect(parseJson(unknown.stdout)).toMatchObject({ok: false, error: {code: 'org-not-found'}});
		const plain = await f.sfrt(['doctor', 'nope']);
		expect(plain).toMatchObject({code: 2, stdout: ''});
		expect(plain.stderr).toBe((await f.sfrt(['show', 'nope'])).stderr);
	});

	it('human output: ✓, ! and ✗ with the message, the fix indented under warnings and failures, a summary', async () => {
		await seedTwo();
		fs.chmodSync(storeFile, 0o640);
		const monthAgo = Date.now() - 30 * 24 * 60 * 60_000;
		editOrg('uat', {lastVerifiedAt: new Date(monthAgo).toISOString(), accessTokenIssuedAt: monthAgo});
		const run = await f.built(['doctor']);
		expect(run.code).toBe(1);
		expect(run.stderr).toBe(`${storeFile} could be read by other users (mode 640): sfrt set it to 600.\n`);
		expect(run.stdout).toMatch(/^✓ Node \d+\.\d+\.\d+\n✓ The saved orgs file .* reads fine \(2 orgs\)\.\n/);
		expect(run.stdout).toMatch(new RegExp(`^✗ The saved orgs file ${storeFile} has mode 0640: .*\\n {4}Fix: Run: chmod 600 ${storeFile}\\n`, 'm'));
		expect(run.stdout).toMatch(/^✓ uat: The refresh token works\.$/m);
		expect(run.stdout).toMatch(/^! uat: The refresh token had gone unused for 30 days .*\n {4}Fix: Apps can expire refresh tokens/m);
		expect(run.stdout).toMatch(/\n\n1 failed, 1 warning: each with its fix above\.\n$/);
		expect(run.stdout).not.toMatch(/\u001B\[/);
	});
});
