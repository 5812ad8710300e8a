import type {OrgKind} from '../oauth/hosts.js';
import {sameId} from '../oauth/salesforce-id.js';

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

/**
 * The same login (org, user and app) is one entry, whatever its alias. An org saved before sfrt
 * kept 18-character IDs may hold the 15-character form: it is the same login.
 */
export function sameLogin(a: Pick<SavedOrg, 'orgId' | 'userId' | 'clientId'>, b: Pick<SavedOrg, 'orgId' | 'userId' | 'clientId'>): boolean {
	return sameId(a.orgId, b.orgId) && sameId(a.userId, b.userId) && a.clientId === b.clientId;
}
