import {buildAuthorizeUrl} from './authorize-url.js';
import type {LoginHost} from './hosts.js';
import {oauthError} from './oauth-error.js';
import {codeChallengeS256, createCodeVerifier, createState} from './pkce.js';
import type {RedirectUri} from './redirect-uri.js';
import {type Identity, type TokenClient, type TokenSet} from './token-client.js';

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
	/** Cancels the request in flight (Ctrl+C). */
	signal?: AbortSignal | undefined;
	/**
	 * Told each refresh token Salesforce issues (after the exchange, and again if the proof
	 * rotates it): whoever runs the login revokes it if the login is then abandoned.
	 */
	onIssued?: (issued: {refreshToken: string; instanceUrl: string}) => void;
}

/**
 * Turns an authorization code into a verified login: exchanges it, then verifies the tokens.
 * It does not care how the code arrived.
 */
export async function completeLogin(pending: PendingLogin, code: string, client: TokenClient, options: CompleteOptions = {}): Promise<LoginResult> {
	const {settings} = pending;
	(options.onPhase ?? (() => {}))('exchanging');
	const tokens = await client.exchangeCode({
		loginUrl: settings.loginHost.url,
		code,
		clientId: settings.clientId,
		clientSecret: settings.clientSecret,
		redirectUri: settings.redirectUri.url,
		codeVerifier: pending.codeVerifier,
		signal: options.signal,
	});
	return verifyLogin(settings, tokens, client, options);
}

/**
 * Tokens Salesforce issued (by a code exchange or the device flow) made into a verified login:
 * reads who logged in, and proves the refresh token with one refresh grant.
 */
export async function verifyLogin(settings: Pick<LoginSettings, 'clientId' | 'clientSecret'>, tokens: TokenSet, client: TokenClient, options: CompleteOptions = {}): Promise<LoginResult> {
	const {signal} = options;
	const onPhase = options.onPhase ?? (() => {});
	if (!tokens.refreshToken) throw oauthError('no-refresh-token');
	let refreshToken = tokens.refreshToken;
	options.onIssued?.({refreshToken, instanceUrl: tokens.instanceUrl});

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
	if (rotated) options.onIssued?.({refreshToken, instanceUrl: tokens.instanceUrl});
	throwIfCancelled(signal);
	return {
		tokens: {...tokens, accessToken: refreshed.accessToken, issuedAt: refreshed.issuedAt, refreshToken},
		identity,
		rotated,
		verifiedAt: new Date(),
	};
}

export function throwIfCancelled(signal: AbortSignal | undefined) {
	if (signal?.aborted) throw oauthError('cancelled');
}
