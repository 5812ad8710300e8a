import {timingSafeEqual} from 'node:crypto';
import type {IncomingHttpHeaders} from 'node:http';
import {oauthErrors, type OAuthError} from './errors.js';
import {basicCredentials} from './http.js';
import {appRefusal} from './refusals.js';
import type {OrgState} from './state.js';
import type {EmulatorApp} from './types.js';

export type ClientAuthentication = {ok: true; app: EmulatorApp} | {ok: false; error: OAuthError};

/**
 * Identifies the calling app from body parameters or HTTP Basic. A secret is
 * checked whenever one is sent, and demanded only when `secretRequired`.
 */
export function authenticateClient(
	params: Record<string, string>,
	headers: IncomingHttpHeaders,
	state: OrgState,
	secretRequired: (app: EmulatorApp) => boolean,
): ClientAuthentication {
	return identify(params, headers, state, {secretRequired, orgKnown: true});
}

/**
 * For the device flow, whose requests come before anyone has logged in: the org, and so whether
 * the app is installed or blocked there, is not known yet. A secret is never demanded, but
 * checked when sent.
 */
export function identifyDeviceClient(params: Record<string, string>, headers: IncomingHttpHeaders, state: OrgState): ClientAuthentication {
	return identify(params, headers, state, {secretRequired: () => false, orgKnown: false});
}

function identify(
	params: Record<string, string>,
	headers: IncomingHttpHeaders,
	state: OrgState,
	options: {secretRequired: (app: EmulatorApp) => boolean; orgKnown: boolean},
): ClientAuthentication {
	const basic = basicCredentials(headers);
	if (basic !== undefined && params.client_id !== undefined && basic.clientId !== params.client_id) {
		return {ok: false, error: oauthErrors.invalidClient};
	}

	const app = state.app(params.client_id ?? basic?.clientId);
	if (app === undefined) {
		return {ok: false, error: oauthErrors.invalidClientId};
	}

	const refusal = options.orgKnown ? appRefusal(app) : undefined;
	if (refusal !== undefined) {
		return {ok: false, error: refusal};
	}

	const secret = params.client_secret || basic?.clientSecret || undefined;
	if (secret === undefined ? options.secretRequired(app) : !sameSecret(secret, app.clientSecret)) {
		return {ok: false, error: oauthErrors.invalidClient};
	}

	return {ok: true, app};
}

function sameSecret(given: string, expected: string): boolean {
	const a = Buffer.from(given);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}
