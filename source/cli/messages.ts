import type {ErrorText} from '../errors.js';
import {defineCatalogs, type Shape} from '../i18n/index.js';

/** What `sfrt` itself says: its errors, its help, and one line about each command. */
const en = {
	errors: {
		'unknown-command': {
			message: 'Unknown command "{name}".',
			hint: 'Run "sfrt --help" to see the commands.',
		},
		usage: {
			message: '{reason}',
			hint: 'Run "sfrt {command} --help" for its flags.',
		},
		'unknown-language': {
			message: 'sfrt does not speak "{value}".',
			hint: 'Use --lang with one of: {known}. Without --lang, SFRT_LANG, then LC_ALL, LC_MESSAGES or LANG choose; the default is English.',
		},
		'no-tty': {
			message: 'The wizard needs an interactive terminal, and this is not one (stdin or stdout is not a terminal, or CI is set).',
			hint: 'Pass the values as flags instead: sfrt login --client-id <key> [--client-secret <secret>] [--domain login|test|<url>] [--json]. See "sfrt login --help".',
		},
	} satisfies Record<string, ErrorText>,

	/** Reasons for the usage error. */
	usage: {
		unexpectedArgument: (extra: string) => `Unexpected argument: ${extra}`,
		unknownOption: (option: string) => `Unknown option ${option}.`,
		optionNeedsValue: (option: string) => `${option} needs a value.`,
		optionTakesNoValue: (option: string) => `${option} takes no value.`,
		removeNeedsAlias: 'Name the org to remove: sfrt remove <alias>.',
		renameNeedsAliases: 'Give the old alias and the new one: sfrt rename <old> <new>.',
	},

	/** One line per command in "sfrt --help"; the registry has a command for each key. */
	summaries: {
		login: 'log in to an org and save its refresh token',
		demo: 'try the whole flow against a built-in Salesforce emulator',
		list: 'list the saved orgs',
		show: 'show one saved org (secrets masked unless --reveal)',
		token: 'print a valid access token for scripts',
		refresh: 'prove saved refresh tokens still work (one org or --all)',
		export: "print an org's credentials as env, shell, json or sfdx-url",
		import: 'add an org from an SFDX auth URL',
		default: 'show or set the default org',
		rename: 'give a saved org another alias',
		remove: 'revoke an org\'s refresh token and forget the org',
		config: 'show where sfrt keeps its files (config path)',
		doctor: 'check this machine and the saved orgs, with a fix for each problem',
		why: 'explain a Salesforce OAuth error you paste: its code, meaning and fix',
	},

	/** --explain: each step on stderr, secrets redacted. */
	explain: {
		prefix: 'explain: ',
		request: (method: string, url: string) => `→ ${method} ${url}`,
		response: (status: number, ms: number) => `← HTTP ${status} in ${ms} ms`,
		failure: (code: string, ms: number) => `✗ no answer (${code}) after ${ms} ms`,
		retry: (attempt: number, of: number, reason: string) => `↻ sending it again (attempt ${attempt} of ${of}) after ${reason}`,
		field: (name: string, value: string) => `    ${name}: ${value}`,
		viaProxy: (proxy: string) => `    (through the proxy ${proxy})`,
		notJson: '    (the answer is not JSON: not shown)',
		emptyBody: '    (empty answer)',
		authorizeUrl: (url: string) => `the authorize URL: ${url}`,
		authorizeParameters: 'its parameters:',
		codeArrived: 'the authorization code arrived (its value is not shown); its state matched this login',
		deviceTokens: 'the device login was approved: the tokens arrived',
	},

	/** "sfrt --help", given the list of commands with their summaries and the default folder. */
	mainHelp: (commands: string, configDir: string) => `sfrt: get a Salesforce OAuth refresh token right the first time, and keep many
orgs' tokens at hand.

Usage
  sfrt                 open the wizard (on a terminal)
  sfrt <command> [flags]

Commands
${commands}

Global flags
  -h, --help           show help for sfrt or a command
  -v, --version        print the version
  --lang <en|ja>       the language sfrt speaks
                       (default: SFRT_LANG, then the locale)

Environment
  SFRT_CLIENT_ID, SFRT_CLIENT_SECRET   stand in for --client-id and
                                       --client-secret
  SFRT_CONFIG_DIR                      where saved orgs are kept
                                       (default: ${configDir})
  BROWSER                              the browser to open
                                       (as xdg-open reads it)
  NO_COLOR                             no colours
  SFRT_DEBUG                           print stack traces of unexpected errors
  SFRT_LANG                            en or ja; wins over LC_ALL,
                                       LC_MESSAGES and LANG
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY    the proxy to Salesforce
                                       (loopback never uses it)
  NODE_EXTRA_CA_CERTS                  a PEM file of CAs to trust
                                       (a proxy that inspects TLS)

Exit codes: 0 success, 1 failed, 2 bad usage or input, 130 cancelled.
Run "sfrt <command> --help" for a command's flags.
`,
} as const;

