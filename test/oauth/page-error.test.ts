import {describe, expect, it} from 'vitest';
import {errorFromPageText, pageErrorCodes, unknownPageError} from '../../source/oauth/page-error.js';
import {oauthErrors} from '../../source/oauth/messages.js';

describe('what an error page in the browser says', () => {
	it.each([
		['Remote Access Authorization Error OAUTH_APP_BLOCKED: this app is blocked by admin', 'app-blocked'],
		['OAUTH_EC_APP_NOT_FOUND External client app is not installed in this org', 'app-not-installed'],
		['Cross-org OAuth flows are not supported for this external client app', 'cross-org-app'],
		['error: app must be installed into org', 'app-must-be-installed'],
		['OAUTH_APPROVAL_ERROR_GENERIC : An unexpected error has occured during authentication. invalid_scope: the requested scope is not allowed', 'invalid-scope'],
		['OAUTH_APPROVAL_ERROR_GENERIC', 'approval-error'],
		['You can\'t log in at this time: login hours restrict it', 'login-hours'],
		['Login failed: your IP address is restricted (Login IP Ranges)', 'login-ip-restricted'],
		['inactive_user', 'inactive-user'],
		['organization is inactive', 'inactive-org'],
		['error=access_denied&error_description=end-user+denied+authorization', 'access-denied'],
		['error=redirect_uri_mismatch&error_description=redirect_uri%20must%20match%20configuration', 'redirect-uri-mismatch'],
		['invalid_grant: device flow is not enabled for the app', 'device-flow-disabled'],
	])('%s → %s', (text, code) => {
		const error = errorFromPageText(text, {scopes: 'api refresh_token', redirectUri: 'http://localhost:1717/OauthRedirect'});
		expect(error?.code).toBe(code);
		// Every one has a fix, with nothing left unfilled.
		expect(error!.hint).not.toMatch(/\{\w+\}/);
		expect(error!.message).not.toMatch(/\{\w+\}/);
	});

	it('reads Salesforce\'s own words wherever they are, and keeps them in the message', () => {
		const page = 'Remote Access Authorization Error OAUTH_APP_BLOCKED: this app is blocked by admin\nerror=app_blocked error_description=this app is blocked by admin\nsfrt\'s local Salesforce emulator. Nothing here reaches Salesforce.';
		expect(errorFromPageText(page)?.message).toBe('The app is blocked in this org (OAUTH_APP_BLOCKED: this app is blocked by admin).');
		// Pasted as one line, the rest of the page after the description.
		expect(errorFromPageText(page.replaceAll(/\s+/g, ' '))?.message).toBe('The app is blocked in this org (OAUTH_APP_BLOCKED: this app is blocked by admin).');
		expect(errorFromPageText('OAUTH_APP_BLOCKED: this app is blocked by admin. Contact your administrator.')?.message).toBe('The app is blocked in this org (OAUTH_APP_BLOCKED: this app is blocked by admin).');
		expect(errorFromPageText('2025-01-01 ERROR {"error":"invalid_grant","error_description":"expired access/refresh token"} at refresh')?.code).toBe('refresh-token-invalid');
		expect(errorFromPageText('[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]')?.code).toBe('invalid-token');
		expect(errorFromPageText('invalid_grant: authentication failure - Invalid Password')?.message).toContain('(invalid_grant: authentication failure - Invalid Password)');
		// A vague code gives way to what the rest of the text says.
		expect(errorFromPageText('invalid_grant: your login hours do not allow it')?.code).toBe('login-hours');
		expect(errorFromPageText('invalid_grant: something else')?.code).toBe('invalid-grant');
	});

	it('knows nothing of text that names no error', () => {
		expect(errorFromPageText('Something went sideways')).toBeUndefined();
		expect(errorFromPageText('aPrxT_9ztBXr74c5FOWWHjJ7HB4S60fNxJcOIWk')).toBeUndefined();
	});

	it('shows unknown text word for word (one line, at most 200 characters)', () => {
		expect(unknownPageError('Something\n  went sideways').message).toContain('"Something went sideways"');
		expect(unknownPageError('x'.repeat(500)).message).toContain(`${'x'.repeat(199)}…`);
	});

	it('every error the picker offers has a catalog entry with a fix in Setup terms', () => {
		for (const code of pageErrorCodes) expect(oauthErrors[code].hint.length).toBeGreaterThan(20);
	});
});

describe('what Salesforce or the network said, on a terminal', () => {
	it('loses its control characters: no colour, no cursor moves, no window title', () => {
		const hostile = 'end-user denied\u001B[31m red\u001B]0;owned\u0007 authorization\u001B[2J\r\n';
		const error = errorFromPageText(`error=access_denied&error_description=${encodeURIComponent(hostile)}`)!;
		expect(error.code).toBe('access-denied');
		for (const text of [error.message, error.hint, JSON.stringify(error.salesforce)]) expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
		expect(error.message).toContain('end-user denied red authorization');
		expect(unknownPageError('Oops\u001B[31m\u0007 here').message).toContain('"Oops here"');
	});
});
