/**
 * A login that fails after Salesforce issued its refresh token leaves no live token behind: the
 * engine revokes it (issue 11, item 3). Asserted at the emulator, over real HTTP.
 */
import {afterEach, describe, expect, it} from 'vitest';
import type {Emulator, FaultKind} from '../../source/emulator/index.js';
import {handedSource, startLogin} from '../../source/login/engine.js';
import {resolveLoginSettings} from '../../source/login/settings.js';
import type {LoginPhase} from '../../source/oauth/login.js';
import {createTokenClient} from '../../source/oauth/token-client.js';
import {loginToEmulator, seedApp, seedCallbackUrl, startSeedEmulator} from '../helpers/seed-org.js';

let emulator: Emulator;
afterEach(() => emulator?.close());

/** A login through the emulator whose requests from `phase` on fail `count` times as `kind`. */
async function failingLogin(phase: LoginPhase, count: number, kind: FaultKind) {
	emulator = await startSeedEmulator();
	const issued: string[] = [];
	const base = createTokenClient({retryDelayMs: () => 0, timeoutMs: 5000});
	const client = {
		...base,
		async exchangeCode(request: Parameters<typeof base.exchangeCode>[0]) {
			const tokens = await base.exchangeCode(request);
			if (tokens.refreshToken) issued.push(tokens.refreshToken);
			return tokens;
		},
	};
	const handed = handedSource();
	const login = startLogin({
		settings: resolveLoginSettings({clientId: seedApp().clientId, clientSecret: seedApp().clientSecret, domain: emulator.loginUrl, redirectUri: seedCallbackUrl}),
		source: handed.source,
		client,
		onEvent(event) {
			if (event.type === 'phase' && event.phase === phase) emulator.faults.failNext(count, kind);
		},
	});
	const location = (await fetch(login.pending.authorizeUrl, {redirect: 'manual'})).headers.get('location')!;
	handed.hand(new URL(location).searchParams.get('code')!);
	const error = await login.done.then(() => undefined, (caught: {code: string}) => caught);
	return {error, issued};
}

describe('a login that fails after the code exchange', () => {
	it.each([
		['the identity read answers 503, three times', 'reading-identity', 3, '5xx', 'http-error'],
		['the refresh proof answers 503', 'verifying-refresh', 1, '5xx', 'http-error'],
		['the refresh proof answers an HTML page', 'verifying-refresh', 1, 'html', 'not-json'],
	] as const)('%s: the issued refresh token is revoked', async (_name, phase, count, kind, code) => {
		const {error, issued} = await failingLogin(phase, count, kind);
		expect(error?.code).toBe(code);
		expect(issued).toHaveLength(1);
		expect(emulator.isRefreshTokenValid(issued[0]!)).toBe(false);
		expect(emulator.requests.filter(request => request.path === '/services/oauth2/revoke')).toHaveLength(1);
		// The refresh proof was not sent twice: a 5xx may come after Salesforce acted on it.
		expect(emulator.requests.filter(request => request.form?.grant_type === 'refresh_token').length).toBeLessThanOrEqual(1);
	});
});

describe('a refresh answered 5xx after Salesforce carried it out', () => {
	it('is never sent again: one grant reaches the emulator, and the failure says so', async () => {
		emulator = await startSeedEmulator();
		emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const {result} = await loginToEmulator(emulator);
		const grants = () => emulator.requests.filter(request => request.form?.grant_type === 'refresh_token').length;
		const before = grants();
		emulator.faults.failNext(1, '5xx-after');
		const client = createTokenClient({retryDelayMs: () => 0, timeoutMs: 5000});
		const error = await client.refresh({url: result.tokens.instanceUrl, refreshToken: result.tokens.refreshToken, clientId: seedApp().clientId, clientSecret: seedApp().clientSecret}).then(() => undefined, (caught: {code: string}) => caught);
		expect(error?.code).toBe('http-error');
		expect(grants() - before).toBe(1);
		// Salesforce did rotate it: the old token is gone, which is why a second grant would have lost the org.
		expect(emulator.isRefreshTokenValid(result.tokens.refreshToken)).toBe(false);
	});
});
