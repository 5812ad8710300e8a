import {defineCatalogs, type Shape} from '../i18n/index.js';

/**
 * Every word the emulator's pages show. Most mimic Salesforce's own pages (a Japanese org shows
 * them in Japanese); the footer and the password warning are sfrt's.
 */
const en = {
	/** The permission each OAuth scope grants, as the consent page lists it. */
	scopeLabels: {
		api: 'Manage user data via APIs',
		web: 'Manage user data via Web browsers',
		full: 'Full access',
		refresh_token: 'Perform requests at any time',
		offline_access: 'Perform requests at any time',
		openid: 'Access unique user identifiers',
		id: 'Access the identity URL service',
		profile: 'Access the identity URL service',
		email: 'Access the identity URL service',
		address: 'Access the identity URL service',
		phone: 'Access the identity URL service',
		chatter_api: 'Access Chatter REST API resources',
		visualforce: 'Manage user data via Visualforce',
		custom_permissions: 'Access custom permissions',
		lightning: 'Access Lightning applications',
		content: 'Access content resources',
	} as Record<string, string>,
	logoLabel: 'sfrt emulator',
	footer: 'sfrt\'s local Salesforce emulator. Nothing here reaches Salesforce.',
	login: {
		title: 'Login | Salesforce',
		username: 'Username',
		password: 'Password',
		submit: 'Log In',
		failed: 'Please check your username and password. If you still can\'t log in, contact your Salesforce administrator.',
		notReal: 'This is a local emulator: do not enter your real Salesforce password.',
	},
	consent: {
		title: 'Allow Access? | Salesforce',
		heading: 'Allow Access?',
		/** The app's name comes first, in bold. */
		asking: 'is asking to:',
		/** Split around the username, which is shown in bold. */
		question: {before: 'Do you want to allow access for ', after: '?'},
		notYou: 'Not you?',
		deny: 'Deny',
		allow: 'Allow',
	},
	/** The device flow's pages: where a person types the code their device shows, and the outcome. */
	device: {
		title: 'Connect Your Device | Salesforce',
		heading: 'Connect Your Device',
		codeLabel: 'Enter the code shown on your device',
		submit: 'Connect',
		unknownCode: 'That code is not valid or has expired. Check the code on your device, or start again there to get a new one.',
		approved: {
			title: 'Connected | Salesforce',
			heading: 'You\'re connected',
			body: 'Return to your device to continue. You can close this page.',
		},
		denied: {
			title: 'Access Denied | Salesforce',
			heading: 'Access denied',
			body: 'The device was not given access. You can close this page.',
		},
	},
	/** The messages Salesforce's error page shows for its page codes. */
	pageErrors: {
		OAUTH_APPROVAL_ERROR_GENERIC: 'An unexpected error has occurred during authentication. Please try again.',
		OAUTH_EC_APP_NOT_FOUND: 'The app you are trying to log in to is not installed in this org.',
		OAUTH_APP_BLOCKED: 'This app has been blocked by your Salesforce administrator.',
	} as Record<string, string>,
	/** Salesforce's message when an External Client App (Distribution State Local) of another org is used. */
	crossOrgNotSupported: 'Cross-org OAuth flows are not supported for this external client app',
	oauthError: {
		title: 'Problem Logging In | Salesforce',
		heading: 'Problem Logging In',
		body: 'We can\'t log you in because of the following error. For more information, contact your Salesforce administrator.',
	},
	approvalExpired: {
		title: 'Session Expired | Salesforce',
		heading: 'Your approval request has expired',
		body: 'Go back to the app and start the login again.',
	},
	notFound: {
		title: 'URL No Longer Exists',
		heading: 'URL No Longer Exists',
		body: 'You have attempted to reach a URL that no longer exists on salesforce.com.',
		note: 'You may have reached this page after clicking on a direct link into the application. This direct link might be a bookmark to a particular page, such as a report or view. Update the bookmark or ask your administrator.',
	},
	maintenance: {
		title: 'Service Unavailable',
		heading: 'Service Unavailable',
		body: 'The service is temporarily unavailable because of maintenance. Please try again in a few minutes.',
	},
	wrongHost: {
		title: 'Salesforce',
		heading: 'Loading…',
		body: 'This page is an application page, not an OAuth endpoint. If you are a program expecting JSON, you are talking to the wrong host.',
	},
	serverError: {
		title: 'Error',
		heading: 'An internal server error has occurred',
		body: 'The emulator failed to answer this request. See the test output for details.',
	},
	/** The app and user `sfrt demo` runs against, and the name of an app a test leaves unnamed. */
	demoAppName: 'sfrt demo app',
	demoUserName: 'Demo User',
	testAppName: 'sfrt test app',
} as const;

