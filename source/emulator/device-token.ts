import type {ServerResponse} from 'node:http';
import {appPolicy, disallowedScopes, grantedScopes, parseScope} from './app-policy.js';
import {identifyDeviceClient} from './client-auth.js';
import type {EmulatorContext} from './context.js';
import {oauthErrors} from './errors.js';
import {sendJson, sendOAuthError, type EmulatorRequest} from './http.js';
import {appRefusal, userRefusal} from './refusals.js';
import {newGrantResponseBody} from './token-response.js';
import type {EmulatorApp} from './types.js';

/** Where the device sends its user to type the user code, on the login host. */
export const verificationPath = '/setup/connect';

/** POST /services/oauth2/token with response_type=device_code: the device asks for a code to show its user. */
export function startDeviceFlow(params: Record<string, string>, request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	const app = deviceFlowApp(params, request, response, context);
	if (app === undefined) {
		return;
	}

	const requestedScopes = parseScope(params.scope);
	if (disallowedScopes(app, requestedScopes).length > 0) {
		sendOAuthError(response, oauthErrors.invalidScope);
		return;
	}

	const authorization = context.state.devices.start(app.clientId, grantedScopes(app, requestedScopes));
	// Salesforce sends no expires_in.
	sendJson(response, 200, {
		device_code: authorization.deviceCode,
		user_code: authorization.userCode,
		verification_uri: `${context.urls.loginUrl}${verificationPath}`,
		interval: authorization.intervalMs / 1000,
	});
}

/** POST /services/oauth2/token with grant_type=device: the device asks whether its user has decided. */
export function pollDeviceFlow(params: Record<string, string>, request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	const app = deviceFlowApp(params, request, response, context);
	if (app === undefined) {
		return;
	}

	const code = params.code ?? '';
	const poll = context.state.devices.poll(code, app.clientId);
	switch (poll.status) {
		case 'unknown': {
			sendOAuthError(response, oauthErrors.authenticationFailure);
			return;
		}

		case 'expired': {
			// Salesforce does not document its answer to an expired or used device code; this is
			// its answer to an expired or used authorization code.
			sendOAuthError(response, oauthErrors.expiredCode);
			return;
		}

		case 'slow-down': {
			sendOAuthError(response, oauthErrors.slowDown);
			return;
		}

		case 'pending': {
			sendOAuthError(response, oauthErrors.authorizationPending);
			return;
		}

		case 'denied': {
			sendOAuthError(response, oauthErrors.accessDenied);
			return;
		}

		case 'approved': {
			answerApproved(code, {app, username: poll.username, scopes: poll.scopes}, response, context);
		}
	}
}

/** The same tokens, and the same refusals, as the authorization code exchange; then the code is used up. */
function answerApproved(code: string, approval: {app: EmulatorApp; username: string; scopes: string[]}, response: ServerResponse, context: EmulatorContext): void {
	const {app} = approval;
	const user = context.state.user(approval.username);
	if (user === undefined) {
		sendOAuthError(response, oauthErrors.authenticationFailure);
		return;
	}

	const refusal = appRefusal(app) ?? userRefusal(context.state, app, user);
	if (refusal !== undefined) {
		sendOAuthError(response, refusal);
		return;
	}

	context.state.devices.markUsed(code);
	sendJson(response, 200, newGrantResponseBody(context, app, user, {scopes: approval.scopes}));
}

/** The calling app, when it may use the device flow; otherwise answers why not. */
function deviceFlowApp(params: Record<string, string>, request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): EmulatorApp | undefined {
	const client = identifyDeviceClient(params, request.headers, context.state);
	if (!client.ok) {
		sendOAuthError(response, client.error);
		return undefined;
	}

	if (!appPolicy(client.app).enableDeviceFlow) {
		sendOAuthError(response, oauthErrors.deviceFlowDisabled);
		return undefined;
	}

	return client.app;
}
