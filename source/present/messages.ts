import {defineCatalogs, type Shape} from '../i18n/index.js';

/** Text the plain commands and the wizard both show: secrets, errors, an org's fields, times. */
const en = {
	/** A value that is not there. */
	none: '(none)',
	unknown: '(unknown)',
	error: {
		fix: 'Fix:',
		code: (code: string) => `(${code})`,
	},
	/** "just now", "5 min ago", "3 h ago", "2 days ago". */
	time: {
		unknown: 'unknown',
		justNow: 'just now',
		minutes: (minutes: number) => `${minutes} min ago`,
		hours: (hours: number) => `${hours} h ago`,
		days: (days: number) => `${days} days ago`,
		/** A local date and time, and how long ago it was. */
		withAgo: (when: string, ago: string) => `${when} (${ago})`,
	},
	orgFields: {
		labels: {
			alias: 'Alias',
			username: 'Username',
			displayName: 'Name',
			orgId: 'Org ID',
			kind: 'Kind',
			instanceUrl: 'Instance',
			loginUrl: 'Login URL',
			clientId: 'Consumer Key',
			clientSecret: 'Consumer Secret',
			scopes: 'Scopes',
			refreshToken: 'Refresh token',
			accessToken: 'Access token',
			accessTokenIssuedAt: 'Token issued',
			identityUrl: 'Identity URL',
			createdAt: 'Saved',
			lastVerifiedAt: 'Last verified',
		},
		defaultAlias: (alias: string) => `${alias} (default)`,
		noScopes: '(none)',
		/** The wizard's details screen has room for longer words. */
		screen: {
			instanceUrl: 'Instance URL',
			defaultAlias: (alias: string) => `${alias} (default org)`,
			noScopes: '(none listed)',
		},
	},
} as const;

export type PresentText = Shape<typeof en>;

export let presentText: PresentText;
defineCatalogs<PresentText>({en}, text => {
	presentText = text;
});
