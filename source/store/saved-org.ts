import type {OrgKind} from '../oauth/hosts.js';

/** One org sfrt keeps a refresh token for. */
export interface SavedOrg {
	alias: string;
	username: string;
	displayName: string;
	orgId: string;
	userId: string;
	kind: OrgKind;
	loginUrl: string;
	instanceUrl: string;
	identityUrl: string;
	clientId: string;
	/** Empty for apps that don't require a secret. */
	clientSecret?: string;
	redirectUri: string;
	scopes: string[];
	refreshToken: string;
	accessToken?: string;
	/** Epoch ms when accessToken was issued. */
	accessTokenIssuedAt?: number;
	/** ISO 8601. */
	createdAt: string;
	/** ISO 8601: the last time a refresh grant and an identity read worked. */
	lastVerifiedAt: string;
}

/** The same login (org, user and app) is one entry, whatever its alias. */
export function sameLogin(a: Pick<SavedOrg, 'orgId' | 'userId' | 'clientId'>, b: Pick<SavedOrg, 'orgId' | 'userId' | 'clientId'>): boolean {
	return a.orgId === b.orgId && a.userId === b.userId && a.clientId === b.clientId;
}
