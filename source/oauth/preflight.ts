import type {SfrtError} from '../errors.js';
import {createGateway, type Gateway} from '../net/gateway.js';
import {oauthText} from './messages.js';
import {connectionProblem} from './network-error.js';
import {fromSalesforce, oauthError} from './oauth-error.js';

/**
 * Salesforce answers an unknown Consumer Key or an unregistered callback URL with a bare
 * plain-text page in the browser, and the login then waits for a redirect that never comes.
 * Asking the authorize URL ourselves first (without following redirects, so nothing is
 * approved) finds those two mistakes at once, and a login address that is no Salesforce host
 * (not found, refused, or no authorize endpoint there). A slow or odd answer lets the login go
 * on: the browser may still get through where this check could not.
 */
export async function checkAuthorizeUrl(authorizeUrl: string, context: {redirectUri: string; scopes?: string}, options: {timeoutMs?: number; signal?: AbortSignal | undefined; gateway?: Gateway} = {}): Promise<SfrtError | undefined> {
	let response;
	const where = new URL(authorizeUrl);
	const endpoint = `${where.origin}${where.pathname}`;
	try {
		response = await (options.gateway ?? createGateway()).send({method: 'GET', url: authorizeUrl, timeoutMs: options.timeoutMs ?? 10_000, signal: options.signal});
	} catch (error) {
		if (options.signal?.aborted) return oauthError('cancelled');
		// sfrt must reach this host itself to exchange the code: if it can't, the login can't work.
		const problem = connectionProblem(error, endpoint);
		if (problem) return problem;
		const code = (error as {code?: unknown}).code;
		if (code === 'ENOTFOUND' || code === 'ECONNREFUSED' || code === 'EAI_AGAIN') {
			return oauthError('login-host-unreachable', {params: {url: endpoint, reason: code === 'ECONNREFUSED' ? oauthText.networkReasons.refused : oauthText.networkReasons.hostNotFound}});
		}
		return undefined;
	}
	if (response.status === 404) return oauthError('not-a-login-host', {params: {url: endpoint}});
	if (response.status !== 400) return undefined;
	const match = /^\s*error=([\w.-]+)(?:&error_description=([^&\s]*))?/.exec(response.body);
	if (!match) return undefined;
	const description = match[2] === undefined ? undefined : safeDecode(match[2]);
	return fromSalesforce({error: match[1]!, ...(description === undefined ? {} : {error_description: description}), status: 400}, context);
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text.replaceAll('+', ' '));
	} catch {
		return text;
	}
}
