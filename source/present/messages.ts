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

const ja: PresentText = {
	none: '（なし）',
	unknown: '（不明）',
	error: {
		fix: '対処:',
		code: (code: string) => `(${code})`,
	},
	time: {
		unknown: '不明',
		justNow: 'たった今',
		minutes: (minutes: number) => `${minutes} 分前`,
		hours: (hours: number) => `${hours} 時間前`,
		days: (days: number) => `${days} 日前`,
		withAgo: (when: string, ago: string) => `${when}（${ago}）`,
	},
	orgFields: {
		labels: {
			alias: 'エイリアス',
			username: 'ユーザー名',
			displayName: '名前',
			orgId: '組織 ID',
			kind: '種別',
			instanceUrl: 'インスタンス URL',
			loginUrl: 'ログイン URL',
			clientId: 'コンシューマー鍵',
			clientSecret: 'コンシューマーの秘密',
			scopes: 'OAuth 範囲',
			refreshToken: '更新トークン',
			accessToken: 'アクセストークン',
			accessTokenIssuedAt: 'トークン発行日時',
			identityUrl: 'ID URL',
			createdAt: '保存日時',
			lastVerifiedAt: '最終確認日時',
		},
		defaultAlias: (alias: string) => `${alias}（デフォルト）`,
		noScopes: '（なし）',
		screen: {
			instanceUrl: 'インスタンス URL',
			defaultAlias: (alias: string) => `${alias}（デフォルトの組織）`,
			noScopes: '（記載なし）',
		},
	},
};

export type PresentText = Shape<typeof en>;

export let presentText: PresentText;
defineCatalogs<PresentText>({en, ja}, text => {
	presentText = text;
});
