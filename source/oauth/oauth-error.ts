import {printable} from '../present/printable.js';
import {errorFactory, SfrtError, type SalesforceErrorBody} from '../errors.js';
import {oauthErrors, oauthText, type OAuthErrorCode} from './messages.js';

export const oauthError = errorFactory(() => oauthErrors, {
	// Input sfrt checks before talking to Salesforce: bad usage.
	'bad-domain': 2,
	'lightning-domain': 2,
	'insecure-domain': 2,
	'bad-redirect-uri': 2,
	'missing-client-id': 2,
	'bad-scopes': 2,
	'paste-empty': 2,
	'paste-no-code': 2,
	'paste-other-login': 2,
	'paste-damaged': 2,
	'paste-unrecognised': 2,
	'proxy-url-invalid': 2,
	cancelled: 130,
});

/** What sfrt sent, for the error to name. */
export interface SalesforceContext {
	redirectUri?: string | undefined;
	scopes?: string | undefined;
	/** Whether the request carried a Consumer Secret (token endpoint requests). */
	secretSent?: boolean | undefined;
}

/**
 * Maps what Salesforce said (`error` plus `error_description`, from a redirect, a plain-text
 * page or a JSON body) to sfrt's error with its fix. `invalid_grant` means several things, told
 * apart by the description.
 */
export function fromSalesforce(answer: SalesforceErrorBody, context: SalesforceContext = {}): SfrtError {
	// What Salesforce (or whoever answered) said reaches a terminal: nothing in it may steer it.
	const body = {...answer, error: printable(answer.error), ...(answer.error_description === undefined ? {} : {error_description: printable(answer.error_description)})};
	const description = (body.error_description ?? '').trim();
	const code = salesforceCode(body.error, description);
	const defaults = oauthText.salesforceDefaults;
	const error = oauthError(code, {
		salesforce: body,
		// The secret was refused, or none was sent to an app that requires one: the fixes differ.
		...(code === 'invalid-client' && context.secretSent === false ? {variant: 'no-secret'} : {}),
		params: {
			description: description || body.error,
			error: body.error,
			redirectUri: context.redirectUri ?? defaults.redirectUri,
			scopes: context.scopes ?? defaults.scopes,
			...(code === 'salesforce-error' ? {description: description ? defaults.description(description) : ''} : {}),
		},
	});
	return withSalesforceWords(error, body.error, description);
}

/**
 * Salesforce's own reason is always shown: "authentication failure - Invalid Password" says
 * more than the catalog's "authentication failure". A message that holds it already is kept.
 */
function withSalesforceWords(error: SfrtError, code: string, description: string): SfrtError {
	const words = description || code;
	if (error.message.toLowerCase().includes(words.toLowerCase())) return error;
	const said = description ? `${code}: ${description}` : code;
	return new SfrtError(error.code, oauthText.withSalesforceWords(error.message, said), error.hint, {
		exitCode: error.exitCode,
		params: error.params,
		...(error.salesforce ? {salesforce: error.salesforce} : {}),
		...(error.variant === undefined ? {} : {variant: error.variant}),
	});
}

/** Whether Salesforce uses this word as an error code that sfrt knows what to say about. */
export function isSalesforceErrorCode(word: string): boolean {
	return word.toLowerCase() === 'unknown_error' || salesforceCode(word, '') !== 'salesforce-error';
}

function salesforceCode(error: string, description: string): OAuthErrorCode {
	const text = description.toLowerCase();
	switch (error.toLowerCase()) {
		case 'access_denied': return 'access-denied';
		case 'invalid_client_id': return 'invalid-client-id';
		case 'invalid_client': return text.includes('client identifier') ? 'invalid-client-id' : 'invalid-client';
		case 'redirect_uri_mismatch': return 'redirect-uri-mismatch';
		case 'redirect_uri_missing': return 'redirect-uri-missing';
		case 'invalid_request': return text.includes('missing required code challenge') ? 'pkce-required' : 'invalid-request';
		case 'invalid_scope': return 'invalid-scope';
		case 'app_not_found':
		case 'oauth_ec_app_not_found': return 'app-not-installed';
		case 'app_blocked':
		case 'oauth_app_blocked': return 'app-blocked';
		case 'immediate_unsuccessful': return 'immediate-unsuccessful';
		case 'oauth_flow_disabled': return 'oauth-flow-disabled';
		case 'unsupported_response_type': return 'unsupported-response-type';
		case 'invalid_grant': return invalidGrantCode(text);
		case 'unsupported_grant_type': return 'unsupported-grant-type';
		case 'invalid_app_access': return 'invalid-app-access';
		case 'inactive_user': return 'inactive-user';
		case 'inactive_org': return 'inactive-org';
		case 'rate_limit_exceeded':
		case 'login_rate_exceeded': return 'rate-limit-exceeded';
		case 'invalid_token': return 'invalid-token';
		case 'unsupported_token_type': return 'unsupported-token-type';
		case 'authorization_pending': return 'authorization-pending';
		case 'slow_down': return 'slow-down';
		// What the identity and REST endpoints say of a token they refuse (plain text, or a JSON errorCode).
		case 'bad_oauth_token':
		case 'missing_oauth_token':
		case 'bad_id':
		case 'invalid_session_id': return 'invalid-token';
		default:
			return fromDescription(text) ?? 'salesforce-error';
	}
}

/** What some descriptions mean whatever the error code beside them (Salesforce varies it). */
function fromDescription(description: string): OAuthErrorCode | undefined {
	if (description.includes('device flow is not enabled')) return 'device-flow-disabled';
	if (description.includes('cross-org')) return 'cross-org-app';
	if (description.includes('must be installed')) return 'app-must-be-installed';
	if (description.includes('not installed')) return 'app-not-installed';
	// Sent now and then (with unknown_error) when Salesforce did not carry out the request.
	if (description.includes('retry your request')) return 'salesforce-retry';
	return undefined;
}

function invalidGrantCode(description: string): OAuthErrorCode {
	const known = fromDescription(description);
	if (known) return known;
	if (description.includes('expired authorization code')) return 'expired-code';
	if (description.includes('expired access/refresh token')) return 'refresh-token-invalid';
	if (description.includes('code verifier')) return 'invalid-code-verifier';
	if (description.includes('authentication failure')) return 'authentication-failure';
	if (description.includes('inactive user')) return 'inactive-user';
	if (description.includes('inactive organization')) return 'inactive-org';
	return 'invalid-grant';
}