const ja: CliText = {
	errors: {
		'unknown-command': {
			message: '不明なコマンド「{name}」です。',
			hint: '「sfrt --help」でコマンドの一覧を確認できます。',
		},
		usage: {
			message: '{reason}',
			hint: '「sfrt {command} --help」でフラグを確認できます。',
		},
		'unknown-language': {
			message: 'sfrt は「{value}」に対応していません。',
			hint: '--lang には {known} のいずれかを指定してください。--lang がない場合は SFRT_LANG、LC_ALL、LC_MESSAGES、LANG の順に参照して言語を決めます。デフォルトは英語です。',
		},
		'no-tty': {
			message: 'ウィザードには対話型のターミナルが必要ですが、この環境は対話型ではありません（stdin か stdout がターミナルではないか、CI が設定されています）。',
			hint: '代わりに値をフラグで指定してください: sfrt login --client-id <key> [--client-secret <secret>] [--domain login|test|<url>] [--json]。詳しくは「sfrt login --help」を参照してください。',
		},
	},

	usage: {
		unexpectedArgument: (extra: string) => `余分な引数があります: ${extra}`,
		unknownOption: (option: string) => `${option} は不明なオプションです。`,
		optionNeedsValue: (option: string) => `${option} には値が必要です。`,
		optionTakesNoValue: (option: string) => `${option} に値は指定できません。`,
		removeNeedsAlias: '削除する組織を指定してください: sfrt remove <alias>',
		renameNeedsAliases: '現在のエイリアスと新しいエイリアスを指定してください: sfrt rename <old> <new>',
	},

	summaries: {
		login: '組織にログインし、その更新トークンを保存',
		demo: '内蔵の Salesforce エミュレーターで一連の流れを試す',
		list: '保存済みの組織を一覧表示',
		show: '保存済みの組織を 1 つ表示（--reveal なしでは秘密をマスク）',
		token: 'スクリプト用に有効なアクセストークンを出力',
		refresh: '保存済みの更新トークンが使えるか確認（1 組織または --all）',
		export: '組織の認証情報を env、shell、json、sfdx-url 形式で出力',
		import: 'SFDX 認証 URL から組織を追加',
		default: 'デフォルトの組織を表示または設定',
		rename: '保存済みの組織に別のエイリアスを付ける',
		remove: '組織の更新トークンを取り消し、組織の登録を削除',
		config: 'sfrt がファイルを置く場所を表示（config path）',
		doctor: 'この環境と保存済みの組織を検査し、問題ごとに対処法を示す',
		why: '貼り付けた Salesforce OAuth エラーのコード、意味、対処法を説明',
	},

	explain: {
		prefix: 'explain: ',
		request: (method: string, url: string) => `→ ${method} ${url}`,
		response: (status: number, ms: number) => `← HTTP ${status}（${ms} ms）`,
		failure: (code: string, ms: number) => `✗ 応答なし（${code}、${ms} ms 経過）`,
		retry: (attempt: number, of: number, reason: string) => `↻ ${reason} のため再送します（${attempt}/${of} 回目）`,
		field: (name: string, value: string) => `    ${name}: ${value}`,
		viaProxy: (proxy: string) => `    （プロキシ ${proxy} 経由）`,
		notJson: '    （応答が JSON ではないため表示しません）',
		emptyBody: '    （空の応答）',
		authorizeUrl: (url: string) => `認可 URL: ${url}`,
		authorizeParameters: 'パラメーター:',
		codeArrived: '認証コードを受信しました（値は表示しません）。state はこのログインのものと一致しています',
		deviceTokens: 'デバイスログインが承認され、トークンを受信しました',
	},

	mainHelp: (commands: string, configDir: string) => `sfrt: Salesforce OAuth の更新トークンを最初から確実に取得し、多数の組織の
トークンを手元で管理します。

使い方
  sfrt                 ウィザードを開く（ターミナル上で）
  sfrt <command> [flags]

コマンド
${commands}

グローバルフラグ
  -h, --help           sfrt またはコマンドのヘルプを表示
  -v, --version        バージョンを表示
  --lang <en|ja>       sfrt の表示言語（デフォルト: SFRT_LANG、次にロケール）

環境変数
  SFRT_CLIENT_ID, SFRT_CLIENT_SECRET   --client-id と --client-secret の代わり
  SFRT_CONFIG_DIR                      保存済みの組織を置くフォルダー
                                       デフォルト: ${configDir}
  BROWSER                              開くブラウザー（xdg-open と同じ解釈）
  NO_COLOR                             色を付けない
  SFRT_DEBUG                           予期しないエラーのスタックトレースを表示
  SFRT_LANG                            en または ja。LC_ALL、LC_MESSAGES、
                                       LANG より優先
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY    Salesforce への接続に使うプロキシ
                                       （ループバックには使わない）
  NODE_EXTRA_CA_CERTS                  信頼する CA 証明書の PEM ファイル
                                       （TLS を検査するプロキシがある場合）

終了コード: 0 成功、1 失敗、2 使い方または入力の誤り、130 キャンセル。
コマンドのフラグは「sfrt <command> --help」で確認できます。
`,
};

export type CliText = Shape<typeof en>;
export type CliErrorCode = keyof CliText['errors'];
export type CommandName = keyof CliText['summaries'];

export let cliErrors: CliText['errors'];
export let cliText: Omit<CliText, 'errors'>;
defineCatalogs<CliText>({en, ja}, text => {
	cliErrors = text.errors;
	cliText = text;
});
