import {buildAuthorizeUrl} from './authorize-url.js';
import {startCatcher, type Catcher} from './catcher.js';
import type {LoginHost} from './hosts.js';
import {oauthError} from './oauth-error.js';
import {checkAuthorizeUrl} from './preflight.js';
import {codeChallengeS256, createCodeVerifier, createState} from './pkce.js';
import type {RedirectUri} from './redirect-uri.js';
import {type Identity, type TokenClient, type TokenSet} from './token-client.js';
import {toSfrtError} from '../errors.js';

export interface LoginSettings {
	clientId: string;
	clientSecret?: string | undefined;
	loginHost: LoginHost;
	redirectUri: RedirectUri;
	scopes: string[];
	prompt?: string | undefined;
	loginHint?: string | undefined;
}

/** One login attempt: its secrets (state, verifier) and the URL the user opens. */
export interface PendingLogin {
	settings: LoginSettings;
	state: string;
	codeVerifier: string;
	authorizeUrl: string;
}

export interface LoginResult {
	tokens: TokenSet & {refreshToken: string};
	identity: Identity;
	/** The refresh proof came back with a new refresh token (the app rotates them). */
	rotated: boolean;
	verifiedAt: Date;
}

export type LoginPhase = 'exchanging' | 'reading-identity' | 'verifying-refresh';

export function prepareLogin(settings: LoginSettings): PendingLogin {
	const state = createState();
	const codeVerifier = createCodeVerifier();
	const authorizeUrl = buildAuthorizeUrl({
		loginUrl: settings.loginHost.url,
		clientId: settings.clientId,
		redirectUri: settings.redirectUri.url,
		scopes: settings.scopes,
		state,
		codeChallenge: codeChallengeS256(codeVerifier),
		...(settings.prompt === undefined ? {} : {prompt: settings.prompt}),
		...(settings.loginHint ? {loginHint: settings.loginHint} : {}),
	});
	return {settings, state, codeVerifier, authorizeUrl};
}

export interface CompleteOptions {
	onPhase?: (phase: LoginPhase) => void;
	/** Ctrl+C: cancels the request in flight; a refresh token already issued is revoked again. */
	signal?: AbortSignal | undefined;
}

/**
 * Turns an authorization code into a verified login: exchanges it, reads who logged in, and
 * proves the refresh token with one refresh grant. It does not care how the code arrived.
 */
export async function completeLogin(pending: PendingLogin, code: string, client: TokenClient, options: CompleteOptions = {}): Promise<LoginResult> {
	const {settings} = pending;
	const {signal} = options;
	const onPhase = options.onPhase ?? (() => {});
	onPhase('exchanging');
	const tokens = await client.exchangeCode({
		loginUrl: settings.loginHost.url,
		code,
		clientId: settings.clientId,
		clientSecret: settings.clientSecret,
		redirectUri: settings.redirectUri.url,
		codeVerifier: pending.codeVerifier,
		signal,
	});
	if (!tokens.refreshToken) {
		throw oauthError('no-refresh-token');
	}

	let refreshToken = tokens.refreshToken;
	try {
		throwIfCancelled(signal);
		onPhase('reading-identity');
		const identity = await client.identity({id: tokens.id, accessToken: tokens.accessToken, signal});

		throwIfCancelled(signal);
		onPhase('verifying-refresh');
		const refreshed = await client.refresh({
			url: tokens.instanceUrl,
			refreshToken,
			clientId: settings.clientId,
			clientSecret: settings.clientSecret,
			signal,
		});
		const rotated = Boolean(refreshed.refreshToken && refreshed.refreshToken !== refreshToken);
		refreshToken = refreshed.refreshToken ?? refreshToken;
		throwIfCancelled(signal);
		return {
			tokens: {...tokens, accessToken: refreshed.accessToken, issuedAt: refreshed.issuedAt, refreshToken},
			identity,
			rotated,
			verifiedAt: new Date(),
		};
	} catch (error) {
		// Cancelled after Salesforce issued a token: nobody will keep it, so don't leave it valid.
		// A short try: the person pressed Ctrl+C and is waiting.
		if (signal?.aborted) {
			await Promise.race([
				client.revoke({url: tokens.instanceUrl, token: refreshToken}).catch(() => {}),
				new Promise(resolve => setTimeout(resolve, 3000).unref()),
			]);
		}
		throw error;
	}
}

function throwIfCancelled(signal: AbortSignal | undefined) {
	if (signal?.aborted) throw oauthError('cancelled');
}

export interface LoopbackLoginOptions {
	client: TokenClient;
	/** Check the authorize URL for an unknown Consumer Key or callback URL first (default true). */
	preflight?: boolean;
	timeoutMs?: number;
	signal?: AbortSignal;
	/** Called once the catcher listens: the moment to open the browser. */
	onListening?: (catcher: Catcher) => void | Promise<void>;
	onCodeReceived?: () => void;
	onPhase?: (phase: LoginPhase) => void;
}

/** The whole browser login: catcher up, wait for the redirect, complete, tell the browser. */
export async function loopbackLogin(pending: PendingLogin, options: LoopbackLoginOptions): Promise<LoginResult> {
	const catcher = await startCatcher({
		redirectUri: pending.settings.redirectUri,
		state: pending.state,
		scopes: pending.settings.scopes.join(' '),
		...(options.timeoutMs === undefined ? {} : {timeoutMs: options.timeoutMs}),
		...(options.signal ? {signal: options.signal} : {}),
	});
	try {
		if (options.preflight !== false) {
			const problem = await checkAuthorizeUrl(pending.authorizeUrl, {redirectUri: pending.settings.redirectUri.url, scopes: pending.settings.scopes.join(' ')}, {signal: options.signal});
			if (problem) throw problem;
		}
		throwIfCancelled(options.signal);
		await options.onListening?.(catcher);
		const code = await catcher.code;
		options.onCodeReceived?.();
		try {
			const result = await completeLogin(pending, code, options.client, {onPhase: options.onPhase, signal: options.signal});
			catcher.finish({ok: true, username: result.identity.username, orgId: result.identity.orgId});
			return result;
		} catch (error) {
			catcher.finish({ok: false, error: toSfrtError(error)});
			throw error;
		}
	} finally {
		await catcher.close();
	}
}
