import {orgKindLabels} from '../oauth/messages.js';
import type {SavedOrg} from '../store/saved-org.js';
import {presentText, type PresentText} from './messages.js';
import {secret} from './secret.js';
import {localDateTime, timeAgo} from './time.js';

export type OrgFieldKey = keyof PresentText['orgFields']['labels'];

/** One "label  value" line about an org; `key` names the field in every language. */
export interface OrgField {
	key: OrgFieldKey;
	label: string;
	value: string;
}

/** Which fields each place shows, in order. */
export const orgFieldSets = {
	/** After `sfrt login` and `sfrt import` saved an org. */
	saved: ['alias', 'username', 'orgId', 'kind', 'instanceUrl', 'loginUrl', 'scopes', 'clientId', 'refreshToken', 'accessToken', 'lastVerifiedAt'],
	/** `sfrt show`: everything sfrt keeps. */
	show: ['alias', 'username', 'orgId', 'kind', 'instanceUrl', 'loginUrl', 'scopes', 'clientId', 'clientSecret', 'refreshToken', 'accessToken', 'lastVerifiedAt', 'accessTokenIssuedAt', 'identityUrl'],
	/** The wizard's details screen: the refresh token is masked until revealed; the client secret always. */
	screen: ['alias', 'username', 'displayName', 'orgId', 'kind', 'instanceUrl', 'loginUrl', 'clientId', 'clientSecret', 'scopes', 'refreshToken', 'createdAt', 'lastVerifiedAt'],
} as const satisfies Record<string, readonly OrgFieldKey[]>;

export type OrgFieldSet = keyof typeof orgFieldSets;

export interface OrgFieldOptions {
	/** Which fields; `saved` unless given. */
	set?: OrgFieldSet;
	/** Secrets unmasked (on the screen: the refresh token; never the client secret there). */
	reveal: boolean;
	isDefault: boolean;
	/** For "(3 h ago)" after times on the screen, which shows them in local time. */
	now?: number;
}

/** The fields of one org, as `sfrt show`, `sfrt login` and the wizard's details screen list them. */
export function orgFields(org: SavedOrg, options: OrgFieldOptions): OrgField[] {
	const {set = 'saved'} = options;
	const text = presentText.orgFields;
	const screen = set === 'screen';
	const now = options.now ?? Date.now();
	const time = (iso: string) => (screen ? presentText.time.withAgo(localDateTime(iso), timeAgo(iso, now)) : iso);
	const values: Record<OrgFieldKey, () => string> = {
		alias: () => (options.isDefault ? (screen ? text.screen.defaultAlias : text.defaultAlias)(org.alias) : org.alias),
		username: () => org.username,
		displayName: () => org.displayName,
		orgId: () => org.orgId,
		kind: () => orgKindLabels[org.kind],
		instanceUrl: () => org.instanceUrl,
		loginUrl: () => org.loginUrl,
		clientId: () => org.clientId,
		clientSecret: () => (org.clientSecret ? secret(org.clientSecret, options.reveal && !screen) : presentText.none),
		scopes: () => org.scopes.join(' ') || (screen ? text.screen.noScopes : text.noScopes),
		refreshToken: () => secret(org.refreshToken, options.reveal),
		accessToken: () => secret(org.accessToken, options.reveal),
		accessTokenIssuedAt: () => (org.accessTokenIssuedAt === undefined ? presentText.unknown : new Date(org.accessTokenIssuedAt).toISOString()),
		identityUrl: () => org.identityUrl,
		createdAt: () => time(org.createdAt),
		lastVerifiedAt: () => time(org.lastVerifiedAt),
	};
	return orgFieldSets[set].map(key => ({
		key,
		label: screen && key === 'instanceUrl' ? text.screen.instanceUrl : text.labels[key],
		value: values[key](),
	}));
}
