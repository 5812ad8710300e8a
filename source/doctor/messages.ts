import {defineCatalogs, type Shape} from '../i18n/index.js';

/** What each doctor check says it found, and the fix when it is not fine. */
const en = {
	node: {
		ok: (version: string) => `Node ${version}`,
		old: (version: string, minimum: number) => `Node ${version} is too old: sfrt needs Node ${minimum} or newer.`,
		upgrade: (minimum: number) => `Install Node ${minimum} or newer from https://nodejs.org, or with a version manager (nvm install ${minimum}), then run sfrt with it.`,
	},

	store: {
		ok: (path: string, count: number) => `The saved orgs file ${path} reads fine (${count === 0 ? 'no orgs' : count === 1 ? '1 org' : `${count} orgs`}).`,
	},

	storeMode: {
		ok: 'The saved orgs file and its folder are private (0600 and 0700).',
		notChecked: 'File modes are not checked on Windows: the folder is private to your user profile.',
		nothingYet: 'There is no saved orgs file yet to check.',
		folderOnly: 'The config folder is private (0700); there is no saved orgs file in it yet.',
		looseFile: (path: string, mode: string) => `The saved orgs file ${path} has mode ${mode}: other users on this machine may read your refresh tokens.`,
		looseDirectory: (path: string, mode: string) => `Its folder ${path} has mode ${mode}, not 0700.`,
		fix: (commands: string) => `Run: ${commands}`,
	},

	proxy: {
		none: 'No proxy is set (HTTPS_PROXY, HTTP_PROXY, NO_PROXY).',
		seen: (settings: string) => `Proxy settings: ${settings}.`,
		notUrl: (name: string, value: string) => `${name} is not a proxy URL: ${value}.`,
		notUrlFix: (name: string) => `Set ${name} to http://host:port (with user:password@ before the host if the proxy asks for them), or unset it.`,
	},

	ca: {
		none: 'NODE_EXTRA_CA_CERTS is not set: Node trusts its built-in certificate authorities.',
		ok: (path: string) => `Extra CA certificates from NODE_EXTRA_CA_CERTS: ${path}.`,
		missing: (path: string) => `NODE_EXTRA_CA_CERTS names ${path}, which does not exist or is not a file.`,
		missingFix: 'Point NODE_EXTRA_CA_CERTS at the PEM file of your network\'s root certificate (your IT department has it), or unset it. Node reads it only when it starts.',
	},

	callbackPort: {
		free: (port: number, aliases: string) => `Callback port ${port} is free (the callback of ${aliases}).`,
		inUse: (port: number) => `Callback port ${port} is in use.`,
		inUseFix: (port: number) => `Another sfrt login or another program (the Salesforce CLI uses 1717 too) is listening on it: a browser login through this callback cannot start until it stops. Finish or cancel the other login, or find the program with "lsof -i :${port}" (Windows: "netstat -ano | findstr :${port}"); or log in with --paste or --device.`,
		unusable: (port: number, reason: string) => `sfrt cannot listen on callback port ${port}: ${reason}.`,
		unusableFix: 'Ports below 1024 need administrator rights: register a callback URL with a higher port on the app (http://localhost:1717/OauthRedirect is the usual one) and log in again with --redirect-uri, or log in with --paste or --device.',
	},

	reachable: {
		ok: (url: string, status: number) => `${url} answers over the network (HTTP ${status}).`,
		failed: (url: string, reason: string) => `sfrt cannot reach ${url}: ${reason}.`,
		fix: 'Check the network connection, VPN and firewall; behind a proxy, set HTTPS_PROXY (and NODE_EXTRA_CA_CERTS if it inspects TLS). If the address itself is wrong, log in again with the right --domain.',
	},

	orgs: {
		none: 'No saved orgs: nothing more to check. Run "sfrt login" to add one.',
	},

	token: {
		ok: 'The refresh token works.',
		rotated: 'The refresh token works; the app rotates them, and the new one is saved.',
		logInAgain: (alias: string) => ` To log in again with the same settings: sfrt login --org ${alias}`,
	},

	identity: {
		ok: (username: string, orgId: string) => `The token belongs to ${username} in org ${orgId}, as saved.`,
		otherLogin: (savedUser: string, savedOrg: string, user: string, org: string) => `The token belongs to user ${user} in org ${org}, but it is saved for user ${savedUser} in org ${savedOrg}.`,
		otherLoginFix: (alias: string) => `The saved entry was edited or mixed up with another. Log in again as the right user (sfrt login --org ${alias}), or remove the entry (sfrt remove ${alias}).`,
		renamed: (saved: string, now: string) => `The user's username changed from ${saved} to ${now}; sfrt saved the new one.`,
		renamedFix: 'Nothing to do in sfrt. Scripts and settings that name the old username (SF_USERNAME, sf aliases) need the new one.',
	},

	scope: {
		ok: (scopes: string) => `The app still grants refresh tokens (scopes: ${scopes}).`,
		notListed: 'Salesforce did not list the scopes in its answer: not checked.',
		missing: (scopes: string) => `The token's scopes (${scopes}) include neither refresh_token nor offline_access.`,
		missingFix: 'On the app, add the scope "Perform requests at any time (refresh_token, offline_access)" (Setup → App Manager → your app → OAuth settings), then log in again: without it the next login gives no refresh token.',
	},

	idle: {
		recent: (ago: string) => `The refresh token was last used ${ago}.`,
		unknown: 'When the refresh token was last used is not known.',
		long: (days: number, since: string) => `The refresh token had gone unused for ${days} days (since ${since}).`,
		fix: 'Apps can expire refresh tokens that go unused (the app\'s Policies → Refresh Token Policy: "Expire refresh token if not used for N days"), and every refresh restarts that clock. Keep the tokens alive with "sfrt refresh --all" every week, for example from this crontab line (crontab -e; give the full path to sfrt if cron\'s PATH lacks it): 0 9 * * 1 sfrt refresh --all',
	},
} as const;

