/**
 * Some failures never come back to sfrt: Salesforce shows them as a page in the browser
 * (OAUTH_APP_BLOCKED, "External client app is not installed in this org", …). A person copies
 * what that page says; this finds which error it is, so sfrt can show its fix.
 */
import type {SfrtError} from '../errors.js';
import {oauthText, type OAuthErrorCode} from './messages.js';
import {fromSalesforce, oauthError} from './oauth-error.js';

/** The errors a browser page shows, in the order the wizard offers them to pick. */
export const pageErrorCodes = [
	'app-blocked',
	'app-not-installed',
	'cross-org-app',
	'app-must-be-installed',
	'invalid-scope',
	'login-hours',
	'login-ip-restricted',
	'inactive-user',
	'inactive-org',
	'access-denied',
] as const satisfies readonly OAuthErrorCode[];

export type PageErrorCode = (typeof pageErrorCodes)[number];

/** Checked in order: the specific words first, Salesforce's generic page code last. */
const pagePatterns: Array<[RegExp, OAuthErrorCode]> = [
	[/device flow is not enabled/i, 'device-flow-disabled'],
	[/cross-org oauth flows?|cross-org/i, 'cross-org-app'],
	[/must be installed|approve uninstalled/i, 'app-must-be-installed'],
	[/oauth_ec_app_not_found|app_not_found|not installed in this org|app is not installed/i, 'app-not-installed'],
	[/oauth_app_blocked|app_blocked|blocked by (an |your )?admin|app is blocked/i, 'app-blocked'],
	[/invalid_scope|scope is not allowed|scopes? not allowed/i, 'invalid-scope'],
	[/login hours/i, 'login-hours'],
	[/login ip|ip (address )?(is )?(not allowed|restricted|range)|restricted ip/i, 'login-ip-restricted'],
	[/inactive_user|user is inactive|inactive user/i, 'inactive-user'],
	[/inactive_org|organization is inactive|inactive org/i, 'inactive-org'],
	[/access_denied|denied authorization/i, 'access-denied'],
	[/oauth_approval_error_generic/i, 'approval-error'],
];

/**
 * The error a pasted page (or any error text) names, or undefined when it names none. An
 * `error=…&error_description=…` text is read the way Salesforce's plain-text pages are.
 */
export function errorFromPageText(text: string, context: {redirectUri?: string; scopes?: string} = {}): SfrtError | undefined {
	const query = /(?:^|[?&\s])error=([\w.-]+)(?:&error_description=([^&\s]*))?/.exec(text);
	if (query) {
		const description = query[2] === undefined ? undefined : decodeLoosely(query[2]);
		return fromSalesforce({error: query[1]!, ...(description === undefined ? {} : {error_description: description})}, context);
	}
	const match = pagePatterns.find(([pattern]) => pattern.test(text));
	if (!match) return undefined;
	const defaults = oauthText.salesforceDefaults;
	return oauthError(match[1], {params: {scopes: context.scopes ?? defaults.scopes, redirectUri: context.redirectUri ?? defaults.redirectUri}});
}

/** What a person pasted that is no known error: shown word for word, never swallowed. */
export function unknownPageError(text: string): SfrtError {
	const line = text.replaceAll(/\s+/g, ' ').trim();
	return oauthError('page-error', {params: {text: line.length > 200 ? `${line.slice(0, 199)}…` : line}});
}

function decodeLoosely(text: string): string {
	try {
		return decodeURIComponent(text.replaceAll('+', ' '));
	} catch {
		return text;
	}
}
