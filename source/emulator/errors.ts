/** The OAuth error codes and descriptions Salesforce answers with, word for word. */
export interface OAuthError {
	error: string;
	description: string;
}

function oauthError(error: string, description: string): OAuthError {
	return {error, description};
}

export const oauthErrors = {
	invalidClientId: oauthError('invalid_client_id', 'client identifier invalid'),
	invalidClient: oauthError('invalid_client', 'invalid client credentials'),
	authenticationFailure: oauthError('invalid_grant', 'authentication failure'),
	expiredCode: oauthError('invalid_grant', 'expired authorization code'),
	expiredToken: oauthError('invalid_grant', 'expired access/refresh token'),
	invalidCodeVerifier: oauthError('invalid_grant', 'invalid code verifier'),
	redirectUriMissing: oauthError('redirect_uri_missing', 'redirect_uri must be provided'),
	redirectUriMismatch: oauthError('redirect_uri_mismatch', 'redirect_uri must match configuration'),
	unsupportedGrantType: oauthError('unsupported_grant_type', 'grant type not supported'),
	unsupportedResponseType: oauthError('unsupported_response_type', 'response type not supported'),
	mustUsePost: oauthError('invalid_request', 'must use HTTP POST'),
	missingCodeChallenge: oauthError('invalid_request', 'missing required code challenge'),
	invalidCodeChallengeMethod: oauthError('invalid_request', 'invalid code challenge method'),
	accessDenied: oauthError('access_denied', 'end-user denied authorization'),
	immediateUnsuccessful: oauthError('immediate_unsuccessful', 'immediate unsuccessful'),
	invalidScope: oauthError('invalid_scope', 'the requested scope is not allowed'),
	appNotFound: oauthError('app_not_found', 'External client app is not installed in this org'),
	appBlocked: oauthError('app_blocked', 'this app is blocked by admin'),
	invalidAppAccess: oauthError('invalid_app_access', 'user is not admin approved to access this app'),
	inactiveUser: oauthError('inactive_user', 'user is inactive'),
	inactiveOrg: oauthError('inactive_org', 'organization is inactive'),
	deviceFlowDisabled: oauthError('invalid_grant', 'device flow is not enabled for the app'),
	authorizationPending: oauthError('authorization_pending', 'authorization pending'),
	slowDown: oauthError('slow_down', 'slow down'),
	invalidToken: oauthError('invalid_token', 'invalid token'),
	unsupportedTokenType: oauthError('unsupported_token_type', 'unsupported token type'),
} as const;

/** The codes Salesforce's own error page shows above the OAuth error. */
export const pageErrorCodes = {
	approvalErrorGeneric: 'OAUTH_APPROVAL_ERROR_GENERIC',
	appNotFound: 'OAUTH_EC_APP_NOT_FOUND',
	appBlocked: 'OAUTH_APP_BLOCKED',
} as const;

/** What Salesforce's error page shows: its page code, then the OAuth error or a sentence of its own. */
export interface PageError {
	pageCode: string;
	error?: OAuthError;
	/** Shown after the page code instead of the code's usual message. */
	message?: string;
}
