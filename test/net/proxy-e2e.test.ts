/**
 * sfrt behind a company proxy that inspects TLS: Salesforce (the emulator, on https:// with a
 * certificate from a test CA) is reachable only through a CONNECT proxy, which alone resolves
 * login.sfrt.test and org.sfrt.test. The built CLI gets HTTPS_PROXY and NODE_EXTRA_CA_CERTS.
 */
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {startEmulator, type Emulator} from '../../source/emulator/index.js';
import {makeCertificates, type TestCertificates} from '../helpers/certificates.js';
import {ensureBuilt, parseJson, runBuilt, startBuilt, type CliResult} from '../helpers/cli.js';
import {startConnectProxy, type ConnectProxy} from '../helpers/connect-proxy.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {freePort} from '../helpers/ports.js';
import {removeTempDirs, tempDir} from '../helpers/temp-dir.js';

const loginHost = 'login.sfrt.test';
const instanceHost = 'org.sfrt.test';
const user = {username: 'ada@corp.example', password: 'pw'};
const clientId = '3MVG9proxyTestKey';
const clientSecret = 'proxy-test-secret-0123456789';
const proxyPassword = 'Pr0xyPa55w0rd';

let certificates: TestCertificates;
let emulator: Emulator;
let proxy: ConnectProxy;
let guardedProxy: ConnectProxy;
let callback: string;
let configDir: string;

beforeAll(async () => {
	ensureBuilt();
	certificates = makeCertificates([loginHost, instanceHost]);
	callback = `http://localhost:${await freePort()}/OauthRedirect`;
	emulator = await startEmulator({
		apps: [{clientId, clientSecret, callbackUrls: [callback]}],
		users: [user],
		autoApprove: user.username,
		tls: {key: certificates.key, cert: certificates.cert},
		hostname: {login: loginHost, instance: instanceHost},
	});
	proxy = await startConnectProxy();
	guardedProxy = await startConnectProxy({credentials: {user: 'ada', password: proxyPassword}});
	configDir = path.join(tempDir(), 'config');
}, 30_000);
afterAll(async () => {
	await Promise.all([emulator?.close(), proxy?.close(), guardedProxy?.close()]);
	removeTempDirs();
});

/** The child's environment: the config folder, the proxy, and the company CA unless told otherwise. */
function env(extra: NodeJS.ProcessEnv = {}, {ca = true} = {}): NodeJS.ProcessEnv {
	return {SFRT_CONFIG_DIR: configDir, SFRT_CLIENT_SECRET: clientSecret, HTTPS_PROXY: proxy.url, ...(ca ? {NODE_EXTRA_CA_CERTS: certificates.caFile} : {}), ...extra};
}

const loginArgs = (alias: string) => ['login', '--json', '--no-browser', '--client-id', clientId, '--domain', emulator.loginUrl, '--redirect-uri', callback, '--alias', alias];

/**
 * The browser's part: it reaches the emulator its own way (resolving the name to 127.0.0.1 and
 * trusting the test CA), is redirected to sfrt's catcher on localhost, and follows that directly.
 */
async function approveInBrowser(authorizeUrl: string): Promise<void> {
	const location = await new Promise<string>((resolve, reject) => {
		const lookup = ((_host: string, options: {all?: boolean}, done: (...args: unknown[]) => void) => (options.all ? done(null, [{address: '127.0.0.1', family: 4}]) : done(null, '127.0.0.1', 4))) as never;
		const request = https.get(authorizeUrl, {ca: fs.readFileSync(certificates.caFile), lookup}, response => {
			response.resume();
			if (response.statusCode === 302 && response.headers.location) resolve(response.headers.location);
			else reject(new Error(`authorize answered ${response.statusCode}`));
		});
		request.on('error', reject);
	});
	expect(location.startsWith(`${callback}?code=`)).toBe(true);
	await fetch(location, {redirect: 'manual'});
}

