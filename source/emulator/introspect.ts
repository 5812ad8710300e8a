import type {ServerResponse} from 'node:http';
import {authenticateClient} from './client-auth.js';
import {identityUrl, type EmulatorContext} from './context.js';
import {sendJson, sendOAuthError, type EmulatorRequest} from './http.js';
import type {Grant} from './tokens.js';

/** POST /services/oauth2/introspect (RFC 7662): the calling app must authenticate with its secret. */
export function handleIntrospect(request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	const {state} = context;
	const client = authenticateClient(request.form, request.headers, state, () => true);
	if (!client.ok) {
		sendOAuthError(response, client.error);
		return;
	}

	const token = request.form.token ?? '';
	const clientId = client.app.clientId;
	const access = state.tokens.lookupAccessToken(token);
	if (access.status === 'active' && access.grant.clientId === clientId) {
		sendJson(response, 200, {
			...activeClaims(context, access.grant, 'access_token'),
			exp: Math.floor(access.expiresAt / 1000),
			iat: Math.floor(access.issuedAt / 1000),
			nbf: Math.floor(access.issuedAt / 1000),
		});
		return;
	}

	const refresh = state.tokens.lookupRefreshToken(token, clientId);
	if (refresh.status === 'active') {
		sendJson(response, 200, activeClaims(context, refresh.grant, 'refresh_token'));
		return;
	}

	sendJson(response, 200, {active: false});
}

function activeClaims(context: EmulatorContext, grant: Grant, tokenType: string) {
	const user = context.state.user(grant.username);
	return {
		active: true,
		scope: grant.scopes.join(' '),
		client_id: grant.clientId,
		username: grant.username,
		sub: user === undefined ? undefined : identityUrl(context, user),
		token_type: tokenType,
	};
}
