import {defineCatalogs, type Shape} from '../i18n/index.js';

/** Every sentence the org commands print: help texts first, then output. */

const jsonFlag = '  --json                  print one JSON object on stdout';
const explainFlag = `  --explain               each request and answer on stderr
                          (tokens and secrets redacted)`;

const en = {
	list: {
		help: `List the saved orgs.

Usage
  sfrt list [--json]

Shows each org's alias, username, org ID, kind, instance and when sfrt last
proved its refresh token works ("sfrt refresh" does that). The default org is
marked with *. No secrets are shown.

Flags
${jsonFlag}

Examples
  sfrt list
  sfrt list --json | jq -r '.orgs[].alias'
`,
		empty: 'No saved orgs yet. Run "sfrt login" to add one, or "sfrt import" to add one from an SFDX auth URL.',
		headings: ['', 'ALIAS', 'USERNAME', 'ORG ID', 'KIND', 'INSTANCE', 'VERIFIED'] as const,
		defaultMarker: '*',
		damaged: (path: string, reason: string) => `⚠ ${path}: ${reason}. sfrt changes nothing in the file until that entry is fixed or removed by hand.`,
		footer: (count: number, hasDefault: boolean) => `${count} org${count === 1 ? '' : 's'}; ${hasDefault ? '* is the default.' : 'no default (set one with "sfrt default <alias>").'}`,
	},

	show: {
		help: `Show everything sfrt keeps about one org.

Usage
  sfrt show [<alias>] [--reveal] [--json]

Without an alias, shows the default org. Tokens and the Consumer Secret are
masked unless --reveal is given.

Flags
  --reveal                print the tokens and the Consumer Secret unmasked
${jsonFlag}

Examples
  sfrt show uat
  sfrt show --json | jq -r .org.instanceUrl
`,
		revealTip: (alias: string) => `\nTokens are masked; "sfrt show ${alias} --reveal" or "sfrt export ${alias}" prints them.\n`,
	},

	token: {
		help: `Print a valid access token, and nothing else, for scripts.

Usage
  sfrt token [<alias>] [--fresh] [--json]

Without an alias, uses the default org. Salesforce does not say when an access
token expires (it lasts the org's session timeout, often 2 hours), so sfrt
reuses the saved access token for 30 minutes after it was issued and gets a new
one with the refresh token after that, or when the issue time is unknown. A new
access token, and a rotated refresh token, are saved at once.

Flags
  --fresh                 always get a new access token
${jsonFlag}
                          ({accessToken, instanceUrl, issuedAt, alias, username,
                          refreshed})
${explainFlag}

Examples
  url=$(sfrt show uat --json | jq -r .org.instanceUrl)
  curl -H "Authorization: Bearer $(sfrt token uat)" \\
    "$url/services/data/v62.0/limits"
  sfrt token --json | jq -r .accessToken
`,
	},

	refresh: {
		help: `Prove saved refresh tokens still work: a refresh grant, then an identity read.

Usage
  sfrt refresh [<alias>] [--json]
  sfrt refresh --all [--concurrency <n>] [--json]

Without an alias or --all, refreshes the default org. Each org ends as one of:
ok; revoked or expired; app not installed; invalid client; network or HTTP
error; failed — each failure with its fix. A rotated refresh token is saved the
moment it arrives, the new access token with it, and "last verified" moves on
success. Exits 1 if any org failed.

Flags
  --all                   every saved org, a few at a time
  --concurrency <n>       how many at once with --all (1 to 64, default 64;
                          one refresh at a time per login all the same)
${jsonFlag}
${explainFlag}

Examples
  sfrt refresh uat
  sfrt refresh --all --json | jq '.results[] | select(.state != "ok")'
`,
		none: 'No saved orgs to refresh.',
		ok: (alias: string, username: string) => `${alias}  ok (${username})`,
		failed: (alias: string, state: string) => `${alias}  ${state}`,
		rotated: 'the app rotates refresh tokens: the new one is saved',
		summary: (ok: number, total: number) => `${ok} of ${total} org${total === 1 ? '' : 's'} ok.`,
	},

	export: {
		help: `Print an org's credentials for other tools. This prints secrets (the refresh
token and the Consumer Secret) unmasked by default: that is what it is for.
Keep the output private.

Usage
  sfrt export [<alias>] [--format env|shell|json|sfdx-url] [--json]

Without an alias, exports the default org.

Formats
  env        dotenv lines SF_CLIENT_ID, SF_CLIENT_SECRET, SF_REFRESH_TOKEN,
             SF_INSTANCE_URL, SF_LOGIN_URL, SF_USERNAME, single-quoted
             (the default)
  shell      the same as "export NAME='value'" lines, for eval or source
  json       one JSON object with the same values
  sfdx-url   force://<clientId>:<clientSecret>:<refreshToken>@<instance host>,
             which "sf org login sfdx-url" and "sfrt import" read (a local
             emulator's host has a port, which only sfrt reads)

Flags
  -f, --format <format>   one of the formats above (default env)
${jsonFlag}
                          ({ok, alias, format, output})

Examples
  sfrt export uat > .env
  eval "$(sfrt export uat --format shell)"
  sfrt export uat --format sfdx-url > auth.txt && \\
    sf org login sfdx-url --sfdx-url-file auth.txt
`,
	},

	import: {
		help: `Add an org from an SFDX auth URL
(force://<clientId>:<clientSecret>:<refreshToken>@<host>).

Usage
  sfrt import [<sfdx-auth-url> | -] [--alias <name>] [--reveal] [--json]

Reads the URL from stdin when given "-" or nothing (prefer that: an argument is
visible in your shell history and to other users' process lists). On stdin it
also takes the JSON that "sf org auth show-sfdx-auth-url --json" or
"sf org display --verbose --json" prints. sfrt proves the refresh token with a
refresh grant, reads who it belongs to, and saves it; importing a login that is
saved already updates that entry. A loopback host with a port (127.0.0.1:PORT,
localhost:PORT: the local emulator) is reached over http, any other over https.

Flags
  -a, --alias <name>      save under this name (default: the saved entry's
                          alias, else the username)
  --reveal                print the tokens unmasked
${jsonFlag}
${explainFlag}

Examples
  sfrt import - < auth-url.txt
  sf org auth show-sfdx-auth-url --target-org uat --json \\
    | sfrt import --alias uat
`,
		success: (username: string, alias: string) => `Imported ${username}, saved as "${alias}".`,
		aliasTaken: (wanted: string, used: string) => `The alias "${wanted}" belongs to another login, so this one was saved as "${used}".`,
		replaced: (alias: string) => `This login was saved before (as "${alias}"); its entry was updated.`,
		rotated: 'The app rotates refresh tokens: the new one was saved, and the one in the URL no longer works.',
		stdinIsTerminal: 'Paste the SFDX auth URL and press Ctrl+D:',
	},

	default: {
		help: `Show or set the default org (used when a command is given no alias).

Usage
  sfrt default [--json]           print the default org's alias
  sfrt default <alias> [--json]   make <alias> the default

Flags
${jsonFlag}

Examples
  sfrt default uat
  sfrt token "$(sfrt default)"
`,
		none: 'No default org is set. Set one with "sfrt default <alias>".',
		set: (alias: string, username: string) => `"${alias}" (${username}) is now the default org.`,
	},

	rename: {
		help: `Give a saved org another alias.

Usage
  sfrt rename <old> <new> [--json]

The default org stays the default under its new name.

Flags
${jsonFlag}

Examples
  sfrt rename ada@example.com prod
`,
		done: (from: string, to: string) => `Renamed "${from}" to "${to}".`,
	},

	remove: {
		help: `Revoke an org's refresh token at Salesforce, then forget the org.

Usage
  sfrt remove <alias> [--keep-remote] [--force] [--json]

Revoking the refresh token also ends the access tokens issued from it. The
revoke goes to the org's instance URL, and to its login URL if the instance
cannot be reached. If the revoke fails, the org is kept (so you can try again)
unless --force is given.

Flags
  --keep-remote           don't revoke; only forget the org here
                          (the token keeps working)
  --force                 forget the org even if the revoke fails
${jsonFlag}
${explainFlag}

Examples
  sfrt remove old-sandbox
  sfrt remove uat --keep-remote
`,
		revoked: (alias: string) => `Revoked the refresh token of "${alias}" at Salesforce.`,
		alreadyInvalid: (alias: string) => `Salesforce no longer knew the refresh token of "${alias}" (revoked or expired already).`,
		skipped: (alias: string) => `Left the refresh token of "${alias}" valid at Salesforce (--keep-remote).`,
		failed: (alias: string, reason: string) => `Could not revoke the refresh token of "${alias}" (${reason}); removed anyway (--force). It stays valid until it expires or an admin revokes it.`,
		removed: (alias: string, username: string) => `Removed "${alias}" (${username}).`,
		wasDefault: 'It was the default org; there is no default now. Set one with "sfrt default <alias>".',
		/** When the revoke failed without saying why. */
		unknownReason: 'unknown reason',
	},

	config: {
		help: `Show where sfrt keeps its files.

Usage
  sfrt config path [--json]   print the path of the saved orgs file

The folder is $SFRT_CONFIG_DIR if set, else the platform's config folder. The
file holds refresh tokens: it is kept at mode 0600 in a 0700 folder.

Flags
${jsonFlag}

Examples
  sfrt config path
`,
		unknown: (what: string) => `Unknown config subcommand "${what}".`,
		missing: 'Name a config subcommand.',
	},
} as const;