const ja: DoctorText = {
	node: {
		ok: (version: string) => `Node ${version}`,
		old: (version: string, minimum: number) => `Node ${version} は古すぎます。sfrt には Node ${minimum} 以降が必要です。`,
		upgrade: (minimum: number) => `https://nodejs.org から、またはバージョンマネージャー（nvm install ${minimum}）で Node ${minimum} 以降をインストールし、そのバージョンで sfrt を実行してください。`,
	},

	store: {
		ok: (path: string, count: number) => `保存済み組織のファイル ${path} は正常に読み込めます（${count === 0 ? '組織はありません' : `組織 ${count} 件`}）。`,
	},

	storeMode: {
		ok: '保存済み組織のファイルとそのフォルダーは本人だけがアクセスできます（0600 と 0700）。',
		notChecked: 'Windows ではファイルのモードを確認しません。フォルダーはユーザープロファイル内にあり、本人だけがアクセスできます。',
		nothingYet: '確認対象の保存済み組織のファイルはまだありません。',
		folderOnly: '設定フォルダーは本人だけがアクセスできます（0700）。保存済み組織のファイルはまだありません。',
		looseFile: (path: string, mode: string) => `保存済み組織のファイル ${path} のモードは ${mode} です。このマシンのほかのユーザーが更新トークンを読み取れるおそれがあります。`,
		looseDirectory: (path: string, mode: string) => `そのフォルダー ${path} のモードは ${mode} で、0700 ではありません。`,
		fix: (commands: string) => `次を実行してください: ${commands}`,
	},

	proxy: {
		none: 'プロキシは設定されていません（HTTPS_PROXY、HTTP_PROXY、NO_PROXY）。',
		seen: (settings: string) => `プロキシ設定: ${settings}`,
		notUrl: (name: string, value: string) => `${name} がプロキシの URL ではありません: ${value}`,
		notUrlFix: (name: string) => `${name} には http://host:port の形式で指定してください（プロキシが認証を求める場合は、ホストの前に user:password@ を付けます）。または設定を解除してください。`,
	},

	ca: {
		none: 'NODE_EXTRA_CA_CERTS は設定されていません。Node は組み込みの認証局を信頼します。',
		ok: (path: string) => `NODE_EXTRA_CA_CERTS による追加の CA 証明書: ${path}`,
		missing: (path: string) => `NODE_EXTRA_CA_CERTS が指す ${path} は存在しないか、ファイルではありません。`,
		missingFix: 'NODE_EXTRA_CA_CERTS にネットワークのルート証明書の PEM ファイルを指定するか（IT 部門が持っています）、設定を解除してください。Node はこれを起動時にしか読み込みません。',
	},

	callbackPort: {
		free: (port: number, aliases: string) => `コールバックポート ${port} は空いています（${aliases} のコールバック）。`,
		inUse: (port: number) => `コールバックポート ${port} は使用中です。`,
		inUseFix: (port: number) => `別の sfrt のログインか、ほかのプログラム（Salesforce CLI も 1717 を使います）がこのポートで待ち受けています。それが終わるまで、このコールバックを使うブラウザーログインは開始できません。もう一方のログインを完了またはキャンセルするか、「lsof -i :${port}」（Windows では「netstat -ano | findstr :${port}」）でプログラムを特定してください。--paste か --device でログインすることもできます。`,
		unusable: (port: number, reason: string) => `sfrt はコールバックポート ${port} で待ち受けできません: ${reason}。`,
		unusableFix: '1024 未満のポートには管理者権限が必要です。アプリケーションにそれより大きい番号のポートのコールバック URL（通常は http://localhost:1717/OauthRedirect）を登録し、--redirect-uri を付けてログインし直すか、--paste か --device でログインしてください。',
	},

	reachable: {
		ok: (url: string, status: number) => `${url} にネットワーク経由で接続できます（HTTP ${status}）。`,
		failed: (url: string, reason: string) => `sfrt は ${url} に接続できません: ${reason}。`,
		fix: 'ネットワーク接続、VPN、ファイアウォールを確認してください。プロキシ環境では HTTPS_PROXY を設定します（TLS を検査するプロキシなら NODE_EXTRA_CA_CERTS も設定します）。アドレス自体が間違っている場合は、正しい --domain を付けてログインし直してください。',
	},

	orgs: {
		none: '保存済みの組織がないため、これ以上確認する項目はありません。組織を追加するには「sfrt login」を実行してください。',
	},

	token: {
		ok: '更新トークンは有効です。',
		rotated: '更新トークンは有効です。このアプリケーションはトークンをローテーションするため、新しいトークンを保存しました。',
		logInAgain: (alias: string) => `同じ設定でログインし直すには: sfrt login --org ${alias}`,
	},

	identity: {
		ok: (username: string, orgId: string) => `このトークンは、保存内容どおり組織 ${orgId} の ${username} のものです。`,
		otherLogin: (savedUser: string, savedOrg: string, user: string, org: string) => `このトークンは組織 ${org} のユーザー ${user} のものですが、組織 ${savedOrg} のユーザー ${savedUser} のものとして保存されています。`,
		otherLoginFix: (alias: string) => `保存済みの登録が編集されたか、別の登録と取り違えられています。正しいユーザーでログインし直す（sfrt login --org ${alias}）か、登録を削除（sfrt remove ${alias}）してください。`,
		renamed: (saved: string, now: string) => `ユーザーのユーザー名が ${saved} から ${now} に変わったため、sfrt は新しいユーザー名を保存しました。`,
		renamedFix: 'sfrt での対処は不要です。古いユーザー名を指定しているスクリプトや設定（SF_USERNAME、sf のエイリアス）は、新しいユーザー名に変更する必要があります。',
	},

	scope: {
		ok: (scopes: string) => `アプリケーションは引き続き更新トークンを発行します（OAuth 範囲: ${scopes}）。`,
		notListed: 'Salesforce の応答に OAuth 範囲が含まれていなかったため、確認していません。',
		missing: (scopes: string) => `トークンの OAuth 範囲（${scopes}）に refresh_token も offline_access も含まれていません。`,
		missingFix: 'アプリケーションに OAuth 範囲「いつでも要求を実行 (refresh_token, offline_access)」を追加してから（[設定] → [アプリケーションマネージャー] → 対象のアプリケーション → [OAuth 設定]）、ログインし直してください。この範囲がないと、次回のログインでは更新トークンが発行されません。',
	},

	idle: {
		recent: (ago: string) => `更新トークンの最終使用: ${ago}`,
		unknown: '更新トークンが最後に使われた日時は不明です。',
		long: (days: number, since: string) => `更新トークンは ${days} 日間使われていませんでした（${since} 以降）。`,
		fix: 'アプリケーションは、一定期間使われていない更新トークンを失効させることができます（アプリケーションの [ポリシー] → [更新トークンポリシー]: "Expire refresh token if not used for N days"）。この期間はトークンを更新するたびにリセットされます。毎週「sfrt refresh --all」を実行してトークンを有効に保ってください。たとえば次の crontab の行を使います（crontab -e で編集。cron の PATH に sfrt がない場合は sfrt をフルパスで指定）: 0 9 * * 1 sfrt refresh --all',
	},
};

export type DoctorText = Shape<typeof en>;

export let doctorText: DoctorText;
defineCatalogs<DoctorText>({en, ja}, text => {
	doctorText = text;
});
