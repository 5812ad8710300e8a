import {describe, expect, it} from 'vitest';
import {oauthErrors} from '../../source/oauth/messages.js';
import {runMain} from '../helpers/cli.js';

/** Errors as people paste them: from logs, browser pages and other tools. */
const pasted: Array<[string, string]> = [
	['invalid_grant: expired access/refresh token', 'refresh-token-invalid'],
	['Error: invalid_grant - authentication failure - Invalid Password', 'authentication-failure'],
	['{"error":"invalid_client_id","error_description":"client identifier invalid"}', 'invalid-client-id'],
	['HTTP 400 {"error":"invalid_client","error_description":"invalid client credentials"}', 'invalid-client'],
	['error=redirect_uri_mismatch&error_description=redirect_uri%20must%20match%20configuration', 'redirect-uri-mismatch'],
	['http://localhost:1717/OauthRedirect?error=access_denied&error_description=end-user+denied+authorization&state=x', 'access-denied'],
	['Remote Access Authorization Error OAUTH_APP_BLOCKED: this app is blocked by admin', 'app-blocked'],
	['OAUTH_APP_BLOCKED', 'app-blocked'],
	['OAUTH_EC_APP_NOT_FOUND', 'app-not-installed'],
	['OAUTH_APPROVAL_ERROR_GENERIC : An unexpected error has occured during authentication. Cross-org OAuth flows are not supported for this external client app', 'cross-org-app'],
	['[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]', 'invalid-token'],
	['INVALID_SESSION_ID: Session expired or invalid', 'invalid-token'],
	['Bad_OAuth_Token', 'invalid-token'],
	['LOGIN_RATE_EXCEEDED', 'rate-limit-exceeded'],
	['{"error":"unknown_error","error_description":"retry your request"}', 'salesforce-retry'],
	['unsupported_grant_type: grant type not supported', 'unsupported-grant-type'],
	['You can\'t log in from login.salesforce.com. Log in using your company\'s My Domain login URL.', 'my-domain-required'],
	['Prevent login from https://login.salesforce.com', 'my-domain-required'],
];

describe('sfrt why', () => {
	it.each(pasted)('%s → %s', async (text, code) => {
		const run = await runMain(['why', text]);
		expect(run).toMatchObject({code: 0, stderr: ''});
		expect(run.stdout).toContain(`(${code})`);
		expect(run.stdout).toContain(`Fix: ${oauthErrors[code as keyof typeof oauthErrors].hint.slice(0, 30)}`);
	});

	it('--json: the code, message and hint, with what Salesforce said', async () => {
		const run = await runMain(['why', '--json', 'invalid_grant: authentication failure - Invalid Password']);
		expect(run.code).toBe(0);
		expect(JSON.parse(run.stdout)).toEqual({ok: true, error: {
			code: 'authentication-failure',
			message: 'Salesforce refused the login (invalid_grant: authentication failure - Invalid Password).',
			hint: oauthErrors['authentication-failure'].hint,
			salesforce: {error: 'invalid_grant', error_description: 'authentication failure - Invalid Password'},
		}});
	});

	it('reads stdin for "-", and unquoted words as one text', async () => {
		expect((await runMain(['why', '-', '--json'], {stdin: '{"error": "inactive_user",\n "error_description": "user is inactive"}\n'})).stdout).toContain('"code":"inactive-user"');
		expect((await runMain(['why', 'invalid_grant:', 'expired', 'authorization', 'code'])).stdout).toContain('(expired-code)');
	});

	it('unknown text is shown back word for word, with the generic fix; exit 1', async () => {
		const run = await runMain(['why', 'the  moon\nis blue']);
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('sfrt does not know this error: "the moon is blue".');
		expect(run.stderr).toContain('Setup → Login History');
		const json = await runMain(['why', '--json', 'something_new: brand new']);
		expect(json.code).toBe(1);
		expect(JSON.parse(json.stdout)).toMatchObject({ok: false, error: {code: 'page-error', message: 'sfrt does not know this error: "something_new: brand new".'}});
	});

	it('no text is bad usage', async () => {
		const run = await runMain(['why', '--json'], {stdin: '  \n'});
		expect(run.code).toBe(2);
		expect(JSON.parse(run.stdout)).toMatchObject({ok: false, error: {code: 'usage'}});
	});
});
