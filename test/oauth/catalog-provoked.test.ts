/**
 * Every error in the OAuth catalog, provoked through the code path that reports it: the
 * emulator over HTTP with the app, user or fault that causes it; Salesforce's real answer
 * replayed where the emulator has no such path; or the local condition itself (a port taken,
 * a timeout, a pasted address). Each case checks the code and that the hint is the catalog's.
 * A code added to the catalog without a case here fails this file (and the type check).
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import type {ErrorText} from '../../source/errors.js';
import {deviceSource} from '../../source/login/device.js';
import {codeFromPaste} from '../../source/login/paste.js';
import {resolveLoginSettings, resolveScopes} from '../../source/login/settings.js';
import {readCallback} from '../../source/oauth/callback.js';
import {startCatcher} from '../../source/oauth/catcher.js';
import {resolveLoginHost} from '../../source/oauth/hosts.js';
import {requestJson} from '../../source/oauth/http.js';
import {prepareLogin, type PendingLogin} from '../../source/oauth/login.js';
import {oauthErrors, type OAuthErrorCode} from '../../source/oauth/messages.js';
import {errorFromPageText, unknownPageError} from '../../source/oauth/page-error.js';
import {checkAuthorizeUrl} from '../../source/oauth/preflight.js';
import {parseRedirectUri, type RedirectUri} from '../../source/oauth/redirect-uri.js';
import {ensureBuilt, repoRoot} from '../helpers/cli.js';
import {makeCertificates} from '../helpers/certificates.js';
import {createGateway} from '../../source/net/gateway.js';
import {readProxySettings} from '../../source/net/proxy.js';
import {createTokenClient} from '../../source/oauth/token-client.js';
import {failureOf, identityAnswer, replay, tokenAnswer} from '../helpers/replay.js';
import {fastClient, loginToEmulator, seedApp, seedCallbackUrl, seedUser, startSeedEmulator} from '../helpers/seed-org.js';

/** None left out: the proxy and TLS failures are provoked here too (their end-to-end tests are in test/net). */
const addedElsewhere = [] as const;
type Covered = Exclude<OAuthErrorCode, (typeof addedElsewhere)[number]>;

/** What a case gives back: the error as sfrt reports it (only its code and hint are checked). */
type Reported = {code: string; hint: string};
type Case = {how: string; provoke: () => Promise<Reported | undefined>};

let emulator: Emulator;
const client = fastClient();
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'sfrt-provoked-'));

const app = (name: string, overrides: Partial<Parameters<typeof seedApp>[0]> = {}) => seedApp({clientId: `3MVG9${name}.${'x'.repeat(60)}`, ...overrides});
const apps = {
	seed: seedApp(),
	pkce: app('pkce', {requirePkce: true}),
	device: app('device', {enableDeviceFlow: true}),
	blocked: app('blocked', {blocked: true}),
	notInstalled: app('notInstalled', {installed: false}),
	crossOrg: app('crossOrg', {createdInOtherOrg: true}),
	noRefresh: app('noRefresh', {allowRefreshTokenScope: false}),
	restricted: app('restricted', {adminApprovedUsers: ['someone.else@example.com']}),
	narrow: app('narrow', {allowedScopes: ['api']}),
	immediate: app('immediate'),
	policy: app('policy'),
};

beforeAll(async () => {
	emulator = await startSeedEmulator([seedUser(1), seedUser(2), seedUser(3)], {apps: Object.values(apps)});
});
afterAll(async () => {
	await emulator?.close();
	fs.rmSync(temp, {recursive: true, force: true});
});

/** The authorize URL of an app, as sfrt builds it, with parameters changed or left out (undefined). */
function authorizeUrl(clientId: string, changes: Record<string, string | undefined> = {}): string {
	const url = new URL(prepareLogin(settingsFor(clientId)).authorizeUrl);
	for (const [name, value] of Object.entries(changes)) {
		if (value === undefined) url.searchParams.delete(name);
		else url.searchParams.set(name, value);
	}
	return url.toString();
}

