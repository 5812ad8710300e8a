import type {ServerResponse} from 'node:http';
import {appPolicy, disallowedScopes, parseScope} from './app-policy.js';
import {oauthErrors, pageErrorCodes, type OAuthError} from './errors.js';
import {redirect, sendHtml, sendText} from './http.js';
import {oauthErrorPage} from './pages.js';
import type {OrgState} from './state.js';
import type {EmulatorApp} from './types.js';

export interface AuthorizeRequest {
	/** The original parameters, carried through the login and consent pages. */
	params: Record<string, string>;
	app: EmulatorApp;
	redirectUri: string;
	state?: string;
	requestedScopes: string[];
	codeChallenge?: string;
	codeChallengeMethod: 'S256' | 'plain';
	nonce?: string;
	prompts: Set<string>;
	immediate: boolean;
}

export type AuthorizeValidation = {ok: true; request: AuthorizeRequest} | {ok: false; respond: (response: ServerResponse) => void};

/**
 * Checks an authorize request in Salesforce's order. Problems with the client or
 * the redirect URI are shown as plain-text pages (redirecting would send the
 * browser somewhere unverified); a scope problem gets the HTML error page;
 * the rest are redirected back to the client with state. Whether the app is
 * installed or blocked in the org is known only after login (appRefusalPage).
 */
export function validateAuthorizeRequest(params: Record<string, string>, state: OrgState): AuthorizeValidation {
	const app = state.app(params.client_id);
	if (app === undefined) {
		return fail(response => sendPlainError(response, oauthErrors.invalidClientId));
	}

	const redirectUri = params.redirect_uri;
	if (redirectUri === undefined || redirectUri === '') {
		return fail(response => sendPlainError(response, oauthErrors.redirectUriMissing));
	}

	if (!app.callbackUrls.includes(redirectUri)) {
		return fail(response => sendPlainError(response, oauthErrors.redirectUriMismatch));
	}

	const redirectBack = (error: OAuthError) => fail(response => redirectWithError(response, {redirectUri, state: params.state}, error));
	if (params.response_type !== 'code') {
		return redirectBack(oauthErrors.unsupportedResponseType);
	}

	const requestedScopes = parseScope(params.scope);
	if (disallowedScopes(app, requestedScopes).length > 0) {
		return fail(response => {
			sendHtml(response, 400, oauthErrorPage({pageCode: pageErrorCodes.approvalErrorGeneric, error: oauthErrors.invalidScope}));
		});
	}

	const codeChallenge = params.code_challenge || undefined;
	if (codeChallenge === undefined && appPolicy(app).requirePkce) {
		return redirectBack(oauthErrors.missingCodeChallenge);
	}

	// Salesforce documents only S256 and treats a challenge without a method as
	// S256 (jsforce never sends the method and works); RFC 7636 would assume plain.
	const codeChallengeMethod = params.code_challenge_method ?? 'S256';
	if (codeChallengeMethod !== 'S256' && codeChallengeMethod !== 'plain') {
		return redirectBack(oauthErrors.invalidCodeChallengeMethod);
	}

	return {
		ok: true,
		request: {
			params,
			app,
			redirectUri,
			state: params.state,
			requestedScopes,
			codeChallenge,
			codeChallengeMethod,
			nonce: params.nonce,
			prompts: new Set(parseScope(params.prompt)),
			immediate: params.immediate === 'true',
		},
	};
}

export function redirectWithError(response: ServerResponse, target: {redirectUri: string; state?: string}, error: OAuthError): void {
	const url = new URL(target.redirectUri);
	url.searchParams.set('error', error.error);
	url.searchParams.set('error_description', error.description);
	if (target.state !== undefined) {
		url.searchParams.set('state', target.state);
	}

	redirect(response, url.toString());
}

function fail(respond: (response: ServerResponse) => void): AuthorizeValidation {
	return {ok: false, respond};
}

/** Salesforce's bare error pages encode spaces as %20, unlike its redirects. */
function sendPlainError(response: ServerResponse, error: OAuthError): void {
	sendText(response, 400, `error=${encodeURIComponent(error.error)}&error_description=${encodeURIComponent(error.description)}`);
}