export type OrgCommandsText = Shape<typeof en>;

const jsonFlagJa = '  --json                  stdout に JSON オブジェクトを 1 つ出力';
const explainFlagJa = `  --explain               各リクエストとレスポンスを stderr に出力
                          (トークンと秘密は伏せ字)`;

const ja: OrgCommandsText = {
	list: {
		help: `保存済みの組織を一覧表示します。

使い方
  sfrt list [--json]

各組織のエイリアス、ユーザー名、組織 ID、種別、インスタンス URL と、
更新トークンが使えることを sfrt が最後に確認した日時を表示します (確認は
「sfrt refresh」が行います)。デフォルト組織には * が付きます。秘密情報は
表示しません。

フラグ
${jsonFlagJa}

例
  sfrt list
  sfrt list --json | jq -r '.orgs[].alias'
`,
		empty: 'まだ保存済みの組織はありません。「sfrt login」で追加するか、「sfrt import」で SFDX 認証 URL から追加してください。',
		headings: ['', 'エイリアス', 'ユーザー名', '組織 ID', '種別', 'インスタンス URL', '最終確認'],
		defaultMarker: '*',
		damaged: (path: string, reason: string) => `⚠ ${path}: ${reason}。そのエントリーを手作業で修正するか削除するまで、sfrt はこのファイルを一切変更しません。`,
		footer: (count: number, hasDefault: boolean) => `組織 ${count} 件。${hasDefault ? '* はデフォルト組織です。' : 'デフォルト組織は未設定です (「sfrt default <alias>」で設定できます)。'}`,
	},

	show: {
		help: `1 つの組織について、sfrt が保存しているすべての情報を表示します。

使い方
  sfrt show [<alias>] [--reveal] [--json]

エイリアスを省略するとデフォルト組織を表示します。トークンと
コンシューマーの秘密は、--reveal を指定しない限りマスクされます。

フラグ
  --reveal                トークンとコンシューマーの秘密をマスクせずに表示
${jsonFlagJa}

例
  sfrt show uat
  sfrt show --json | jq -r .org.instanceUrl
`,
		revealTip: (alias: string) => `\nトークンはマスクされています。「sfrt show ${alias} --reveal」または「sfrt export ${alias}」で表示できます。\n`,
	},

	token: {
		help: `スクリプト用に、有効なアクセストークンだけを出力します。

使い方
  sfrt token [<alias>] [--fresh] [--json]

エイリアスを省略するとデフォルト組織を使います。Salesforce は
アクセストークンの有効期限を知らせません (組織のセッションタイムアウトの間
有効で、多くの場合 2 時間)。そのため sfrt は、保存済みのアクセストークンを
発行から 30 分間は再利用し、それを過ぎたときや発行日時が不明なときは、
更新トークンで新しいアクセストークンを取得します。新しいアクセストークンと、
ローテーションされた更新トークンはすぐに保存します。

フラグ
  --fresh                 常に新しいアクセストークンを取得
${jsonFlagJa}
                          ({accessToken, instanceUrl, issuedAt, alias, username,
                          refreshed})
${explainFlagJa}

例
  url=$(sfrt show uat --json | jq -r .org.instanceUrl)
  curl -H "Authorization: Bearer $(sfrt token uat)" \\
    "$url/services/data/v62.0/limits"
  sfrt token --json | jq -r .accessToken
`,
	},

	refresh: {
		help: `保存済みの更新トークンが有効か確認します (トークンの更新と ID 情報の読み取り)。

使い方
  sfrt refresh [<alias>] [--json]
  sfrt refresh --all [--concurrency <n>] [--json]

エイリアスも --all も指定しないと、デフォルト組織を更新します。各組織の結果は、
正常、取り消し済みまたは期限切れ、アプリケーション未インストール、無効な
クライアント、ネットワークまたは HTTP エラー、失敗のいずれかになり、失敗には
それぞれ対処法を示します。ローテーションされた更新トークンは、届いた時点で
新しいアクセストークンとともに保存します。成功すると「最終確認」の日時が
更新されます。失敗した組織が 1 つでもあれば、終了コード 1 で終了します。

フラグ
  --all                   保存済みのすべての組織 (数件ずつ並行して処理)
  --concurrency <n>       --all で同時に処理する数 (1～64、デフォルト 64)。
                          ただし、同じログインの更新は常に 1 つずつ
${jsonFlagJa}
${explainFlagJa}

例
  sfrt refresh uat
  sfrt refresh --all --json | jq '.results[] | select(.state != "ok")'
`,
		none: '更新する保存済みの組織がありません。',
		ok: (alias: string, username: string) => `${alias}  正常 (${username})`,
		failed: (alias: string, state: string) => `${alias}  ${state}`,
		rotated: 'このアプリケーションは更新トークンをローテーションします。新しいトークンを保存しました',
		summary: (ok: number, total: number) => `${total} 件中 ${ok} 件の組織が正常です。`,
	},

	export: {
		help: `ほかのツール向けに組織の認証情報を出力します。デフォルトで秘密情報
(更新トークンとコンシューマーの秘密) をマスクせずに出力します。
それがこのコマンドの目的です。出力は他人に見せないでください。

使い方
  sfrt export [<alias>] [--format env|shell|json|sfdx-url] [--json]

エイリアスを省略するとデフォルト組織をエクスポートします。

形式
  env        dotenv 形式の行 (デフォルト)。出力する変数は SF_CLIENT_ID、
             SF_CLIENT_SECRET、SF_REFRESH_TOKEN、SF_INSTANCE_URL、
             SF_LOGIN_URL、SF_USERNAME で、値は一重引用符で囲む
  shell      同じ内容を「export NAME='value'」形式の行で出力。eval や source 用
  json       同じ値を持つ 1 つの JSON オブジェクト
  sfdx-url   force://<clientId>:<clientSecret>:<refreshToken>@<instance host>。
             「sf org login sfdx-url」と「sfrt import」が読み込める (ローカルの
             エミュレーターのホストにはポートが付き、それを読めるのは sfrt だけ)

フラグ
  -f, --format <format>   上記の形式のいずれか (デフォルト env)
${jsonFlagJa}
                          ({ok, alias, format, output})

例
  sfrt export uat > .env
  eval "$(sfrt export uat --format shell)"
  sfrt export uat --format sfdx-url > auth.txt && \\
    sf org login sfdx-url --sfdx-url-file auth.txt
`,
	},

	import: {
		help: `SFDX 認証 URL (force://<clientId>:<clientSecret>:<refreshToken>@<host>) から
組織を追加します。

使い方
  sfrt import [<sfdx-auth-url> | -] [--alias <name>] [--reveal] [--json]

「-」を指定するか何も指定しないと、URL を stdin から読み込みます (こちらを
推奨します。引数で渡すと、シェルの履歴やほかのユーザーのプロセス一覧から
見えてしまいます)。stdin からは「sf org auth show-sfdx-auth-url --json」や
「sf org display --verbose --json」が出力する JSON も受け付けます。sfrt は
実際にトークンを更新して更新トークンが使えることを確かめ、所有者を
読み取ってから保存します。保存済みのログインをインポートすると、
そのエントリーを更新します。ポート付きのループバックホスト (127.0.0.1:PORT、
localhost:PORT。ローカルのエミュレーター) には http で、それ以外には https で
接続します。

フラグ
  -a, --alias <name>      この名前で保存 (デフォルト: 保存済みのエントリーの
                          エイリアス、なければユーザー名)
  --reveal                トークンをマスクせずに表示
${jsonFlagJa}
${explainFlagJa}

例
  sfrt import - < auth-url.txt
  sf org auth show-sfdx-auth-url --target-org uat --json \\
    | sfrt import --alias uat
`,
		success: (username: string, alias: string) => `${username} をインポートし、「${alias}」として保存しました。`,
		aliasTaken: (wanted: string, used: string) => `エイリアス「${wanted}」は別のログインで使われているため、このログインは「${used}」として保存しました。`,
		replaced: (alias: string) => `このログインは「${alias}」として保存済みだったため、そのエントリーを更新しました。`,
		rotated: 'このアプリケーションは更新トークンをローテーションします。新しいトークンを保存したため、URL に含まれるトークンはもう使えません。',
		stdinIsTerminal: 'SFDX 認証 URL を貼り付けて Ctrl+D を押してください:',
	},

	default: {
		help: `デフォルト組織 (エイリアスを省略したときに使う組織) を表示または設定します。

使い方
  sfrt default [--json]           デフォルト組織のエイリアスを表示
  sfrt default <alias> [--json]   <alias> をデフォルト組織にする

フラグ
${jsonFlagJa}

例
  sfrt default uat
  sfrt token "$(sfrt default)"
`,
		none: 'デフォルト組織が設定されていません。「sfrt default <alias>」で設定してください。',
		set: (alias: string, username: string) => `「${alias}」(${username}) をデフォルト組織にしました。`,
	},

	rename: {
		help: `保存済みの組織のエイリアスを変更します。

使い方
  sfrt rename <old> <new> [--json]

デフォルト組織は、名前を変えてもデフォルトのままです。

フラグ
${jsonFlagJa}

例
  sfrt rename ada@example.com prod
`,
		done: (from: string, to: string) => `エイリアスを「${from}」から「${to}」に変更しました。`,
	},

	remove: {
		help: `Salesforce で組織の更新トークンを取り消し、その組織を sfrt から削除します。

使い方
  sfrt remove <alias> [--keep-remote] [--force] [--json]

更新トークンを取り消すと、そこから発行されたアクセストークンも無効になります。
取り消しの要求は組織のインスタンス URL に送り、インスタンスに接続できない
場合はログイン URL に送ります。取り消しに失敗した場合は、--force を指定しない
限り、組織を残します (再試行できるように)。

フラグ
  --keep-remote           取り消さず、このマシン上の組織の登録だけを削除
                          (トークンは引き続き有効)
  --force                 取り消しに失敗しても組織の登録を削除
${jsonFlagJa}
${explainFlagJa}

例
  sfrt remove old-sandbox
  sfrt remove uat --keep-remote
`,
		revoked: (alias: string) => `Salesforce で「${alias}」の更新トークンを取り消しました。`,
		alreadyInvalid: (alias: string) => `「${alias}」の更新トークンは、Salesforce 側ですでに無効でした (取り消し済みまたは期限切れ)。`,
		skipped: (alias: string) => `「${alias}」の更新トークンは、Salesforce 側で有効なままにしました (--keep-remote)。`,
		failed: (alias: string, reason: string) => `「${alias}」の更新トークンを取り消せませんでした (${reason})。それでも組織は削除しました (--force)。このトークンは、期限切れになるか管理者が取り消すまで有効です。`,
		removed: (alias: string, username: string) => `「${alias}」(${username}) を削除しました。`,
		wasDefault: 'この組織はデフォルト組織でした。現在、デフォルト組織はありません。「sfrt default <alias>」で設定してください。',
		/** When the revoke failed without saying why. */
		unknownReason: '原因不明',
	},

	config: {
		help: `sfrt がファイルを保存している場所を表示します。

使い方
  sfrt config path [--json]   保存済み組織のファイルのパスを表示

フォルダーは、$SFRT_CONFIG_DIR が設定されていればそこ、なければ
プラットフォームの設定フォルダーです。このファイルには更新トークンが含まれる
ため、0700 のフォルダー内にモード 0600 で保存します。

フラグ
${jsonFlagJa}

例
  sfrt config path
`,
		unknown: (what: string) => `config のサブコマンド「${what}」は不明です。`,
		missing: 'config のサブコマンドを指定してください。',
	},
};

export let listText: OrgCommandsText['list'];
export let showText: OrgCommandsText['show'];
export let tokenText: OrgCommandsText['token'];
export let refreshText: OrgCommandsText['refresh'];
export let exportText: OrgCommandsText['export'];
export let importText: OrgCommandsText['import'];
export let defaultText: OrgCommandsText['default'];
export let renameText: OrgCommandsText['rename'];
export let removeText: OrgCommandsText['remove'];
export let configText: OrgCommandsText['config'];
defineCatalogs<OrgCommandsText>({en, ja}, text => {
	({list: listText, show: showText, token: tokenText, refresh: refreshText, export: exportText, import: importText, default: defaultText, rename: renameText, remove: removeText, config: configText} = text);
});