function settingsFor(clientId: string, scopes = 'api refresh_token') {
	return resolveLoginSettings({clientId, domain: emulator.loginUrl, redirectUri: seedCallbackUrl, scopes});
}

/** Follows an authorize URL as the browser would: the redirect's error as the catcher reads it, or the page's text as a person copies it. */
async function authorizeOutcome(url: string): Promise<Reported | undefined> {
	const response = await fetch(url, {redirect: 'manual'});
	const location = response.headers.get('location');
	if (location) {
		const query = new URL(location).searchParams;
		const result = readCallback(query, {state: query.get('state') ?? ''});
		return result.kind === 'error' ? result.error : undefined;
	}
	return errorFromPageText(visibleText(await response.text()));
}

function visibleText(html: string): string {
	return html.replaceAll(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ').replaceAll(/<[^>]+>/g, ' ').replaceAll('&#39;', '\'').replaceAll('&quot;', '"').replaceAll('&amp;', '&').replaceAll(/\s+/g, ' ');
}

async function freePort(): Promise<{port: number; server: net.Server}> {
	const server = net.createServer();
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	return {port: (server.address() as net.AddressInfo).port, server};
}

async function catcherFailure(redirectUri: RedirectUri, options: {timeoutMs?: number; signal?: AbortSignal} = {}): Promise<Reported> {
	try {
		const catcher = await startCatcher({redirectUri, state: 'state-1', ...options});
		const error = await failureOf(catcher.code);
		await catcher.close();
		return error;
	} catch (error) {
		return error as Reported;
	}
}

/** Catching a throw or a rejection, or taking an error handed back. */
async function reported(provoke: () => unknown): Promise<Reported | undefined> {
	try {
		const value = await provoke();
		return value && typeof value === 'object' && 'code' in value ? (value as Reported) : undefined;
	} catch (error) {
		return error as Reported;
	}
}

function pendingPaste(): PendingLogin {
	return prepareLogin(resolveLoginSettings({clientId: apps.seed.clientId, domain: 'login', redirectUri: seedCallbackUrl}, {paste: true}));
}

/** A login through the emulator with the app, as user N; its tokens for a later refresh. */
async function loggedIn(which: keyof typeof apps, user = 1) {
	const {result} = await loginToEmulator(emulator, {app: apps[which], username: seedUser(user).username});
	return result.tokens;
}

const refreshOf = (which: keyof typeof apps, tokens: {refreshToken: string; instanceUrl: string}, secret = apps[which].clientSecret) =>
	client.refresh({url: tokens.instanceUrl, refreshToken: tokens.refreshToken, clientId: apps[which].clientId, clientSecret: secret});

const json = (body: Record<string, string>, status = 400) => ({status, body: JSON.stringify(body)});

/** A refresh sent to a Salesforce host through the proxy these variables name: no request leaves this machine. */
function refreshThroughProxy(env: NodeJS.ProcessEnv, url = 'https://login.salesforce.com') {
	const proxied = createTokenClient({gateway: createGateway({proxy: readProxySettings(env)}), retryDelayMs: () => 0, timeoutMs: 5000});
	return failureOf(proxied.refresh({url, refreshToken: '5Aep-never-sent', clientId: apps.seed.clientId}));
}

/** A proxy on loopback that answers every CONNECT with this status. */
async function proxyAnswering(status: string): Promise<{url: string; close(): void}> {
	const server = net.createServer(socket => socket.once('data', () => socket.end(`HTTP/1.1 ${status}\r\nContent-Length: 0\r\n\r\n`)));
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	return {url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`, close: () => server.close()};
}

const cases: Record<Covered, Case> = {
	// Input sfrt checks before talking to Salesforce.
	'bad-domain': {how: '--domain with spaces', provoke: () => reported(() => resolveLoginHost('my org'))},
	'lightning-domain': {how: 'a Lightning host', provoke: () => reported(() => resolveLoginHost('https://acme.lightning.force.com'))},
	'insecure-domain': {how: 'http:// login host', provoke: () => reported(() => resolveLoginHost('http://acme.my.salesforce.com'))},
	'bad-redirect-uri': {how: 'a callback URL not on loopback', provoke: () => reported(() => parseRedirectUri('https://example.com/callback'))},
	'missing-client-id': {how: 'no Consumer Key', provoke: () => reported(() => resolveLoginSettings({clientId: ' '}))},
	'bad-scopes': {how: 'comma-separated scopes', provoke: () => reported(() => resolveScopes('api,refresh_token!'))},

	// The loopback catcher.
	'port-in-use': {how: 'another program listens on the callback port', async provoke() {
		const {port, server} = await freePort();
		try {
			return await catcherFailure(parseRedirectUri(`http://127.0.0.1:${port}/OauthRedirect`));
		} finally {
			server.close();
		}
	}},
	'port-permission': {how: 'port 80 as an unprivileged user (a child process as nobody when the tests run as root)', async provoke() {
		const redirectUri = parseRedirectUri('http://127.0.0.1:80/OauthRedirect');
		if (process.getuid?.() !== 0) return catcherFailure(redirectUri);
		ensureBuilt();
		const module = (name: string) => pathToFileURL(path.join(repoRoot, 'build', 'source', 'oauth', name)).href;
		const script = `import {startCatcher} from '${module('catcher.js')}';
			import {parseRedirectUri} from '${module('redirect-uri.js')}';
			try { const catcher = await startCatcher({redirectUri: parseRedirectUri('${redirectUri.url}'), state: 's'}); await catcher.close(); console.log('{}'); }
			catch (error) { console.log(JSON.stringify({code: error.code, hint: error.hint})); }`;
		return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], {uid: 65_534, gid: 65_534, encoding: 'utf8', cwd: os.tmpdir()})) as Reported;
	}},
	'loopback-failed': {how: 'an address this machine does not have', provoke: () => catcherFailure({url: 'http://192.0.2.1:1717/OauthRedirect', hostname: '192.0.2.1', port: 1717, path: '/OauthRedirect'})},
	'login-timeout': {how: 'no redirect in time', async provoke() {
		const {port, server} = await freePort();
		server.close();
		return catcherFailure(parseRedirectUri(`http://127.0.0.1:${port}/OauthRedirect`), {timeoutMs: 30});
	}},
	cancelled: {how: 'Ctrl+C while waiting', async provoke() {
		const {port, server} = await freePort();
		server.close();
		return catcherFailure(parseRedirectUri(`http://127.0.0.1:${port}/OauthRedirect`), {signal: AbortSignal.abort()});
	}},
	'state-mismatch': {how: 'a redirect from another login attempt: the page the catcher shows', async provoke() {
		const {port, server} = await freePort();
		server.close();
		const catcher = await startCatcher({redirectUri: parseRedirectUri(`http://127.0.0.1:${port}/OauthRedirect`), state: 'mine'});
		try {
			const page = visibleText(await (await fetch(`http://127.0.0.1:${port}/OauthRedirect?code=x&state=theirs`)).text());
			const entry = oauthErrors['state-mismatch'];
			return page.includes(entry.message) && page.includes(entry.hint) ? {code: 'state-mismatch', hint: entry.hint} : undefined;
		} finally {
			await catcher.close();
		}
	}},

	// Salesforce's answers at the authorize step (the emulator; a page's text where Salesforce shows one).
	'access-denied': {how: 'a user the app does not admit', provoke: () => authorizeOutcome(authorizeUrl(apps.restricted.clientId))},
	'invalid-client-id': {how: 'an unknown Consumer Key, found by the preflight', provoke: async () => checkAuthorizeUrl(authorizeUrl('3MVG9unknown'), {redirectUri: seedCallbackUrl})},
	'redirect-uri-mismatch': {how: 'an unregistered callback URL, found by the preflight', provoke: async () => checkAuthorizeUrl(authorizeUrl(apps.seed.clientId, {redirect_uri: 'http://localhost:1718/OauthRedirect'}), {redirectUri: 'http://localhost:1718/OauthRedirect'})},
	'redirect-uri-missing': {how: 'no redirect_uri', provoke: async () => checkAuthorizeUrl(authorizeUrl(apps.seed.clientId, {redirect_uri: undefined}), {redirectUri: seedCallbackUrl})},
	'pkce-required': {how: 'an app requiring PKCE, asked without a challenge', provoke: () => authorizeOutcome(authorizeUrl(apps.pkce.clientId, {code_challenge: undefined, code_challenge_method: undefined}))},
	'invalid-request': {how: 'a code challenge method Salesforce does not take', provoke: () => authorizeOutcome(authorizeUrl(apps.seed.clientId, {code_challenge_method: 'S512'}))},
	'invalid-scope': {how: 'a scope the app lacks: the OAUTH_APPROVAL_ERROR_GENERIC page', provoke: () => authorizeOutcome(authorizeUrl(apps.narrow.clientId))},
	'app-not-installed': {how: 'an app not installed in the org: its page', provoke: () => authorizeOutcome(authorizeUrl(apps.notInstalled.clientId))},
	'app-blocked': {how: 'a blocked app: its page', provoke: () => authorizeOutcome(authorizeUrl(apps.blocked.clientId))},
	'cross-org-app': {how: 'an External Client App from another org: its page', provoke: () => authorizeOutcome(authorizeUrl(apps.crossOrg.clientId))},
	'app-must-be-installed': {how: 'Salesforce\'s page, pasted', provoke: async () => errorFromPageText('OAUTH_APPROVAL_ERROR_GENERIC : app must be installed into org')},
	'approval-error': {how: 'Salesforce\'s generic page, pasted', provoke: async () => errorFromPageText('Remote Access Authorization Error OAUTH_APPROVAL_ERROR_GENERIC : An unexpected error has occured during authentication. Please try again.')},
	'login-hours': {how: 'Salesforce\'s login page, pasted', provoke: async () => errorFromPageText('You can\'t log in at this time. Your access is restricted by login hours.')},
	'login-ip-restricted': {how: 'Salesforce\'s login page, pasted', provoke: async () => errorFromPageText('Login failed: your IP address is restricted (Login IP Ranges).')},
	'my-domain-required': {how: 'Salesforce\'s login page with the My Domain policy on, pasted', provoke: async () => errorFromPageText('You can\'t log in from login.salesforce.com. Log in using your company\'s My Domain login URL.')},
	'page-error': {how: 'a page sfrt does not know, pasted', provoke: async () => errorFromPageText('Something went sideways') ?? unknownPageError('Something went sideways')},
	'immediate-unsuccessful': {how: 'immediate=true before the user approved the app', provoke: () => authorizeOutcome(authorizeUrl(apps.immediate.clientId, {immediate: 'true', prompt: undefined}))},
	'unsupported-response-type': {how: 'response_type=token', provoke: () => authorizeOutcome(authorizeUrl(apps.seed.clientId, {response_type: 'token'}))},
	'oauth-flow-disabled': {how: 'Salesforce\'s answer, replayed', provoke: () => failureOf(replay([json({error: 'oauth_flow_disabled', error_description: 'this flow is disabled'})]).client.refresh({url: 'https://acme.my.salesforce.com', refreshToken: '5Aep', clientId: '3MVG9x'}))},

	// The device flow.
	'device-flow-disabled': {how: 'the device flow through an app without it', provoke: () => failureOf(client.requestDeviceCode({loginUrl: emulator.loginUrl, clientId: apps.seed.clientId, scopes: ['api', 'refresh_token']}))},
	'authorization-pending': {how: 'a poll before the user approved', async provoke() {
		const device = await client.requestDeviceCode({loginUrl: emulator.loginUrl, clientId: apps.device.clientId, scopes: ['api', 'refresh_token']});
		return failureOf(client.pollDevice({loginUrl: emulator.loginUrl, clientId: apps.device.clientId, deviceCode: device.deviceCode}));
	}},
	'slow-down': {how: 'two polls within the interval', async provoke() {
		const device = await client.requestDeviceCode({loginUrl: emulator.loginUrl, clientId: apps.device.clientId, scopes: ['api', 'refresh_token']});
		const poll = () => client.pollDevice({loginUrl: emulator.loginUrl, clientId: apps.device.clientId, deviceCode: device.deviceCode});
		await failureOf(poll());
		return failureOf(poll());
	}},
	'device-expired': {how: 'nobody approves before the code expires', async provoke() {
		let clock = Date.now();
		const source = deviceSource(client, {now: () => clock, sleep: async () => {
			clock += 11 * 60_000;
		}});
		const channel = await source.open(prepareLogin(settingsFor(apps.device.clientId)), new AbortController().signal);
		const error = await failureOf(channel.grant);
		await channel.close();
		return error;
	}},

	// Salesforce's answers at the token endpoint.
	'authentication-failure': {how: 'a code Salesforce never issued', provoke: () => failureOf(client.exchangeCode({loginUrl: emulator.loginUrl, code: 'aPrxNotACode==', clientId: apps.seed.clientId, clientSecret: apps.seed.clientSecret, redirectUri: seedCallbackUrl, codeVerifier: 'v'.repeat(43)}))},
	'expired-code': {how: 'a code exchanged after 15 minutes', async provoke() {
		const pending = prepareLogin(settingsFor(apps.seed.clientId));
		const code = new URL((await fetch(pending.authorizeUrl, {redirect: 'manual'})).headers.get('location')!).searchParams.get('code')!;
		emulator.advanceTime(16 * 60_000);
		return failureOf(client.exchangeCode({loginUrl: emulator.loginUrl, code, clientId: apps.seed.clientId, clientSecret: apps.seed.clientSecret, redirectUri: seedCallbackUrl, codeVerifier: pending.codeVerifier}));
	}},
	'invalid-code-verifier': {how: 'another login\'s verifier', async provoke() {
		const pending = prepareLogin(settingsFor(apps.seed.clientId));
		const code = new URL((await fetch(pending.authorizeUrl, {redirect: 'manual'})).headers.get('location')!).searchParams.get('code')!;
		return failureOf(client.exchangeCode({loginUrl: emulator.loginUrl, code, clientId: apps.seed.clientId, clientSecret: apps.seed.clientSecret, redirectUri: seedCallbackUrl, codeVerifier: prepareLogin(settingsFor(apps.seed.clientId)).codeVerifier}));
	}},
	'refresh-token-invalid': {how: 'a refresh token an admin revoked', async provoke() {
		const tokens = await loggedIn('seed', 2);
		emulator.revokeAllFor(seedUser(2).username);
		return failureOf(refreshOf('seed', tokens));
	}},
	'invalid-grant': {how: 'Salesforce\'s invalid_grant with a reason sfrt has no own fix for, replayed', provoke: () => failureOf(replay([json({error: 'invalid_grant', error_description: 'user hasn\'t approved this consumer'})]).client.refresh({url: 'https://acme.my.salesforce.com', refreshToken: '5Aep', clientId: '3MVG9x'}))},
	'invalid-client': {how: 'a wrong Consumer Secret', async provoke() {
		return failureOf(refreshOf('seed', await loggedIn('seed'), 'wrong-secret'));
	}},
	'unsupported-grant-type': {how: 'a grant type Salesforce does not know', provoke: () => failureOf(requestJson({method: 'POST', url: `${emulator.loginUrl}/services/oauth2/token`, form: {grant_type: 'magic', client_id: apps.seed.clientId}}))},
	'invalid-app-access': {how: 'the app\'s Permitted Users changed after the login', async provoke() {
		const tokens = await loggedIn('policy', 3);
		emulator.app(apps.policy.clientId)!.adminApprovedUsers = ['someone.else@example.com'];
		return failureOf(refreshOf('policy', tokens));
	}},
	'inactive-user': {how: 'a user deactivated after the login', async provoke() {
		const tokens = await loggedIn('seed', 3);
		emulator.user(seedUser(3).username)!.active = false;
		try {
			return await failureOf(refreshOf('seed', tokens));
		} finally {
			emulator.user(seedUser(3).username)!.active = true;
		}
	}},
	'inactive-org': {how: 'an org deactivated after the login', async provoke() {
		const tokens = await loggedIn('seed');
		emulator.orgActive = false;
		try {
			return await failureOf(refreshOf('seed', tokens));
		} finally {
			emulator.orgActive = true;
		}
	}},
	'rate-limit-exceeded': {how: 'Salesforce\'s answer past 3,600 logins an hour, replayed', provoke: () => failureOf(replay([json({error: 'rate_limit_exceeded', error_description: 'rate limit exceeded'})]).client.refresh({url: 'https://acme.my.salesforce.com', refreshToken: '5Aep', clientId: '3MVG9x'}))},
	'invalid-token': {how: 'revoking a token Salesforce does not know', provoke: () => failureOf(client.revoke({url: emulator.loginUrl, token: '5Aep861NotAToken'}))},
	'unsupported-token-type': {how: 'revoking with no token', provoke: () => failureOf(client.revoke({url: emulator.loginUrl, token: ''}))},
	'salesforce-retry': {how: '"retry your request" every time, replayed', provoke: () => failureOf(replay(Array.from({length: 3}, () => json({error: 'unknown_error', error_description: 'retry your request'}))).client.refresh({url: 'https://acme.my.salesforce.com', refreshToken: '5Aep', clientId: '3MVG9x'}))},
	'salesforce-error': {how: 'an error code sfrt has never seen, replayed', provoke: () => failureOf(replay([json({error: 'brand_new_error', error_description: 'something new'})]).client.refresh({url: 'https://acme.my.salesforce.com', refreshToken: '5Aep', clientId: '3MVG9x'}))},

	// What sfrt checks in Salesforce's answers.
	'no-refresh-token': {how: 'an app without the refresh_token scope', provoke: () => failureOf(loggedIn('noRefresh'))},
	'not-json': {how: 'an HTML page where JSON belongs', async provoke() {
		const tokens = await loggedIn('seed');
		emulator.faults.failNext(1, 'html');
		return failureOf(refreshOf('seed', tokens));
	}},
	'bad-response': {how: 'a token answer without instance_url, replayed', provoke: () => failureOf(replay([{status: 200, body: tokenAnswer({orgId: '00D5e000000AbcdEAC', userId: '0055e000001XyZaAAK'}, {instance_url: ''})}]).client.refresh({url: 'https://acme.my.salesforce.com', refreshToken: '5Aep', clientId: '3MVG9x'}))},
	'identity-mismatch': {how: 'an identity answer about another user, replayed', provoke: () => failureOf(replay([{status: 200, body: identityAnswer({orgId: '00D5e000000AbcdEAC', userId: '0055e000009ZZZZAA4'})}]).client.identity({id: 'https://login.salesforce.com/id/00D5e000000AbcdEAC/0055e000001XyZaAAK', accessToken: 'x'}))},
	'login-host-unreachable': {how: 'a login address nobody listens on', async provoke() {
		const {port, server} = await freePort();
		server.close();
		return checkAuthorizeUrl(`http://127.0.0.1:${port}/services/oauth2/authorize?client_id=x`, {redirectUri: seedCallbackUrl});
	}},
	'not-a-login-host': {how: 'a host without the authorize endpoint', provoke: async () => checkAuthorizeUrl(`${emulator.loginUrl}/s/services/oauth2/authorize?client_id=x`, {redirectUri: seedCallbackUrl})},
	'http-error': {how: 'Salesforce answers the refresh with a 5xx (not sent again: it may have acted on it)', async provoke() {
		const tokens = await loggedIn('seed');
		emulator.faults.failNext(1, '5xx');
		return failureOf(refreshOf('seed', tokens));
	}},
	network: {how: 'the connection dropped during the code exchange', async provoke() {
		emulator.faults.failNext(1, 'drop');
		return failureOf(client.exchangeCode({loginUrl: emulator.loginUrl, code: 'aPrx==', clientId: apps.seed.clientId, redirectUri: seedCallbackUrl, codeVerifier: 'v'.repeat(43)}));
	}},

	// Paste mode.
	'paste-empty': {how: 'Enter with nothing pasted', provoke: () => reported(() => codeFromPaste('  \n', pendingPaste()))},
	'paste-no-code': {how: 'the login page\'s own address', provoke: () => reported(() => {
		const pending = pendingPaste();
		return codeFromPaste(`${seedCallbackUrl}?state=${pending.state}`, pending);
	})},
	'paste-other-login': {how: 'the address another login ended on', provoke: () => reported(() => codeFromPaste(`${seedCallbackUrl}?code=aPrx${'a'.repeat(60)}%3D%3D&state=another`, pendingPaste()))},
	'paste-damaged': {how: 'a code without its ==', provoke: () => reported(() => codeFromPaste(`aPrx${'a'.repeat(80)}`, pendingPaste()))},
	'paste-unrecognised': {how: 'the words of a page sfrt does not know', provoke: () => reported(() => codeFromPaste('Problem Logging In\n\nAn unexpected error occurred', pendingPaste()))},

	// A company network.
	'proxy-unreachable': {how: 'HTTPS_PROXY names a port nobody listens on', async provoke() {
		const server = net.createServer();
		await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
		const {port} = server.address() as net.AddressInfo;
		await new Promise(resolve => server.close(resolve));
		return refreshThroughProxy({HTTPS_PROXY: `http://127.0.0.1:${port}`});
	}},
	'proxy-auth-required': {how: 'the proxy answers CONNECT with 407', async provoke() {
		const proxy = await proxyAnswering('407 Proxy Authentication Required');
		try {
			return await refreshThroughProxy({HTTPS_PROXY: proxy.url});
		} finally {
			proxy.close();
		}
	}},
	'proxy-refused': {how: 'the proxy answers CONNECT with 403', async provoke() {
		const proxy = await proxyAnswering('403 Forbidden');
		try {
			return await refreshThroughProxy({HTTPS_PROXY: proxy.url});
		} finally {
			proxy.close();
		}
	}},
	'proxy-url-invalid': {how: 'HTTPS_PROXY holds a SOCKS address', provoke: () => refreshThroughProxy({HTTPS_PROXY: 'socks5://127.0.0.1:1080'})},
	'tls-untrusted': {how: 'a host whose certificate comes from a CA this machine does not trust', async provoke() {
		const certificates = makeCertificates(['localhost']);
		const server = https.createServer({key: certificates.key, cert: certificates.cert}, (_request, response) => response.end('{}'));
		await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
		try {
			return await failureOf(client.refresh({url: `https://localhost:${(server.address() as net.AddressInfo).port}`, refreshToken: '5Aep-never-sent', clientId: apps.seed.clientId}));
		} finally {
			server.close();
		}
	}},
};

/** The catalog's hint (or a variant's) with every {placeholder} standing for any value. */
function hintPattern(entry: ErrorText): RegExp {
	const hints = [entry.hint, ...Object.values(entry.variants ?? {}).map(variant => variant.hint).filter((hint): hint is string => hint !== undefined)];
	const escape = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(/\\\{\w+\\\}/g, '.+?');
	return new RegExp(`^(?:${hints.map(escape).join('|')})$`);
}

describe('every OAuth catalog entry, provoked', () => {
	it('has a case for every code (the proxy and TLS codes come with their own tests)', () => {
		const codes = Object.keys(oauthErrors).filter(code => !(addedElsewhere as readonly string[]).includes(code));
		expect(Object.keys(cases).sort()).toEqual(codes.sort());
	});

	it.each(Object.entries(cases).map(([code, {how}]) => [code, how]))('%s: %s', async code => {
		const error = await cases[code as Covered].provoke();
		expect(error?.code, cases[code as Covered].how).toBe(code);
		expect(error!.hint).toMatch(hintPattern(oauthErrors[code as Covered]));
		expect(error!.hint).not.toMatch(/\{\w+\}/);
	});
});
