import type {ServerResponse} from 'node:http';
import {appPolicy} from './app-policy.js';
import {authenticateClient} from './client-auth.js';
import type {EmulatorContext} from './context.js';
import {pollDeviceFlow, startDeviceFlow} from './device-token.js';
import {oauthErrors} from './errors.js';
import {sendJson, sendOAuthError, type EmulatorRequest} from './http.js';
import {verifierMatches} from './pkce.js';
import {userRefusal} from './refusals.js';
import {newGrantResponseBody, tokenResponseBody} from './token-response.js';

/** POST /services/oauth2/token */
export function handleToken(request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	if (request.method !== 'POST') {
		sendOAuthError(response, oauthErrors.mustUsePost);
		return;
	}

	// Salesforce also reads parameters from the query string. A JSON body is not
	// read at all, so it ends in "grant type not supported", as people report.
	const params = {...request.query, ...request.form};
	// The device flow's first request names a response type, not a grant type.
	if (params.response_type === 'device_code') {
		startDeviceFlow(params, request, response, context);
		return;
	}

	switch (params.grant_type) {
		case 'authorization_code': {
			exchangeCode(params, request, response, context);
			return;
		}

		case 'refresh_token': {
			refresh(params, request, response, context);
			return;
		}

		case 'device': {
			pollDeviceFlow(params, request, response, context);
			return;
		}

		default: {
			sendOAuthError(response, oauthErrors.unsupportedGrantType);
		}
	}
}

function exchangeCode(params: Record<string, string>, request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	const {state} = context;
	const client = authenticateClient(params, request.headers, state, app => appPolicy(app).requireSecretForWebServerFlow);
	if (!client.ok) {
		sendOAuthError(response, client.error);
		return;
	}

	const {app} = client;
	const code = params.code ?? '';
	const lookup = state.codes.lookup(code, app.clientId);
	if (lookup.status !== 'valid') {
		sendOAuthError(response, lookup.status === 'expired' ? oauthErrors.expiredCode : oauthErrors.authenticationFailure);
		return;
	}

	const {grant} = lookup;
	if (params.redirect_uri !== grant.redirectUri) {
		sendOAuthError(response, oauthErrors.redirectUriMismatch);
		return;
	}

	if (!verifierMatches(grant, params.code_verifier)) {
		sendOAuthError(response, oauthErrors.invalidCodeVerifier);
		return;
	}

	const user = state.user(grant.username);
	if (user === undefined) {
		sendOAuthError(response, oauthErrors.authenticationFailure);
		return;
	}

	const refusal = userRefusal(state, app, user);
	if (refusal !== undefined) {
		sendOAuthError(response, refusal);
		return;
	}

	state.codes.markUsed(code);
	sendJson(response, 200, newGrantResponseBody(context, app, user, {scopes: grant.scopes, nonce: grant.nonce}));
}

function refresh(params: Record<string, string>, request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	const {state} = context;
	const client = authenticateClient(params, request.headers, state, app => appPolicy(app).requireSecretForRefreshFlow);
	if (!client.ok) {
		sendOAuthError(response, client.error);
		return;
	}

	const {app} = client;
	const token = params.refresh_token ?? '';
	const lookup = state.tokens.lookupRefreshToken(token, app.clientId);
	if (lookup.status === 'rotated-out') {
		// A rotated-out token coming back means it leaked or the client lost the
		// new one: either way the whole family dies, the newest token included.
		state.tokens.revokeGrant(lookup.grant.id);
	}

	if (lookup.status !== 'active') {
		sendOAuthError(response, oauthErrors.expiredToken);
		return;
	}

	const user = state.user(lookup.grant.username);
	if (user === undefined) {
		sendOAuthError(response, oauthErrors.expiredToken);
		return;
	}

	const refusal = userRefusal(state, app, user);
	if (refusal !== undefined) {
		sendOAuthError(response, refusal);
		return;
	}

	const issued = state.tokens.refresh(token, lookup.grant, appPolicy(app).rotateRefreshTokens);
	sendJson(response, 200, tokenResponseBody(context, app, user, issued));
}
