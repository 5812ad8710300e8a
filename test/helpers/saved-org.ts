import type {SavedOrg} from '../../source/store/saved-org.js';

/** A saved org made up for store tests (no emulator): one org, one app, a user per userId. */
export function savedOrg(alias: string, userId = '005Dn0000000001AAA'): SavedOrg {
	return {
		alias,
		username: `${alias}@example.com`,
		displayName: alias,
		orgId: '00DDn0000000001AAA',
		userId,
		kind: 'production',
		loginUrl: 'https://login.salesforce.com',
		instanceUrl: 'https://acme.my.salesforce.com',
		identityUrl: `https://login.salesforce.com/id/00DDn0000000001AAA/${userId}`,
		clientId: '3MVG9store',
		redirectUri: 'http://localhost:1717/OauthRedirect',
		scopes: ['api', 'refresh_token'],
		refreshToken: `5Aep861${alias}`,
		createdAt: '2026-01-01T00:00:00.000Z',
		lastVerifiedAt: '2026-01-01T00:00:00.000Z',
	};
}
