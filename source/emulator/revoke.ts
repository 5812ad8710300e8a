import type {ServerResponse} from 'node:http';
import type {EmulatorContext} from './context.js';
import {oauthErrors} from './errors.js';
import {sendEmpty, sendOAuthError, type EmulatorRequest} from './http.js';

/** POST (or GET) /services/oauth2/revoke with token=<refresh or access token>. */
export function handleRevoke(request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	const token = request.form.token ?? request.query.token;
	if (token === undefined || token === '') {
		sendOAuthError(response, oauthErrors.unsupportedTokenType);
		return;
	}

	if (!context.state.tokens.revoke(token)) {
		sendOAuthError(response, oauthErrors.invalidToken);
		return;
	}

	sendEmpty(response, 200);
}
