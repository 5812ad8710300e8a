import type {ErrorText} from '../errors.js';
import {defineCatalogs, type Shape} from '../i18n/index.js';
import type {RefreshState} from './refresh-state.js';

const en = {
	/**
	 * Errors of the org-management core (import, export, refresh, remove). Codes are stable:
	 * scripts read them from --json output. No message ever holds a secret.
	 */
	errors: {
		'rotated-not-saved': {
			message: 'Salesforce rotated the refresh token of "{alias}", and sfrt could not save the new one: {reason}. The old token no longer works.',
			hint: 'The new one is in {file} (mode 0600), its only copy. Free some space (or fix the permissions), then run: sfrt import --alias {alias} - < {file} — and delete the file.',
			variants: {
				shown: {
					hint: 'It could not be written anywhere, so here is its only copy, as an SFDX auth URL (keep it private): {sfdxUrl} — free some space (or fix the permissions), then give it to: sfrt import --alias {alias} -',
				},
			},
		},
		'no-sfdx-url': {
			message: 'No SFDX auth URL was given.',
			hint: 'Pass it on stdin, which keeps it out of your shell history: sfrt import - < auth-url.txt (or pipe it: sf org display --verbose --json | sfrt import -).',
		},
		'bad-sfdx-url': {
			message: 'That is not an SFDX auth URL: {reason}.',
			hint: 'An SFDX auth URL looks like force://<clientId>:<clientSecret>:<refreshToken>@<instance host>, such as acme.my.salesforce.com; "sf org display --verbose" and "sfrt export <alias> --format sfdx-url" print one. The client secret may be empty; the host has no https://.',
		},
		'bad-export-format': {
			message: 'Unknown export format "{format}".',
			hint: 'Use --format env, shell, json or sfdx-url.',
		},
		'not-exportable': {
			message: 'The {field} of "{alias}" has characters that an {format} export cannot carry.',
			hint: 'Use --format json, which can carry any value.',
		},
		'remove-cancelled': {
			message: 'Cancelled: "{alias}" was kept.',
			hint: 'If the revoke had already reached Salesforce, its refresh token no longer works: "sfrt refresh {alias}" tells, and "sfrt remove {alias}" forgets it.',
		},
		'revoke-failed': {
			message: 'Could not revoke the refresh token of "{alias}" at Salesforce: {reason}',
			hint: '{hint} The org was kept. To forget it without revoking, run "sfrt remove {alias} --force"; the token then stays valid until it expires or an admin revokes it (Setup → Connected Apps OAuth Usage).',
		},
		'import-unverified': {
			message: 'The refresh token works, but sfrt could not read who it belongs to: {reason}',
			hint: 'The app rotates refresh tokens, so the token in the URL no longer works; the new one was saved as "{alias}". Run "sfrt refresh {alias}" to finish checking it.',
		},
		'org-busy': {
			message: 'Another sfrt process is refreshing "{alias}" and has not finished.',
			hint: 'Wait for it and try again. If no other sfrt is running, remove {path} and try again.',
		},
		'bad-concurrency': {
			message: '--concurrency takes a whole number from 1 to {max}, not "{value}".',
			hint: 'Use for example --concurrency 4 (the default is {default}).',
		},
		'alias-and-all': {
			message: 'Give an alias or --all, not both.',
			hint: 'Run "sfrt refresh <alias>" for one org, or "sfrt refresh --all" for every saved org.',
		},
	} satisfies Record<string, ErrorText>,

	/** How each refresh outcome reads in lists and the wizard. */
	refreshStateLabels: {
		ok: 'ok',
		revoked: 'revoked or expired',
		'app-not-installed': 'app not installed',
		'invalid-client': 'invalid client',
		unreachable: 'network or HTTP error',
		failed: 'failed',
	} satisfies Record<RefreshState, string>,

	/** What is wrong with an SFDX auth URL: the {reason} of bad-sfdx-url. Never a secret part. */
	sfdxUrlReasons: {
		otherScheme: (scheme: string) => `it starts with ${scheme}:// instead of force://`,
		noScheme: 'it does not start with force://',
		noAt: 'there is no "@" before the instance host',
		partCount: (count: number) => `it has ${count} part${count === 1 ? '' : 's'} before the "@", and sfrt needs three (clientId:clientSecret:refreshToken)`,
		badClientId: 'the client id has characters a Consumer Key never has',
		emptyClientId: 'the client id is empty',
		badClientSecret: 'the client secret has characters a Consumer Secret never has',
		badRefreshToken: 'the refresh token has characters a refresh token never has',
		emptyRefreshToken: 'the refresh token is empty',
		noHost: 'the instance host after the "@" is missing',
		hostWithScheme: 'the instance host must not start with http:// or https://',
		notHost: (host: string) => `"${host}" is not a host name`,
		loopbackNeedsPort: (host: string) => `the loopback host "${host}" needs a port`,
		hostWithPort: (host: string) => `the host "${host}" has a port; Salesforce hosts have none`,
	},

	/** The parts of an SFDX auth URL, as the {field} of not-exportable. */
	sfdxUrlParts: {
		clientId: 'Consumer Key',
		clientSecret: 'Consumer Secret',
		refreshToken: 'refresh token',
		instanceUrl: 'instance URL',
	},
} as const;

