import {defineCatalogs, type Shape} from '../i18n/index.js';
import {DEFAULT_REDIRECT_URI} from '../oauth/redirect-uri.js';

/** What `sfrt login` and `sfrt demo` print: help texts first, then output. */
const en = {
	login: {
		help: `Log in to a Salesforce org in the browser and save a verified refresh token.

Usage
  sfrt login [flags]

On a terminal this opens the wizard with the flags already filled in. With
--json, or when stdin or stdout is not a terminal, it runs without a UI: the
login URL goes to stderr, the result to stdout.

Flags
  --client-id <key>       the app's Consumer Key (or SFRT_CLIENT_ID)
  --client-secret <s>     the app's Consumer Secret (or SFRT_CLIENT_SECRET);
                          leave out for apps that don't require one
  -d, --domain <where>    login (production, Developer Edition; the default),
                          test (sandbox), or a My Domain / Experience Cloud URL
                          such as https://acme.my.salesforce.com
  --redirect-uri <url>    the callback URL registered on the app
                          (default ${DEFAULT_REDIRECT_URI})
  --scopes "<list>"       scopes to request (default "api refresh_token")
  --prompt <value>        Salesforce's prompt parameter
                          (default "login"; "" leaves it out)
  -a, --alias <name>      save under this name (default: the username)
  --org <alias>           log in again to a saved org: its Consumer Key, secret,
                          login address and callback URL are used (flags given
                          override them), and it keeps its alias
  --no-browser            don't open a browser; open the printed URL yourself
  --paste                 no local catcher: open the URL on any machine, then
                          paste the address the browser ended on (or the code);
                          the wizard asks for it, without a terminal one line
                          is read from stdin; any registered callback URL works,
                          Salesforce's https://…/services/oauth2/success too
  --device                the device flow: type the code shown at the URL shown,
                          on any device; the app needs "Enable for Device Flow";
                          --client-secret is needed only if the app requires it
                          for the refresh token flow (the default)
  --timeout <seconds>     how long to wait for the login (default 300;
                          1 to 2147483; with --device, the code's own life,
                          10 minutes, unless given)
  --json                  print one JSON object on stdout
  --reveal                print the tokens unmasked
  --explain               each step on stderr (the authorize URL's parameters,
                          every request and answer, retries), tokens and
                          secrets redacted; runs without the wizard

On a remote machine (over SSH, in a container or WSL, no display), a browser
elsewhere cannot reach the local catcher: use --paste or --device, or forward
the callback port first, as in
  ssh -L 1717:localhost:1717 <host>
and log in with the browser on your own computer.

Examples
  sfrt login --client-id 3MVG9… --domain test --alias uat
  sfrt login --client-id 3MVG9… --paste          (over SSH: paste the address)
  sfrt login --client-id 3MVG9… --device --json  (enter a code on your phone)
  SFRT_CLIENT_SECRET=… sfrt login --client-id 3MVG9… --json
  sfrt login --org uat        (its refresh token stopped working)
`,
		openUrl: 'Open this URL in a browser to log in:',
		browserFailed: (reason: string) => `Could not open a browser (${reason}). Open the URL above yourself.`,
		waiting: (redirectUri: string, seconds: number) => `Waiting for the login at ${redirectUri} (up to ${seconds} s; Ctrl+C to cancel)…`,
		phases: {
			exchanging: 'Exchanging the authorization code…',
			'reading-identity': 'Reading who logged in…',
			'verifying-refresh': 'Proving the refresh token works…',
		},
		success: (username: string, alias: string) => `Logged in as ${username}, saved as "${alias}".`,
		aliasTaken: (wanted: string, used: string) => `The alias "${wanted}" belongs to another login, so this one was saved as "${used}".`,
		replaced: (alias: string) => `This login was saved before (as "${alias}"); its entry was updated.`,
		rotated: 'The app rotates refresh tokens: the newest one was saved.',
		savedTo: (path: string) => `Saved to ${path}`,
		revealTip: (alias: string) => `Tokens are masked; "sfrt show ${alias} --reveal" or "sfrt export ${alias}" prints them.\n`,
		notRelogin: (username: string, alias: string) => `${username} logged in, not the user saved as "${alias}": "${alias}" was left as it was, and this login was saved on its own.`,
		pasteAsk: 'Log in there and click Allow, then paste here the whole address your browser ended on (or just the code), and press Enter. If the browser shows an error page instead, paste what it says:',
		pageErrorAdvice: 'If the browser shows a Salesforce error page instead of coming back here, press Ctrl+C and run: sfrt why "<what the page says>" (its meaning and the fix).',
		devicePageErrorAdvice: 'If the page shows a Salesforce error instead, press Ctrl+C and run: sfrt why "<what the page says>".',
		remote: (reason: string, forward: string) => `This looks like a remote machine (${reason}): a browser on your own computer cannot reach this machine's callback. Use --paste or --device, or forward the port first: ${forward}`,
		deviceOpen: (url: string) => `On any device, open ${url}`,
		deviceCode: (code: string) => `and enter the code ${code}, then log in and click Allow.`,
		deviceWaiting: (minutes: number) => `Waiting for the approval (the code works for ${minutes} minutes; Ctrl+C to cancel)…`,
		slowDown: (seconds: number) => `Salesforce asked for slower checks: every ${seconds} s now.`,
		pasteAndDevice: '--paste and --device are two different ways to log in: give one of them.',
		unsaved: 'The login worked, but sfrt could not save it (see below). Here is its refresh token, its only copy, as an SFDX auth URL: keep it private, and once the saved orgs file works again, give it to "sfrt import -".',
		badTimeout: (max: number, value: string) => `--timeout takes a number of seconds from 1 to ${max}, not "${value}".`,
	},

	demo: {
		help: `Try the whole sfrt flow against a Salesforce emulator built into sfrt.

Usage
  sfrt demo [--no-browser]

It starts the emulator on this machine (loopback only), registers a demo app
whose Callback URL is the one the wizard uses
(http://localhost:1717/OauthRedirect, or another free port), and runs the same
wizard as "sfrt login" against it. The demo Consumer Key and Secret are filled
in; the browser shows the emulator's login page, where you log in as the demo
user shown in the terminal. The org is saved to a temporary folder that is
deleted when the demo ends: your saved orgs are never touched, and nothing
reaches Salesforce.

The demo needs an interactive terminal. Without one (piped, or CI set) it prints
the demo credentials, explains this, and exits with code 2.

Flags
  --no-browser   don't open a browser; open the printed URL yourself
  -h, --help     show this help
`,
		needsTerminal: 'sfrt demo runs the interactive wizard, and this is not an interactive terminal (stdin or stdout is not a terminal, or CI is set).',
		needsTerminalHint: 'Run "sfrt demo" in a terminal. For scripted logins against your own org, see "sfrt login --help".',
		credentials: 'The demo uses these values:',
		labels: {
			key: 'Consumer Key',
			secret: 'Consumer Secret',
			username: 'Username',
			password: 'Password',
		},
	},
} as const;

