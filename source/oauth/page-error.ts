/**
 * Some failures never come back to sfrt: Salesforce shows them as a page in the browser
 * (OAUTH_APP_BLOCKED, "External client app is not installed in this org", …). A person copies
 * what that page says, or an error from a log or another tool; this finds which error it is,
 * so sfrt can show its fix.
 */
import type {SalesforceErrorBody, SfrtError} from '../errors.js';
import {printable} from '../present/printable.js';
import {oauthText, type OAuthErrorCode} from './messages.js';
import {fromSalesforce, isSalesforceErrorCode, oauthError, type SalesforceContext} from './oauth-error.js';

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
	// How Salesforce words the My Domain login policy varies *(reported)*; these are its parts.
	[/prevent login from|log ?in (?:at|with|using|from|through) (?:your |the )?(?:company'?s |org'?s )?my domain|my domain (?:url |login )?(?:is )?required/i, 'my-domain-required'],
	[/login hours/i, 'login-hours'],
	[/login ip|ip (address )?(is )?(not allowed|restricted|range)|restricted ip/i, 'login-ip-restricted'],
	[/inactive_user|user is inactive|inactive user/i, 'inactive-user'],
	[/inactive_org|organization is inactive|inactive org/i, 'inactive-org'],
	[/access_denied|denied authorization/i, 'access-denied'],
	[/retry your request/i, 'salesforce-retry'],
	[/login_rate_exceeded|rate_limit_exceeded|too many logins/i, 'rate-limit-exceeded'],
	[/expired access\/refresh token/i, 'refresh-token-invalid'],
	[/expired authorization code/i, 'expired-code'],
	[/invalid code verifier/i, 'invalid-code-verifier'],
	[/client identifier invalid/i, 'invalid-client-id'],
	[/invalid client credentials/i, 'invalid-client'],
	[/redirect_uri must match/i, 'redirect-uri-mismatch'],
	[/missing required code challenge/i, 'pkce-required'],
	[/not admin approved/i, 'invalid-app-access'],
	[/session expired or invalid|bad_oauth_token|missing_oauth_token|invalid_session_id/i, 'invalid-token'],
	[/authentication failure/i, 'authentication-failure'],
	[/oauth_approval_error_generic/i, 'approval-error'],
];

/** What Salesforce's code says too little about: the text around it may say more. */
const vagueCodes = new Set<string>(['invalid-grant', 'invalid-request', 'salesforce-error']);

/**
 * The error a pasted page (or any error text) names, or undefined when it names none. It reads
 * Salesforce's JSON bodies ({"error":…} and the REST [{"errorCode":…}]), the
 * `error=…&error_description=…` of its plain-text pages and redirects, and a code in the text
 * ("invalid_grant: expired access/refresh token", "OAUTH_APP_BLOCKED", "INVALID_SESSION_ID").
 */
export function errorFromPageText(text: string, context: SalesforceContext = {}): SfrtError | undefined {
	const query = queryBody(text);
	const said = jsonBody(text) ?? (query?.error_description ? query : undefined) ?? codeInText(text) ?? query;
	const error = said ? fromSalesforce(said, context) : undefined;
	if (error && !vagueCodes.has(error.code)) return error;
	return fromPatterns(text, context) ?? error;
}

/** What a person pasted that is no known error: shown word for word, never swallowed. */
export function unknownPageError(text: string, variant?: 'pasted'): SfrtError {
	const line = printable(text).replaceAll(/\s+/g, ' ').trim();
	return oauthError('page-error', {variant, params: {text: line.length > 200 ? `${line.slice(0, 199)}…` : line}});
}

function fromPatterns(text: string, context: SalesforceContext): SfrtError | undefined {
	const match = pagePatterns.find(([pattern]) => pattern.test(text));
	return match ? pageError(match[1], context) : undefined;
}

/** The error a page shows, its message filled in with what this login asked for. */
export function pageError(code: OAuthErrorCode, context: SalesforceContext = {}): SfrtError {
	const defaults = oauthText.salesforceDefaults;
	return oauthError(code, {params: {scopes: context.scopes ?? defaults.scopes, redirectUri: context.redirectUri ?? defaults.redirectUri}});
}

/** {"error":"…","error_description":"…"}, or the REST API's [{"errorCode":"…","message":"…"}], wherever it starts. */
function jsonBody(text: string): SalesforceErrorBody | undefined {
	const start = text.search(/[{[]/);
	if (start < 0) return undefined;
	let value: unknown;
	try {
		value = JSON.parse(text.slice(start, Math.max(text.lastIndexOf('}'), text.lastIndexOf(']')) + 1));
	} catch {
		return undefined;
	}
	const first = (Array.isArray(value) ? value[0] : value) as Record<string, unknown> | null | undefined;
	if (!first || typeof first !== 'object') return undefined;
	const error = first.error ?? first.errorCode;
	const description = first.error_description ?? first.message;
	if (typeof error !== 'string' || !error) return undefined;
	return {error, ...(typeof description === 'string' && description ? {error_description: description} : {})};
}

/** `error=…&error_description=…` of an address or a plain-text page. */
function queryBody(text: string): SalesforceErrorBody | undefined {
	const query = /(?:^|[?&\s])error=([\w.-]+)(?:&error_description=([^&\s]*))?/.exec(text);
	if (!query) return undefined;
	const description = query[2] ? decodeLoosely(query[2]) : undefined;
	return {error: query[1]!, ...(description === undefined ? {} : {error_description: description})};
}

/** The first code Salesforce uses in the text, with the phrase after it (past a ":") as the description. */
function codeInText(text: string): SalesforceErrorBody | undefined {
	for (const match of text.matchAll(/\b([A-Za-z]+(?:_[A-Za-z]+)+)\b(?:[ \t]*[:–-][ \t]*([^\n]*))?/g)) {
		if (!isSalesforceErrorCode(match[1]!)) continue;
		const description = phraseOf(match[2] ?? '');
		return {error: match[1]!, ...(description ? {error_description: description} : {})};
	}
	return undefined;
}

const longestDescription = 160;

/**
 * Salesforce's description is a short phrase ("authentication failure - Invalid Password"); a
 * copied page often comes as one line, the rest of the page after it. The phrase ends at a
 * sentence's end, another code, or an error= field.
 */
function phraseOf(text: string): string {
	const end = /\.(?:\s|$)|\s+(?:error(?:_description)?=|[A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+\b)/.exec(text);
	const phrase = (end ? text.slice(0, end.index) : text).trim();
	return phrase.length > longestDescription ? `${phrase.slice(0, phrase.lastIndexOf(' ', longestDescription))}…` : phrase;
}

function decodeLoosely(text: string): string {
	try {
		return decodeURIComponent(text.replaceAll('+', ' '));
	} catch {
		return text;
	}
}
