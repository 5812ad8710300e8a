import {describe, expect, it} from 'vitest';
import {readCallback} from '../../source/oauth/callback.js';
import {oauthErrors} from '../../source/oauth/messages.js';
import {fromSalesforce} from '../../source/oauth/oauth-error.js';

describe('Salesforce errors', () => {
	// Every row of the shared doc's error tables, as Salesforce sends it.
	it.each([
		['access_denied', 'end-user denied authorization', 'access-denied'],
		['invalid_client_id', 'client identifier invalid', 'invalid-client-id'],
		['redirect_uri_mismatch', 'redirect_uri must match configuration', 'redirect-uri-mismatch'],
		['invalid_request', 'missing required code challenge', 'pkce-required'],
		['invalid_scope', 'the requested scope is not allowed', 'invalid-scope'],
		['OAUTH_EC_APP_NOT_FOUND', 'External client app is not installed in this org', 'app-not-installed'],
		['app_not_found', 'External client app is not installed in this org', 'app-not-installed'],
		['OAUTH_APP_BLOCKED', 'this app is blocked by admin', 'app-blocked'],
		['immediate_unsuccessful', 'immediate unsuccessful', 'immediate-unsuccessful'],
		['invalid_grant', 'authentication failure', 'authentication-failure'],
		['invalid_grant', 'expired authorization code', 'expired-code'],
		['invalid_grant', 'expired access/refresh token', 'refresh-token-invalid'],
		['invalid_grant', 'invalid code verifier', 'invalid-code-verifier'],
		['invalid_client', 'invalid client credentials', 'invalid-client'],
		['unsupported_grant_type', 'grant type not supported', 'unsupported-grant-type'],
		['invalid_app_access', 'user is not admin approved to access this app', 'invalid-app-access'],
		['inactive_user', 'inactive user', 'inactive-user'],
		['inactive_org', 'inactive organization', 'inactive-org'],
		['rate_limit_exceeded', 'rate limit exceeded', 'rate-limit-exceeded'],
		['invalid_token', 'invalid token', 'invalid-token'],
		['unsupported_token_type', 'unsupported token type', 'unsupported-token-type'],
		['oauth_flow_disabled', 'flow disabled', 'oauth-flow-disabled'],
		['unsupported_response_type', 'unsupported response type', 'unsupported-response-type'],
		['redirect_uri_missing', 'redirect_uri missing', 'redirect-uri-missing'],
		['authorization_pending', '', 'authorization-pending'],
		['slow_down', '', 'slow-down'],
		['something_new', 'brand new', 'salesforce-error'],
	])('%s / %s → %s', (error, description, code) => {
		const mapped = fromSalesforce({error, error_description: description}, {redirectUri: 'http://localhost:1717/OauthRedirect'});
		expect(mapped.code).toBe(code);
		expect(mapped.hint.length).toBeGreaterThan(20);
		expect(mapped.message).not.toMatch(/\{\w+\}/);
		expect(mapped.hint).not.toMatch(/\{\w+\}/);
		expect(mapped.salesforce).toEqual({error, error_description: description});
	});

	it('names the callback URL to register when it does not match', () => {
		const error = fromSalesforce({error: 'redirect_uri_mismatch'}, {redirectUri: 'http://localhost:1717/OauthRedirect'});
		expect(error.hint).toContain('http://localhost:1717/OauthRedirect');
		expect(error.hint).toContain('Callback URL');
	});

	it('every catalog entry has a message and a hint', () => {
		for (const [code, entry] of Object.entries(oauthErrors)) {
			expect(entry.message, code).not.toBe('');
			expect(entry.hint, code).not.toBe('');
		}
	});
});

describe('readCallback', () => {
	const expected = {state: 'abc'};

	it('decodes the code exactly once', () => {
		const result = readCallback(new URLSearchParams('code=aPrx.x_y%3D%3D&state=abc'), expected);
		expect(result).toEqual({kind: 'code', code: 'aPrx.x_y=='});
	});

	it('ignores a redirect with another state, even an error one', () => {
		expect(readCallback(new URLSearchParams('code=x&state=zzz'), expected)).toEqual({kind: 'state-mismatch'});
		expect(readCallback(new URLSearchParams('error=access_denied'), expected)).toEqual({kind: 'state-mismatch'});
	});

	it('turns an error redirect into the error with its fix', () => {
		const result = readCallback(new URLSearchParams('error=access_denied&error_description=end-user+denied+authorization&state=abc'), expected);
		expect(result.kind).toBe('error');
		if (result.kind === 'error') {
			expect(result.error.code).toBe('access-denied');
			expect(result.error.salesforce?.error_description).toBe('end-user denied authorization');
		}
	});

	it('a callback without code or error is not the end', () => {
		expect(readCallback(new URLSearchParams('state=abc'), expected)).toEqual({kind: 'no-code'});
	});
});
