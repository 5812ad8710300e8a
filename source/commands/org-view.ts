import {secret} from '../cli/format.js';
import {orgKindLabels} from '../oauth/hosts.js';
import type {SavedOrg} from '../store/saved-org.js';

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
