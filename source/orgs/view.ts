import {orgKindLabels} from '../oauth/hosts.js';
import type {SavedOrg} from '../store/saved-org.js';
import {secret} from '../cli/format.js';

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

/** "just now", "5 min ago", "3 h ago", "2 days ago": how long ago an ISO time was. */
export function timeAgo(iso: string, now: number = Date.now()): string {
	const then = Date.parse(iso);
	if (!Number.isFinite(then)) return 'unknown';
	const seconds = Math.round((now - then) / 1000);
	if (seconds < 60) return 'just now';
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes} min ago`;
	const hours = Math.floor(minutes / 60);
	if (hours < 48) return `${hours} h ago`;
	return `${Math.floor(hours / 24)} days ago`;
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

/** The same, as aligned lines for people. */
export function orgFields(org: SavedOrg, options: {reveal: boolean; isDefault?: boolean}): Array<[string, string]> {
	return [
		['Alias', org.alias + (options.isDefault ? ' (default)' : '')],
		['Username', org.username],
		['Org ID', org.orgId],
		['Kind', orgKindLabels[org.kind]],
		['Instance', org.instanceUrl],
		['Login URL', org.loginUrl],
		['Scopes', org.scopes.join(' ') || '(none)'],
		['Consumer Key', org.clientId],
		['Refresh token', secret(org.refreshToken, options.reveal)],
		['Access token', secret(org.accessToken, options.reveal)],
		['Last verified', org.lastVerifiedAt],
	];
}
