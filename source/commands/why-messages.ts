import {defineCatalogs, type Shape} from '../i18n/index.js';

/** What people paste, in Salesforce's own words: the same in every language's help. */
const pastedExamples = `  invalid_grant: expired access/refresh token
  {"error":"invalid_client_id","error_description":"client identifier invalid"}
  error=redirect_uri_mismatch&error_description=redirect_uri%20must%20match…
  OAUTH_APP_BLOCKED, OAUTH_EC_APP_NOT_FOUND, OAUTH_APPROVAL_ERROR_GENERIC
  [{"errorCode":"INVALID_SESSION_ID","message":"Session expired or invalid"}]
  Bad_OAuth_Token, LOGIN_RATE_EXCEEDED
  "Cross-org OAuth flows are not supported…"`;

/** What `sfrt why` says: its help, and what it asks for when given nothing. */
const en = {
	help: `Explain a Salesforce OAuth error: its code, what it means, and the fix.

Usage
  sfrt why "<error text>" [--json]
  sfrt why - [--json]          read the text from stdin

Paste what you have, from a log, a browser page or another tool:
${pastedExamples}

Text sfrt does not recognise is shown back as it is, and the command exits 1.

Flags
  --json                  print one JSON object on stdout:
                          {"ok": true, "error": {code, message, hint}} when
                          recognised; {"ok": false, "error": {…}} when not

Examples
  sfrt why "invalid_grant: authentication failure"
  grep -h error_description app.log | tail -1 | sfrt why -
  sfrt why OAUTH_APP_BLOCKED --json | jq -r .error.hint
`,
	/** The usage error's reason when no text was given. */
	needsText: 'Give the error text: sfrt why "<error text>", or sfrt why - to read it from stdin.',
	/** Printed on stderr when "-" reads a terminal. */
	stdinIsTerminal: 'Paste the error text, then press Ctrl+D.',
} as const;

export type WhyText = Shape<typeof en>;

const ja: WhyText = {
	help: `Salesforce の OAuth エラーについて、コード、意味、対処法を説明します。

使い方
  sfrt why "<error text>" [--json]
  sfrt why - [--json]          テキストを stdin から読み込む

ログ、ブラウザーのページ、ほかのツールなど、手元にあるものを貼り付けてください:
${pastedExamples}

sfrt が認識できないテキストはそのまま表示し、終了コード 1 で終了します。

フラグ
  --json                  stdout に JSON オブジェクトを 1 つ出力。
                          認識できた場合: {"ok": true, "error": {code, message,
                          hint}}、できなかった場合: {"ok": false, "error": {…}}

例
  sfrt why "invalid_grant: authentication failure"
  grep -h error_description app.log | tail -1 | sfrt why -
  sfrt why OAUTH_APP_BLOCKED --json | jq -r .error.hint
`,
	/** The usage error's reason when no text was given. */
	needsText: 'エラーの文面を指定してください: sfrt why "<エラーの文面>"。stdin から読み込む場合は sfrt why - を使います。',
	/** Printed on stderr when "-" reads a terminal. */
	stdinIsTerminal: 'エラーの文面を貼り付けてから Ctrl+D を押してください。',
};

export let whyText: WhyText;
defineCatalogs<WhyText>({en, ja}, text => {
	whyText = text;
});
