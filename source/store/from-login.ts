import type {LoginResult, LoginSettings} from '../oauth/login.js';
import type {SavedOrg} from './saved-org.js';

export function savedOrgFromLogin(result: LoginResult, settings: LoginSettings, alias: string): SavedOrg {
	const now = result.verifiedAt.toISOString();
	return {
		alias,
		username: result.identity.username,
		displayName: result.identity.displayName,
		orgId: result.identity.orgId,
		userId: result.identity.userId,
		kind: settings.loginHost.kind,
		loginUrl: settings.loginHost.url,
		instanceUrl: result.tokens.instanceUrl,
		identityUrl: result.tokens.id,
		clientId: settings.clientId,
		...(settings.clientSecret ? {clientSecret: settings.clientSecret} : {}),
		redirectUri: settings.redirectUri.url,
		scopes: result.tokens.scopes,
		refreshToken: result.tokens.refreshToken,
		accessToken: result.tokens.accessToken,
		accessTokenIssuedAt: result.tokens.issuedAt,
		createdAt: now,
		lastVerifiedAt: now,
	};
}