export type LoginCommandsText = Shape<typeof en>;

const ja: LoginCommandsText = {
	login: {
		help: `Salesforce 組織にブラウザーでログインし、検証済みの更新トークンを保存します。

使い方
  sfrt login [flags]

ターミナルで実行すると、フラグの値を入力済みにしてウィザードを開きます。
--json を付けたとき、または stdin か stdout がターミナルでないときは UI なしで
動作し、ログイン URL を stderr に、結果を stdout に出力します。

フラグ
  --client-id <key>       コンシューマー鍵 (または SFRT_CLIENT_ID)
  --client-secret <s>     コンシューマーの秘密 (または SFRT_CLIENT_SECRET)。
                          秘密を必須としないアプリケーションでは省略可
  -d, --domain <where>    login (本番環境、Developer Edition。デフォルト)、
                          test (Sandbox)、または私のドメイン /
                          Experience Cloud の URL
                          (例: https://acme.my.salesforce.com)
  --redirect-uri <url>    アプリケーションに登録したコールバック URL
                          (デフォルト ${DEFAULT_REDIRECT_URI})
  --scopes "<list>"       要求する OAuth 範囲 (デフォルト "api refresh_token")
  --prompt <value>        Salesforce の prompt パラメーター
                          (デフォルト "login"。"" を指定すると送信しない)
  -a, --alias <name>      この名前で保存 (デフォルト: ユーザー名)
  --org <alias>           保存済みの組織に再ログイン。保存されている
                          コンシューマー鍵と秘密、ログイン URL、
                          コールバック URL を使い (指定したフラグが優先)、
                          エイリアスも引き継ぐ
  --no-browser            ブラウザーを開かない。表示された URL を自分で開く
  --paste                 ローカルの受信サーバーを使わない。任意のマシンで
                          URL を開き、ブラウザーが最後に表示したアドレス
                          (またはコード) を貼り付ける。ウィザードが入力を
                          求め、ターミナルがない場合は stdin から 1 行読み込む。
                          登録済みのコールバック URL ならどれでもよく、
                          Salesforce の https://…/services/oauth2/success も可
  --device                デバイスフロー。任意のデバイスで、表示された URL を
                          開いてコードを入力する。事前にアプリケーションで
                          Enable for Device Flow (デバイスフローの有効化) を
                          オンにしておくこと。更新トークンフローで秘密が
                          必須のアプリケーション (デフォルト) では、
                          --client-secret も必要
  --timeout <seconds>     ログインを待つ秒数 (1～2147483、デフォルト 300)。
                          --device では、指定しなければコード自体の有効期間
                          (10 分) だけ待つ
  --json                  stdout に JSON オブジェクトを 1 つ出力
  --reveal                トークンをマスクせずに表示
  --explain               各ステップを stderr に出力 (authorize URL の
                          パラメーター、すべてのリクエストとレスポンス、
                          再試行)。トークンと秘密は伏せ字。ウィザードなしで実行

リモートマシン (SSH 経由、コンテナーや WSL の中、ディスプレイなしの環境) では、
別のマシンのブラウザーからローカルの受信サーバーに接続できません。--paste か
--device を使うか、先にコールバックのポートを転送してください。例:
  ssh -L 1717:localhost:1717 <host>
そのうえで、自分のコンピューターのブラウザーでログインします。

例
  sfrt login --client-id 3MVG9… --domain test --alias uat
  sfrt login --client-id 3MVG9… --paste         (SSH 経由: アドレスを貼り付け)
  sfrt login --client-id 3MVG9… --device --json  (スマートフォンでコードを入力)
  SFRT_CLIENT_SECRET=… sfrt login --client-id 3MVG9… --json
  sfrt login --org uat        (更新トークンが使えなくなったとき)
`,
		openUrl: 'ブラウザーでこの URL を開いてログインしてください:',
		browserFailed: (reason: string) => `ブラウザーを開けませんでした (${reason})。上の URL を自分で開いてください。`,
		waiting: (redirectUri: string, seconds: number) => `${redirectUri} でログインを待っています (最大 ${seconds} 秒。Ctrl+C でキャンセル)…`,
		phases: {
			exchanging: '認証コードをトークンと交換しています…',
			'reading-identity': 'ログインしたユーザーを確認しています…',
			'verifying-refresh': '更新トークンが使えることを確認しています…',
		},
		success: (username: string, alias: string) => `${username} としてログインし、「${alias}」として保存しました。`,
		aliasTaken: (wanted: string, used: string) => `エイリアス「${wanted}」は別のログインで使われているため、このログインは「${used}」として保存しました。`,
		replaced: (alias: string) => `このログインは「${alias}」として保存済みだったため、そのエントリーを更新しました。`,
		rotated: 'このアプリケーションは更新トークンをローテーションします。最新のトークンを保存しました。',
		savedTo: (path: string) => `保存先: ${path}`,
		revealTip: (alias: string) => `トークンはマスクされています。「sfrt show ${alias} --reveal」または「sfrt export ${alias}」で表示できます。\n`,
		notRelogin: (username: string, alias: string) => `ログインしたのは ${username} で、「${alias}」として保存されているユーザーではありません。「${alias}」は変更せず、このログインは別に保存しました。`,
		pasteAsk: 'そこでログインして [許可] をクリックしたら、ブラウザーが最後に表示したアドレス全体 (またはコードだけ) をここに貼り付けて Enter キーを押してください。ブラウザーにエラーページが表示された場合は、その内容を貼り付けてください:',
		pageErrorAdvice: 'ブラウザーがここに戻らずに Salesforce のエラーページを表示した場合は、Ctrl+C を押してから sfrt why "<ページに表示された内容>" を実行してください (意味と対処法を表示します)。',
		devicePageErrorAdvice: 'ページに Salesforce のエラーが表示された場合は、Ctrl+C を押してから sfrt why "<ページに表示された内容>" を実行してください。',
		remote: (reason: string, forward: string) => `リモートマシンのようです (${reason})。自分のコンピューターのブラウザーからは、このマシンのコールバックに接続できません。--paste か --device を使うか、先にポートを転送してください: ${forward}`,
		deviceOpen: (url: string) => `任意のデバイスで ${url} を開き、`,
		deviceCode: (code: string) => `コード ${code} を入力してから、ログインして [許可] をクリックしてください。`,
		deviceWaiting: (minutes: number) => `承認を待っています (コードの有効期間は ${minutes} 分。Ctrl+C でキャンセル)…`,
		slowDown: (seconds: number) => `Salesforce から確認の間隔を空けるよう求められました。今後は ${seconds} 秒ごとに確認します。`,
		pasteAndDevice: '--paste と --device は別々のログイン方法です。どちらか一方を指定してください。',
		unsaved: 'ログインには成功しましたが、sfrt はそれを保存できませんでした (下記参照)。以下は、このログインの更新トークンの唯一のコピーを SFDX 認証 URL にしたものです。他人に見せないようにし、保存済み組織のファイルが再び使えるようになったら「sfrt import -」に渡してください。',
		badTimeout: (max: number, value: string) => `--timeout には 1 から ${max} までの秒数を指定してください (「${value}」は指定できません)。`,
	},

	demo: {
		help: `組み込みの Salesforce エミュレーターを相手に、sfrt の一連の流れを試します。

使い方
  sfrt demo [--no-browser]

このマシン上でエミュレーターを起動し (ループバックのみ)、デモ用の
アプリケーションを登録して、「sfrt login」と同じウィザードをエミュレーターに
対して実行します。アプリケーションのコールバック URL は、ウィザードが使うもの
(http://localhost:1717/OauthRedirect、または別の空きポート) です。デモ用の
コンシューマー鍵と秘密は入力済みです。ブラウザーにはエミュレーターの
ログインページが表示されるので、ターミナルに表示されたデモユーザーで
ログインします。組織は、デモの終了時に削除される一時フォルダーに保存されます。
保存済みの組織には一切触れず、Salesforce には何も送信しません。

デモには対話型のターミナルが必要です。ターミナルがないとき (パイプ経由の
場合や、CI が設定されている場合) は、デモの認証情報と説明を表示して、
終了コード 2 で終了します。

フラグ
  --no-browser   ブラウザーを開かない。表示された URL を自分で開く
  -h, --help     このヘルプを表示
`,
		needsTerminal: 'sfrt demo は対話型のウィザードを実行しますが、ここは対話型のターミナルではありません (stdin か stdout がターミナルでないか、CI が設定されています)。',
		needsTerminalHint: 'ターミナルで「sfrt demo」を実行してください。自分の組織にスクリプトからログインする方法は「sfrt login --help」を参照してください。',
		credentials: 'デモでは次の値を使います:',
		labels: {
			key: 'コンシューマー鍵',
			secret: 'コンシューマーの秘密',
			username: 'ユーザー名',
			password: 'パスワード',
		},
	},
};

export let loginText: LoginCommandsText['login'];
export let demoText: LoginCommandsText['demo'];
defineCatalogs<LoginCommandsText>({en, ja}, text => {
	({login: loginText, demo: demoText} = text);
});