async function refresh(alias: string, extra: NodeJS.ProcessEnv = {}, options: {ca?: boolean} = {}): Promise<{result: CliResult; outcome: Record<string, any>}> {
	const result = await runBuilt(['refresh', alias, '--json'], {env: env(extra, options)});
	return {result, outcome: parseJson(result.stdout).results[0]};
}

function expectTlsUntrusted(error: Record<string, any>, host: string) {
	expect(error).toMatchObject({code: 'tls-untrusted', message: expect.stringContaining(`The certificate of ${host} is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE)`)});
	expect(error.hint).toContain('export NODE_EXTRA_CA_CERTS=/path/to/company-ca.pem');
}

describe('behind a company proxy', () => {
	it('logs in through the proxy, while the catcher on localhost is reached directly', async () => {
		const run = startBuilt(loginArgs('corp'), {env: env()});
		const [authorizeUrl] = await run.waitForStderr(/https:\/\/login\.sfrt\.test:\d+\/services\/oauth2\/authorize\?\S+/);
		await approveInBrowser(authorizeUrl).catch((error: unknown) => {
			run.child.kill();
			throw error;
		});
		const result = await run.exit;
		expect(result.code, result.stderr).toBe(0);
		expect(parseJson(result.stdout)).toMatchObject({ok: true, org: {alias: 'corp', username: user.username, instanceUrl: `https://${instanceHost}:${new URL(emulator.instanceUrl).port}`}});
		const saved = JSON.parse(fs.readFileSync(path.join(configDir, 'orgs.json'), 'utf8')).orgs.corp;
		expect(emulator.isRefreshTokenValid(saved.refreshToken)).toBe(true);

		// The preflight check, the code exchange and the identity read: each a tunnel to Salesforce, none to loopback.
		expect(proxy.tunnels()).toBeGreaterThanOrEqual(3);
		expect(proxy.connects.every(target => /^(login|org)\.sfrt\.test:\d+$/.test(target))).toBe(true);
		expect(proxy.connects.some(target => target.startsWith(`${loginHost}:`))).toBe(true);
	});

	it('refreshes through the proxy', async () => {
		const before = proxy.tunnels();
		const {result, outcome} = await refresh('corp');
		expect(result.code, result.stderr).toBe(0);
		expect(outcome).toMatchObject({alias: 'corp', state: 'ok', error: null});
		expect(proxy.tunnels() - before).toBeGreaterThanOrEqual(2);
		expect(proxy.connects.slice(-2).some(target => target.startsWith(`${instanceHost}:`))).toBe(true);
	});

	it('doctor through the proxy: the login host reachable, the token working; without the CA, the certificate named', async () => {
		const before = proxy.tunnels();
		const healthy = await runBuilt(['doctor', 'corp', '--json'], {env: env()});
		const checks = parseJson(healthy.stdout).checks as Array<Record<string, string>>;
		expect(checks.find(check => check.id === 'reachable')).toMatchObject({status: 'pass'});
		expect(checks.find(check => check.id === 'token')).toMatchObject({status: 'pass', alias: 'corp'});
		expect(checks.find(check => check.id === 'proxy')?.message).toContain(`127.0.0.1:${proxy.port}`);
		expect(proxy.tunnels() - before).toBeGreaterThanOrEqual(2);

		const untrusted = await runBuilt(['doctor', 'corp', '--json'], {env: env({}, {ca: false})});
		expect(untrusted.code).toBe(1);
		const failed = (parseJson(untrusted.stdout).checks as Array<Record<string, string>>).filter(check => check.status === 'fail');
		expect(failed.map(check => check.id)).toEqual(expect.arrayContaining(['reachable', 'token']));
		expect(failed.find(check => check.id === 'token')!.hint).toContain('NODE_EXTRA_CA_CERTS');
	});

	it('without the company CA: tls-untrusted, pointing at NODE_EXTRA_CA_CERTS', async () => {
		const {result, outcome} = await refresh('corp', {}, {ca: false});
		expect(result.code).toBe(1);
		expect(outcome.state).toBe('unreachable');
		expectTlsUntrusted(outcome.error, `${instanceHost}:${new URL(emulator.instanceUrl).port}`);

		const login = await runBuilt(loginArgs('never'), {env: env({}, {ca: false})});
		expect(login.code).toBe(1);
		const output = parseJson(login.stdout);
		expect(output.ok).toBe(false);
		expectTlsUntrusted(output.error, `${loginHost}:${new URL(emulator.loginUrl).port}`);
	});

	it('a proxy that wants a password: proxy-auth-required without one; with it in the URL, works and never shows it', async () => {
		const login = await runBuilt(loginArgs('never'), {env: env({HTTPS_PROXY: guardedProxy.url})});
		expect(login.code).toBe(1);
		const error = parseJson(login.stdout).error;
		expect(error).toMatchObject({code: 'proxy-auth-required', message: `The proxy ${guardedProxy.url} asks for a user name and password (HTTP 407).`});
		expect(error.hint).toContain('HTTPS_PROXY=http://user:password@proxy.example.com:3128');

		const {outcome: refused} = await refresh('corp', {HTTPS_PROXY: guardedProxy.url});
		expect(refused.error.code).toBe('proxy-auth-required');

		const wrong = await refresh('corp', {https_proxy: `http://ada:wrong-${proxyPassword}@127.0.0.1:${guardedProxy.port}`});
		expect(wrong.outcome.error).toMatchObject({code: 'proxy-auth-required', message: `The proxy ${guardedProxy.url} refused the user name and password in https_proxy (HTTP 407).`});
		expect(wrong.result.stdout + wrong.result.stderr).not.toContain(proxyPassword);

		const tunnels = guardedProxy.tunnels();
		const {result, outcome} = await refresh('corp', {HTTPS_PROXY: `http://ada:${proxyPassword}@127.0.0.1:${guardedProxy.port}`});
		expect(result.code, result.stderr).toBe(0);
		expect(outcome.state).toBe('ok');
		expect(guardedProxy.tunnels()).toBeGreaterThan(tunnels);
		expect(result.stdout + result.stderr).not.toContain(proxyPassword);
	});

	it('a proxy nobody listens on: proxy-unreachable, naming it and its variable', async () => {
		const port = await freePort();
		const {outcome} = await refresh('corp', {HTTPS_PROXY: `http://ada:${proxyPassword}@127.0.0.1:${port}`});
		expect(outcome.error).toMatchObject({code: 'proxy-unreachable', message: `sfrt cannot reach the proxy http://127.0.0.1:${port} (set in HTTPS_PROXY): connection refused.`});
		expect(JSON.stringify(outcome)).not.toContain(proxyPassword);
	});

	it('NO_PROXY=.sfrt.test: sfrt goes direct, and cannot find the host', async () => {
		const connects = proxy.connects.length;
		const {result, outcome} = await refresh('corp', {NO_PROXY: '.sfrt.test'});
		expect(result.code).toBe(1);
		expect(outcome.error).toMatchObject({code: 'network', message: expect.stringMatching(/^Could not reach https:\/\/org\.sfrt\.test:\d+\/services\/oauth2\/token: host not found\.$/)});
		expect(proxy.connects.length).toBe(connects);
	});
});

describe('loopback with a proxy set', () => {
	let local: EmulatorStore;
	beforeAll(async () => {
		local = await startEmulatorStore();
		await local.seed({alias: 'local'});
	});
	afterAll(() => local?.close());

	it('never goes through the proxy (the emulator on 127.0.0.1 answers directly)', async () => {
		const connects = proxy.connects.length;
		const result = await runBuilt(['refresh', 'local', '--json'], {env: {...local.env, HTTPS_PROXY: proxy.url, HTTP_PROXY: proxy.url, http_proxy: proxy.url}});
		expect(result.code, result.stdout).toBe(0);
		expect(parseJson(result.stdout).results[0].state).toBe('ok');
		expect(proxy.connects.length).toBe(connects);
	});
});
