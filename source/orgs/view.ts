import {orgKindLabels} from '../oauth/messages.js';
import {secret} from '../present/secret.js';
import type {SavedOrg} from '../store/saved-org.js';

/** One row of the org list: nothing secret in it. */
export interface OrgListItem {
	alias: string;
	username: string;
	orgId: string;
	kind: SavedOrg['kind'];
	kindLabel: string;
	instanceUrl: string;
	isDefault: boolean;
	lastVerifiedAt: string;
}

export function orgListItem(org: SavedOrg, defaultAlias: string | undefined): OrgListItem {
	return {
		alias: org.alias,
		username: org.username,
		orgId: org.orgId,
		kind: org.kind,
		kindLabel: orgKindLabels[org.kind],
		instanceUrl: org.instanceUrl,
		isDefault: org.alias === defaultAlias,
		lastVerifiedAt: org.lastVerifiedAt,
	};
}

/**
 * Everything about one org, as `sfrt show --json` and `sfrt login --json` print it: tokens
 * and the client secret masked unless `reveal`.
 */
export function orgDetails(org: SavedOrg, options: {reveal: boolean; isDefault: boolean}) {
	return {
		...orgJson(org, options),
		kindLabel: orgKindLabels[org.kind],
		identityUrl: org.identityUrl,
		accessTokenIssuedAt: org.accessTokenIssuedAt === undefined ? null : new Date(org.accessTokenIssuedAt).toISOString(),
	};
}

/** How a saved org appears in --json output: secrets masked unless revealed. */
export function orgJson(org: SavedOrg, options: {reveal: boolean; isDefault?: boolean}) {
	return {
		alias: org.alias,
		username: org.username,
		displayName: org.displayName,
		orgId: org.orgId,
		userId: org.userId,
		kind: org.kind,
		instanceUrl: org.instanceUrl,
		loginUrl: org.loginUrl,
		clientId: org.clientId,
		clientSecret: org.clientSecret ? secret(org.clientSecret, options.reveal) : null,
		redirectUri: org.redirectUri,
		scopes: org.scopes,
		refreshToken: secret(org.refreshToken, options.reveal),
		accessToken: org.accessToken ? secret(org.accessToken, options.reveal) : null,
		isDefault: options.isDefault ?? false,
		createdAt: org.createdAt,
		lastVerifiedAt: org.lastVerifiedAt,
	};
}
