import type {SfrtError} from '../errors.js';
import {fromSalesforce} from './oauth-error.js';

/**
 * Salesforce answers an unknown Consumer Key or an unregistered callback URL with a bare
 * plain-text page in the browser, and the login then waits for a redirect that never comes.
 * Asking the authorize URL ourselves first (without following redirects, so nothing is
 * approved) finds those two mistakes at once. Anything else, including no answer, lets the
 * login go on: the browser may still get through where this check could not.
 */
export async function checkAuthorizeUrl(authorizeUrl: string, context: {redirectUri: string; scopes?: string}, timeoutMs = 10_000): Promise<SfrtError | undefined> {
	let response;
	try {
		const {default: got} = await import('got');
		response = await got(authorizeUrl, {
			followRedirect: false,
			throwHttpErrors: false,
			retry: {limit: 0},
			timeout: {request: timeoutMs},
			responseType: 'text',
		});
	} catch {
		return undefined;
	}
	if (response.statusCode !== 400) return undefined;
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
