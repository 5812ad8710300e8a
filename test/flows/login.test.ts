import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {SfrtError} from '../../source/errors.js';
import type {Emulator, EmulatorApp} from '../../source/emulator/index.js';
import {buildAuthorizeUrl} from '../../source/oauth/authorize-url.js';
import {startCatcher} from '../../source/oauth/catcher.js';
import {resolveLoginHost} from '../../source/oauth/hosts.js';
import {loopbackSource, startLogin, type LoginEvent} from '../../source/login/engine.js';
import {completeLogin, prepareLogin, type LoginPhase, type LoginSettings} from '../../source/oauth/login.js';
import {checkAuthorizeUrl} from '../../source/oauth/preflight.js';
import {parseRedirectUri} from '../../source/oauth/redirect-uri.js';
import {createTokenClient} from '../../source/oauth/token-client.js';
import {answerConsent, followLoginRedirects} from '../helpers/play-browser.js';
import {freePort} from '../helpers/ports.js';
import {startSeedEmulator} from '../helpers/seed-org.js';

const client = createTokenClient({retryDelayMs: () => 0, timeoutMs: 5000});
const user = {username: 'ada@acme.example', password: 'pw', displayName: 'Ada Lovelace', email: 'ada@acme.example'};

let emulator: Emulator;
let port: number;
let app: EmulatorApp;

beforeEach(async () => {
	port = await freePort();
	app = {clientId: '3MVG9testClientId', clientSecret: 'the-secret', callbackUrls: [`http://localhost:${port}/OauthRedirect`]};
	emulator = await startSeedEmulator([user], {apps: [app]});
});
afterEach(async () => {
	await emulator.close();
});

function settings(overrides: Partial<LoginSettings> = {}): LoginSettings {
	return {
		clientId: app.clientId,
		clientSecret: app.clientSecret,
		loginHost: resolveLoginHost(emulator.loginUrl),
		redirectUri: parseRedirectUri(`http://localhost:${port}/OauthRedirect`),
		scopes: ['api', 'refresh_token'],
		...overrides,
	};
}

interface LoopbackOptions {
	timeoutMs?: number;
	signal?: AbortSignal;
	/** Plays the browser once the login waits; what it throws fails the test. */
	onWaiting?: (authorizeUrl: string) => unknown;
	onPhase?: (phase: LoginPhase) => void;
	events?: LoginEvent[];
}

/** The login engine over the loopback catcher, with the preflight check, as `sfrt login` runs it. */
function loopbackLogin(loginSettings: LoginSettings, options: LoopbackOptions = {}) {
	let played: Promise<unknown> = Promise.resolve();
	const run = startLogin({
		settings: loginSettings,
		source: loopbackSource(startCatcher, {timeoutMs: options.timeoutMs ?? 5000}),
		client,
		check: (url, context, check) => checkAuthorizeUrl(url, context, check),
		signal: options.signal,
		onEvent(event) {
			options.events?.push(event);
			if (event.type === 'waiting') played = Promise.resolve().then(() => options.onWaiting?.(event.authorizeUrl));
			if (event.type === 'phase') options.onPhase?.(event.phase);
		},
	});
	return run.done.then(async ({result}) => {
		await played;
		return result;
	}, async (error: unknown) => {
		await played;
		throw error;
	});
}

/** The whole login, with the test playing the browser once the catcher listens. */
async function login(overrides: Partial<LoginSettings> = {}, events?: LoginEvent[]) {
	let browser: Awaited<ReturnType<typeof followLoginRedirects>> | undefined;
	const result = loopbackLogin(settings(overrides), {
		events,
		async onWaiting(authorizeUrl) {
			browser = await followLoginRedirects(authorizeUrl);
		},
	});
	return {result, browser: () => browser!};
}

async function failure(promise: Promise<unknown>): Promise<SfrtError> {
	try {
		await promise;
	} catch (error) {
		return error as SfrtError;
	}
	throw new Error('expected the login to fail');
}