const ja: OrgsText = {
	errors: {
		'rotated-not-saved': {
			message: 'Salesforce が「{alias}」の更新トークンをローテーションしましたが、sfrt は新しいトークンを保存できませんでした: {reason}。古いトークンはもう使えません。',
			hint: '新しいトークンは {file}（モード 0600）にあり、これが唯一のコピーです。空き容量を確保する（または権限を修正する）と、次のコマンドで取り込めます: sfrt import --alias {alias} - < {file} — 取り込んだらこのファイルを削除してください。',
			variants: {
				shown: {
					hint: 'どこにも書き込めなかったため、唯一のコピーを SFDX 認証 URL として表示します（他人に見せないでください）: {sfdxUrl} — 空き容量を確保する（または権限を修正する）と、これを次のコマンドに渡して取り込めます: sfrt import --alias {alias} -',
				},
			},
		},
		'no-sfdx-url': {
			message: 'SFDX 認証 URL が指定されていません。',
			hint: 'シェルの履歴に残らないよう、標準入力から渡してください: sfrt import - < auth-url.txt（パイプでも渡せます: sf org display --verbose --json | sfrt import -）。',
		},
		'bad-sfdx-url': {
			message: 'SFDX 認証 URL ではありません: {reason}。',
			hint: 'SFDX 認証 URL は force://<clientId>:<clientSecret>:<refreshToken>@<instance host> の形式です（ホストは acme.my.salesforce.com など）。「sf org display --verbose」や「sfrt export <alias> --format sfdx-url」で出力できます。clientSecret は空でも構いません。ホストに https:// は付けません。',
		},
		'bad-export-format': {
			message: 'エクスポート形式「{format}」は不明です。',
			hint: '--format には env、shell、json、sfdx-url のいずれかを指定してください。',
		},
		'not-exportable': {
			message: '「{alias}」の値（{field}）に、{format} 形式のエクスポートでは扱えない文字が含まれています。',
			hint: 'どんな値でも扱える --format json を使ってください。',
		},
		'remove-cancelled': {
			message: 'キャンセルしました。「{alias}」は残してあります。',
			hint: '取り消し要求がすでに Salesforce に届いていた場合、その更新トークンはもう使えません。「sfrt refresh {alias}」で確認でき、「sfrt remove {alias}」で登録を削除できます。',
		},
		'revoke-failed': {
			message: 'Salesforce で「{alias}」の更新トークンを取り消せませんでした: {reason}',
			hint: '{hint}組織の登録は残してあります。取り消さずに登録だけを削除するには「sfrt remove {alias} --force」を実行します。その場合、トークンは期限切れになるか管理者が取り消すまで有効なままです（[設定] → [接続アプリケーションの OAuth の利用状況]）。',
		},
		'import-unverified': {
			message: '更新トークンは有効ですが、sfrt はそのトークンが誰のものかを読み取れませんでした: {reason}',
			hint: 'このアプリケーションは更新トークンをローテーションするため、URL 内のトークンはもう使えません。新しいトークンは「{alias}」として保存しました。「sfrt refresh {alias}」を実行して確認を完了してください。',
		},
		'org-busy': {
			message: '別の sfrt プロセスが「{alias}」のトークンを更新中で、まだ終わっていません。',
			hint: '終わるのを待ってから、もう一度実行してください。ほかに sfrt が動いていない場合は、{path} を削除してから、もう一度実行してください。',
		},
		'bad-concurrency': {
			message: '--concurrency には 1 から {max} までの整数を指定してください（指定値:「{value}」）。',
			hint: '例: --concurrency 4（デフォルトは {default}）',
		},
		'alias-and-all': {
			message: 'エイリアスと --all は同時に指定できません。',
			hint: '1 つの組織なら「sfrt refresh <alias>」、保存済みのすべての組織なら「sfrt refresh --all」を実行してください。',
		},
	},

	refreshStateLabels: {
		ok: '正常',
		revoked: '取り消し/期限切れ',
		'app-not-installed': 'アプリケーション未インストール',
		'invalid-client': '無効なクライアント',
		unreachable: 'ネットワーク/HTTP エラー',
		failed: '失敗',
	},

	sfdxUrlReasons: {
		otherScheme: (scheme: string) => `force:// ではなく ${scheme}:// で始まっています`,
		noScheme: 'force:// で始まっていません',
		noAt: 'インスタンスのホストの前に「@」がありません',
		partCount: (count: number) => `「@」の前の部分が ${count} 個ですが、sfrt には 3 個（clientId:clientSecret:refreshToken）が必要です`,
		badClientId: 'clientId に、コンシューマー鍵では使われない文字が含まれています',
		emptyClientId: 'clientId が空です',
		badClientSecret: 'clientSecret に、コンシューマーの秘密では使われない文字が含まれています',
		badRefreshToken: '更新トークンに、更新トークンでは使われない文字が含まれています',
		emptyRefreshToken: '更新トークンが空です',
		noHost: '「@」の後にインスタンスのホストがありません',
		hostWithScheme: 'インスタンスのホストを http:// や https:// で始めることはできません',
		notHost: (host: string) => `「${host}」はホスト名ではありません`,
		loopbackNeedsPort: (host: string) => `ループバックのホスト「${host}」にはポートが必要です`,
		hostWithPort: (host: string) => `ホスト「${host}」にポートが付いていますが、Salesforce のホストにポートは付きません`,
	},

	sfdxUrlParts: {
		clientId: 'コンシューマー鍵',
		clientSecret: 'コンシューマーの秘密',
		refreshToken: '更新トークン',
		instanceUrl: 'インスタンス URL',
	},
};

export type OrgsText = Shape<typeof en>;
export type OrgsErrorCode = keyof OrgsText['errors'];

export let orgsErrors: OrgsText['errors'];
export let refreshStateLabels: OrgsText['refreshStateLabels'];
export let orgsText: OrgsText;
defineCatalogs<OrgsText>({en, ja}, text => {
	({errors: orgsErrors, refreshStateLabels} = text);
	orgsText = text;
});
