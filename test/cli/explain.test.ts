/**
 * --explain: each step on stderr (the authorize URL's parameters, every request and answer,
 * retries), run against the emulator with known secret values: none of them may appear in the
 * output, and --json on stdout stays what it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {parseJson} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {freePort} from '../helpers/ports.js';
import {seedApp} from '../helpers/seed-org.js';

let f: EmulatorStore;
beforeEach(async () => {
	f = await startEmulatorStore();
});
afterEach(() => f.close());

const savedOrgs = () => JSON.parse(fs.readFileSync(path.join(f.configDir, 'orgs.json'), 'utf8')).orgs;

/** Every secret value this run could leak: the app's secret and each token saved now. */
function secretsNow(extra: string[] = []): string[] {
	const values = [seedApp().clientSecret!, ...extra];
	for (const org of Object.values<Record<string, string>>(fs.existsSync(path.join(f.configDir, 'orgs.json')) ? savedOrgs() : {})) {
		values.push(org.refreshToken!, ...(org.accessToken ? [org.accessToken] : []));
	}
	return values.filter(value => value.length > 8);
}

function expectNoSecrets(output: string, secrets: string[]) {
	for (const secret of secrets) expect(output).not.toContain(secret);
}

describe('--explain', () => {
	it('refresh: the token request, its answer and the identity request, on stderr, secrets redacted; --json unchanged', async () => {
		const org = await f.seed({alias: 'uat'});
		const plain = await f.built(['refresh', 'uat', '--json']);
		const result = await f.built(['refresh', 'uat', '--json', '--explain']);
		expect(result.code, result.stderr).toBe(0);
		const shape = (stdout: string) => Object.keys(parseJson(stdout)).sort();
		expect(shape(result.stdout)).toEqual(shape(plain.stdout));
		const lines = result.stderr.split('\n');
		expect(lines).toContain(`explain: → POST ${f.emulator.instanceUrl}/services/oauth2/token`);
		expect(lines).toContain('explain:     grant_type: refresh_token');
		expect(lines).toContain('explain:     refresh_token: [redacted]');
		expect(lines).toContain('explain:     client_secret: [redacted]');
		expect(lines.some(line => /^explain: ← HTTP 200 in \d+ ms$/.test(line))).toBe(true);
		expect(lines).toContain('explain:     access_token: [redacted]');
		expect(lines).toContain(`explain: → GET ${f.emulator.loginUrl}/id/${org.orgId}/${org.userId}`);
		expectNoSecrets(result.stdout + result.stderr, [org.refreshToken, org.accessToken ?? '', ...secretsNow()]);
	});

	it('says why it sends a request again (a revoke may be repeated)', async () => {
		await f.seed({alias: 'uat'});
		f.emulator.faults.failNext(1, '5xx');
		const result = await f.built(['remove', 'uat', '--explain']);
		expect(result.code, result.stderr).toBe(0);
		expect(result.stderr).toMatch(/explain: ← HTTP 5\d\d in \d+ ms/);
		expect(result.stderr).toMatch(/explain: ↻ sending it again \(attempt 2 of 3\) after HTTP 5\d\d/);
	});

	it('login: the authorize URL parameter by parameter, the code arriving, the exchange; no code, verifier, secret or token shown', async () => {
		const port = await freePort();
		const redirectUri = `http://localhost:${port}/OauthRedirect`;
		f.emulator.app(seedApp().clientId)!.callbackUrls = [redirectUri];
		const run = f.start(['login', '--paste', '--json', '--explain', '--client-id', seedApp().clientId, '--domain', f.emulator.loginUrl, '--redirect-uri', redirectUri], {env: {SFRT_CLIENT_SECRET: seedApp().clientSecret!}, keepStdin: true});
		const [url] = await run.waitForStderr(/http:\/\/127\.0\.0\.1:\d+\/services\/oauth2\/authorize\?\S+/);
		await run.waitForStderr(/paste here/);
		const location = (await fetch(url, {redirect: 'manual'})).headers.get('location')!;
		const code = new URL(location).searchParams.get('code')!;
		run.child.stdin!.end(`${location}\n`);
		const result = await run.exit;
		expect(result.code, result.stderr).toBe(0);
		const lines = result.stderr.split('\n');
		expect(lines).toContain(`explain: the authorize URL: ${f.emulator.loginUrl}/services/oauth2/authorize`);
		for (const parameter of ['response_type: code', `client_id: ${seedApp().clientId}`, `redirect_uri: ${redirectUri}`, 'scope: api refresh_token', 'code_challenge_method: S256']) {
			expect(lines).toContain(`explain:     ${parameter}`);
		}
		expect(lines).toContain('explain: the authorization code arrived (its value is not shown); its state matched this login');
		expect(lines).toContain('explain:     grant_type: authorization_code');
		expect(lines).toContain('explain:     code: [redacted]');
		expect(lines).toContain('explain:     code_verifier: [redacted]');
		expect(parseJson(result.stdout)).toMatchObject({ok: true});
		expectNoSecrets(result.stdout + result.stderr, [code, ...secretsNow()]);
	});

	it('import and remove: the SFDX URL\'s refresh token and secret never shown', async () => {
		const org = await f.seed({alias: 'source'});
		const sfdxUrl = (await f.built(['export', 'source', '--format', 'sfdx-url'])).stdout.trim();
		const imported = await f.built(['import', '-', '--alias', 'copy', '--explain'], sfdxUrl);
		expect(imported.code, imported.stderr).toBe(0);
		expect(imported.stderr).toContain('explain:     refresh_token: [redacted]');
		const removed = await f.built(['remove', 'copy', '--explain']);
		expect(removed.code, removed.stderr).toBe(0);
		expect(removed.stderr).toContain('/services/oauth2/revoke');
		expect(removed.stderr).toContain('explain:     token: [redacted]');
		expectNoSecrets(imported.stdout + imported.stderr + removed.stdout + removed.stderr, [org.refreshToken, ...secretsNow()]);
	});

	it('doctor --explain: its reachability and refresh requests on stderr, the JSON report unchanged', async () => {
		await f.seed({alias: 'uat'});
		const result = await f.built(['doctor', 'uat', '--json', '--explain']);
		expect(Object.keys(parseJson(result.stdout))).toEqual(['ok', 'checks']);
		expect(result.stderr).toContain(`explain: → GET ${f.emulator.loginUrl}/.well-known/openid-configuration`);
		expect(result.stderr).toContain('explain:     grant_type: refresh_token');
		expectNoSecrets(result.stdout + result.stderr, secretsNow());
	});

	it('token --explain: stdout is the access token alone; stderr never shows it', async () => {
		await f.seed({alias: 'uat'});
		const result = await f.built(['token', 'uat', '--fresh', '--explain']);
		expect(result.code, result.stderr).toBe(0);
		const token = result.stdout.trim();
		expect(token).toMatch(/^00D/);
		expect(result.stderr).toContain('explain: → POST');
		expectNoSecrets(result.stderr, [token, ...secretsNow()]);
	});
});