describe('login against the emulator', () => {
	it('gets a verified refresh token, the identity, and shows success in the browser', async () => {
		const events: LoginEvent[] = [];
		const {result, browser} = await login({}, events);
		const login_ = await result;
		expect(events.map(event => (event.type === 'phase' ? event.phase : event.type))).toEqual(['checking', 'waiting', 'browser', 'code-received', 'exchanging', 'reading-identity', 'verifying-refresh', 'finishing', 'verified']);
		expect(login_.identity).toMatchObject({username: user.username, displayName: 'Ada Lovelace', orgId: emulator.orgId});
		expect(login_.tokens.refreshToken).toMatch(/^5Aep/);
		expect(login_.tokens.instanceUrl).toBe(emulator.instanceUrl);
		expect(login_.tokens.scopes).toEqual(expect.arrayContaining(['api', 'refresh_token']));
		expect(login_.rotated).toBe(false);
		expect(emulator.isRefreshTokenValid(login_.tokens.refreshToken)).toBe(true);

		// The code arrives percent-encoded and was posted decoded exactly once.
		expect(browser().callbackUrl).toMatch(/code=aPrx[^&]*%3D%3D/);
		const grants = emulator.requests.filter(request => request.path === '/services/oauth2/token').map(request => request.form?.grant_type);
		expect(grants).toEqual(['authorization_code', 'refresh_token']);
		const exchange = emulator.requests.find(request => request.form?.grant_type === 'authorization_code')!;
		expect(exchange.form?.code).toMatch(/==$/);
		expect(exchange.form?.code_verifier).toMatch(/^[\w-]{43,128}$/);
		// The refresh proof goes to the instance, as Salesforce wants.
		expect(emulator.requests.find(request => request.form?.grant_type === 'refresh_token')?.host).toBe('instance');

		const page = await browser().page!;
		expect(page).toContain('You are logged in');
		expect(page).toContain(user.username);
	});

	it('works for a public app with no secret', async () => {
		app.requireSecretForWebServerFlow = false;
		app.requireSecretForRefreshFlow = false;
		const {result} = await login({clientSecret: undefined});
		expect((await result).identity.username).toBe(user.username);
		const exchange = emulator.requests.find(request => request.form?.grant_type === 'authorization_code')!;
		expect(exchange.form).not.toHaveProperty('client_secret');
	});

	it('keeps the newest refresh token when the app rotates them', async () => {
		app.rotateRefreshTokens = true;
		const {result} = await login();
		const done = await result;
		expect(done.rotated).toBe(true);
		expect(emulator.isRefreshTokenValid(done.tokens.refreshToken)).toBe(true);
	});

	it('reports an unknown Consumer Key before the browser opens', async () => {
		let opened = false;
		const error = await failure(loopbackLogin(settings({clientId: 'nope'}), {onWaiting: () => {
			opened = true;
		}}));
		expect(error.code).toBe('invalid-client-id');
		expect(error.hint).toContain('Consumer Key');
		expect(opened).toBe(false);
	});

	it('reports an unregistered callback URL before the browser opens, naming it', async () => {
		const other = await freePort();
		const error = await failure(loopbackLogin(settings({redirectUri: parseRedirectUri(`http://localhost:${other}/OauthRedirect`)})));
		expect(error.code).toBe('redirect-uri-mismatch');
		expect(error.hint).toContain(`http://localhost:${other}/OauthRedirect`);
	});

	it('reports a login address that is no Salesforce host before the browser opens', async () => {
		const unused = await freePort();
		const refused = await failure(loopbackLogin(settings({loginHost: resolveLoginHost(`http://127.0.0.1:${unused}`)}), {onWaiting: () => {
			throw new Error('the browser must not open');
		}}));
		expect(refused.code).toBe('login-host-unreachable');
		expect(refused.hint).toContain('--domain');

		const notFound = await failure(loopbackLogin(settings({loginHost: resolveLoginHost(`${emulator.loginUrl}/portal`)})));
		expect(notFound.code).toBe('not-a-login-host');
		expect(notFound.message).toContain('/portal/services/oauth2/authorize');
	});

	it('Ctrl+C during the exchange cancels it and leaves no valid refresh token behind', async () => {
		app.rotateRefreshTokens = false;
		const controller = new AbortController();
		const events: LoginEvent[] = [];
		const result = loopbackLogin(settings(), {
			signal: controller.signal,
			events,
			async onWaiting(authorizeUrl) {
				await followLoginRedirects(authorizeUrl);
			},
			onPhase(phase) {
				// Abort while the identity read is in flight, after Salesforce issued the tokens.
				if (phase === 'reading-identity') {
					emulator.faults.latencyMs = 2000;
					setTimeout(() => controller.abort(), 100);
				}
			},
		});
		const started = Date.now();
		const error = await failure(result);
		expect(error.code).toBe('cancelled');
		expect(Date.now() - started).toBeLessThan(4000);
		emulator.faults.latencyMs = 0;
		await expect.poll(() => emulator.requests.some(request => request.path === '/services/oauth2/revoke'), {timeout: 5000}).toBe(true);
		const revoke = emulator.requests.find(request => request.path === '/services/oauth2/revoke')!;
		expect(emulator.isRefreshTokenValid(revoke.form!.token!)).toBe(false);
		expect(revoke.form!.token).toMatch(/^5Aep/);
		expect(events.map(event => event.type).slice(-2)).toEqual(['revoking', 'cancelled']);
	});

	it('reports a wrong Consumer Secret, in the terminal and in the browser', async () => {
		const {result, browser} = await login({clientSecret: 'wrong'});
		const error = await failure(result);
		expect(error.code).toBe('invalid-client');
		expect(error.message).not.toContain('wrong');
		expect(await browser().page!).toContain('Consumer Secret');
	});

	it('says the app requires a secret when none was sent, not "copy it again"', async () => {
		const {result} = await login({clientSecret: undefined});
		const error = await failure(result);
		// The code stays the one scripts know.
		expect(error.code).toBe('invalid-client');
		expect(error.message).toContain('No Consumer Secret was sent, and this app requires one');
		expect(error.hint).toContain('Setup → App Manager → your app → View → Consumer Key and Secret');
		expect(error.hint).not.toContain('again');
		expect(error.hint).not.toContain('leave it empty');
	});

	it('a wrong secret still says to copy it again', async () => {
		const error = await failure((await login({clientSecret: 'wrong'})).result);
		expect(error.hint).toContain('Copy the Consumer Secret again');
	});

	it('says which scope to add when no refresh token comes back', async () => {
		app.allowRefreshTokenScope = false;
		const error = await failure((await login()).result);
		expect(error.code).toBe('no-refresh-token');
		expect(error.hint).toContain('Perform requests at any time (refresh_token, offline_access)');
	});

	it('says which scope to request when refresh_token was not asked for', async () => {
		const error = await failure((await login({scopes: ['api']})).result);
		expect(error.code).toBe('no-refresh-token');
		expect(error.hint).toContain('refresh_token');
	});

	it('reports a user who clicks Deny, and nothing else happens', async () => {
		emulator.autoApprove = false;
		const error = await failure(loopbackLogin(settings(), {
			async onWaiting(authorizeUrl) {
				expect(await answerConsent(authorizeUrl, user, 'deny')).toBe(303);
			},
		}));
		expect(error.code).toBe('access-denied');
		expect(error.salesforce?.error_description).toBe('end-user denied authorization');
		expect(error.hint).toContain('Permitted Users');
		expect(emulator.requests.some(request => request.path === '/services/oauth2/token')).toBe(false);
	});

	it('logs in through the interactive pages when the user clicks Allow', async () => {
		emulator.autoApprove = false;
		const result = await loopbackLogin(settings(), {
			async onWaiting(authorizeUrl) {
				expect(await answerConsent(authorizeUrl, user, 'allow')).toBe(303);
			},
		});
		expect(result.identity.username).toBe(user.username);
	});

	it('reports a user the app is not approved for', async () => {
		app.adminApprovedUsers = ['someone.else@acme.example'];
		const error = await failure((await login()).result);
		expect(['access-denied', 'invalid-app-access']).toContain(error.code);
		expect(error.hint).toContain('Permitted Users');
	});

	it('reports PKCE missing when the authorize URL lost its challenge', async () => {
		app.requirePkce = true;
		const pending = prepareLogin(settings());
		const catcher = await startCatcher({redirectUri: pending.settings.redirectUri, state: pending.state, timeoutMs: 5000});
		try {
			const stripped = buildAuthorizeUrl({loginUrl: emulator.loginUrl, clientId: app.clientId, redirectUri: pending.settings.redirectUri.url, scopes: ['api', 'refresh_token'], state: pending.state, codeChallenge: 'x'})
				.replace(/&code_challenge=x&code_challenge_method=S256/, '');
			await followLoginRedirects(stripped);
			const error = await failure(catcher.code);
			expect(error.code).toBe('pkce-required');
		} finally {
			await catcher.close();
		}
	});

	it('refuses a reused code and an expired one', async () => {
		const pending = prepareLogin(settings());
		const catcher = await startCatcher({redirectUri: pending.settings.redirectUri, state: pending.state, timeoutMs: 5000});
		await followLoginRedirects(pending.authorizeUrl);
		const code = await catcher.code;
		await catcher.close();
		await completeLogin(pending, code, client);
		const reused = await failure(completeLogin(pending, code, client));
		expect(reused.code).toBe('expired-code');

		const second = prepareLogin(settings());
		const catcher2 = await startCatcher({redirectUri: second.settings.redirectUri, state: second.state, timeoutMs: 5000});
		await followLoginRedirects(second.authorizeUrl);
		const code2 = await catcher2.code;
		await catcher2.close();
		emulator.advanceTime(15 * 60_000 + 1000);
		const expired = await failure(completeLogin(second, code2, client));
		expect(expired.code).toBe('expired-code');
		expect(expired.hint).toContain('Log in again');
	});

	it('refuses a code posted still percent-encoded', async () => {
		const pending = prepareLogin(settings());
		const catcher = await startCatcher({redirectUri: pending.settings.redirectUri, state: pending.state, timeoutMs: 5000});
		await followLoginRedirects(pending.authorizeUrl);
		const code = await catcher.code;
		await catcher.close();
		const error = await failure(completeLogin(pending, encodeURIComponent(code), client));
		expect(error.code).toBe('authentication-failure');
	});

	it('ignores a redirect with the wrong state and still finishes', async () => {
		const result = loopbackLogin(settings(), {
			async onWaiting(authorizeUrl) {
				const wrong = await fetch(`http://127.0.0.1:${port}/OauthRedirect?code=x&state=forged`);
				expect(wrong.status).toBe(400);
				const stray = await fetch(`http://127.0.0.1:${port}/favicon.ico`);
				expect(stray.status).toBe(404);
				await followLoginRedirects(authorizeUrl);
			},
		});
		expect((await result).identity.username).toBe(user.username);
	});

	it('times out when no login arrives', async () => {
		const error = await failure(loopbackLogin(settings(), {timeoutMs: 200}));
		expect(error.code).toBe('login-timeout');
	});

	it('a 5xx on a refresh is reported, not answered by a second grant; the next refresh works', async () => {
		const {result} = await login();
		const done = await result;
		const grants = () => emulator.requests.filter(request => request.form?.grant_type === 'refresh_token').length;
		const before = grants();
		emulator.faults.failNext(1, '5xx');
		const error = await failure(client.refresh({url: done.tokens.instanceUrl, refreshToken: done.tokens.refreshToken, clientId: app.clientId, clientSecret: app.clientSecret}));
		expect(error.code).toBe('http-error');
		expect(grants() - before).toBe(1);
		const refreshed = await client.refresh({url: done.tokens.instanceUrl, refreshToken: done.tokens.refreshToken, clientId: app.clientId, clientSecret: app.clientSecret});
		expect(refreshed.accessToken).toBeTruthy();
	});

	it('never repeats a refresh whose answer was lost, nor a code exchange', async () => {
		app.rotateRefreshTokens = true;
		const {result} = await login();
		const done = await result;
		emulator.faults.failNext(1, 'drop');
		const sent = emulator.requests.length;
		const lost = await failure(client.refresh({url: done.tokens.instanceUrl, refreshToken: done.tokens.refreshToken, clientId: app.clientId, clientSecret: app.clientSecret}));
		expect(lost.code).toBe('network');
		expect(emulator.requests.length - sent).toBe(1);

		emulator.faults.failNext(1, '5xx');
		const before = emulator.requests.length;
		const error = await failure(client.exchangeCode({loginUrl: emulator.loginUrl, code: 'aPrxwhatever==', clientId: app.clientId, clientSecret: app.clientSecret, redirectUri: settings().redirectUri.url, codeVerifier: 'v'.repeat(43)}));
		expect(error.code).toBe('http-error');
		expect(emulator.requests.length - before).toBeLessThanOrEqual(1);
	});

	it('says so clearly when the host answers HTML instead of Salesforce JSON', async () => {
		emulator.faults.failNext(1, 'html');
		const error = await failure(client.exchangeCode({loginUrl: emulator.loginUrl, code: 'c', clientId: app.clientId, redirectUri: settings().redirectUri.url, codeVerifier: 'v'.repeat(43)}));
		expect(error.code).toBe('not-json');
		expect(error.message).toContain('text/html');
		expect(error.hint).toContain('--domain');
	});
});