const ja: EmulatorText = {
	scopeLabels: {
		api: 'API を使用してユーザーデータを管理',
		web: 'Web ブラウザーを使用してユーザーデータを管理',
		full: 'フルアクセス',
		refresh_token: 'いつでも要求を実行',
		offline_access: 'いつでも要求を実行',
		openid: '一意のユーザー識別子にアクセス',
		id: 'ID URL サービスにアクセス',
		profile: 'ID URL サービスにアクセス',
		email: 'ID URL サービスにアクセス',
		address: 'ID URL サービスにアクセス',
		phone: 'ID URL サービスにアクセス',
		chatter_api: 'Chatter REST API リソースにアクセス',
		visualforce: 'Visualforce を使用してユーザーデータを管理',
		custom_permissions: 'カスタム権限にアクセス',
		lightning: 'Lightning アプリケーションにアクセス',
		content: 'コンテンツリソースにアクセス',
	},
	logoLabel: 'sfrt エミュレーター',
	footer: 'sfrt のローカル Salesforce エミュレーターです。ここでの操作が Salesforce に届くことはありません。',
	login: {
		title: 'ログイン | Salesforce',
		username: 'ユーザー名',
		password: 'パスワード',
		submit: 'ログイン',
		failed: 'ユーザー名とパスワードを確認してください。それでもログインできない場合は、Salesforce システム管理者にお問い合わせください。',
		notReal: 'これはローカルのエミュレーターです。実際の Salesforce のパスワードは入力しないでください。',
	},
	consent: {
		title: 'アクセスを許可しますか？ | Salesforce',
		heading: 'アクセスを許可しますか？',
		asking: 'が次のアクセスを要求しています:',
		question: {before: '', after: ' のアクセスを許可しますか？'},
		notYou: '別のユーザーですか？',
		deny: '拒否',
		allow: '許可',
	},
	device: {
		title: 'デバイスを接続 | Salesforce',
		heading: 'デバイスを接続',
		codeLabel: 'デバイスに表示されているコードを入力してください',
		submit: '接続',
		unknownCode: 'このコードは無効か、有効期限が切れています。デバイスに表示されているコードを確認するか、デバイスでやり直して新しいコードを取得してください。',
		approved: {
			title: '接続済み | Salesforce',
			heading: '接続されました',
			body: 'デバイスに戻って操作を続けてください。このページは閉じて構いません。',
		},
		denied: {
			title: 'アクセス拒否 | Salesforce',
			heading: 'アクセスが拒否されました',
			body: 'デバイスへのアクセスは許可されませんでした。このページは閉じて構いません。',
		},
	},
	pageErrors: {
		OAUTH_APPROVAL_ERROR_GENERIC: '認証中に予期しないエラーが発生しました。もう一度お試しください。',
		OAUTH_EC_APP_NOT_FOUND: 'ログインしようとしているアプリケーションは、この組織にインストールされていません。',
		OAUTH_APP_BLOCKED: 'このアプリケーションは Salesforce システム管理者によってブロックされています。',
	},
	// Kept in English: Salesforce sends this text untranslated, and sfrt's page-error matching reads it.
	crossOrgNotSupported: 'Cross-org OAuth flows are not supported for this external client app',
	oauthError: {
		title: 'ログインの問題 | Salesforce',
		heading: 'ログインの問題',
		body: '次のエラーのため、ログインできません。詳細は、Salesforce システム管理者にお問い合わせください。',
	},
	approvalExpired: {
		title: 'セッションの有効期限切れ | Salesforce',
		heading: '承認要求の有効期限が切れました',
		body: 'アプリケーションに戻り、ログインをやり直してください。',
	},
	notFound: {
		title: 'URL が存在しません',
		heading: 'URL が存在しません',
		body: 'salesforce.com 上に存在しない URL にアクセスしようとしました。',
		note: 'アプリケーション内への直接リンクをクリックして、このページが表示された可能性があります。直接リンクは、レポートやビューなど特定のページへのブックマークである場合があります。ブックマークを更新するか、システム管理者にお問い合わせください。',
	},
	maintenance: {
		title: 'サービスを利用できません',
		heading: 'サービスを利用できません',
		body: 'メンテナンスのため、サービスを一時的に利用できません。数分後にもう一度お試しください。',
	},
	wrongHost: {
		title: 'Salesforce',
		heading: '読み込み中…',
		body: 'このページはアプリケーションのページであり、OAuth エンドポイントではありません。JSON を受け取るはずのプログラムであれば、接続先のホストが間違っています。',
	},
	serverError: {
		title: 'エラー',
		heading: '内部サーバーエラーが発生しました',
		body: 'エミュレーターはこの要求に応答できませんでした。詳細はテストの出力を参照してください。',
	},
	demoAppName: 'sfrt デモアプリケーション',
	demoUserName: 'デモユーザー',
	testAppName: 'sfrt テストアプリケーション',
};

export type EmulatorText = Shape<typeof en>;

export let emulatorText: EmulatorText;
defineCatalogs<EmulatorText>({en, ja}, text => {
	emulatorText = text;
});
