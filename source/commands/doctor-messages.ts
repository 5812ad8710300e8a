import {defineCatalogs, type Shape} from '../i18n/index.js';

/** What `sfrt doctor` prints around the checks: its help, and the lines it adds to them. */
const en = {
	help: `Check that sfrt, this machine and the saved orgs are in working order,
with a fix for each problem.

Usage
  sfrt doctor [<alias>] [--json]

Checks, each passed (✓), worth a look (!) or failed (✗):
  node            Node 22 or newer
  store           the saved orgs file reads
  store-mode      the file is 0600 and its folder 0700 (else the chmod to run)
  proxy, ca       the proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY; passwords
                  hidden) and NODE_EXTRA_CA_CERTS settings it sees; a CA file
                  that is not there fails
  callback-port   each saved org's local callback port is free to listen on
  reachable       each saved org's login host answers over HTTPS within 5 s
  token           the refresh token works (one refresh; a rotated one is saved)
  identity        it belongs to the user and org saved
  scope           the app still grants refresh_token or offline_access
  idle            the token had not gone unused for 25 days or more
                  (idle-expiry policies)

Without an alias, checks every saved org; with one, only that org. Exits 1 if
any check failed; warnings alone exit 0.

Flags
  --json                  print one JSON object on stdout:
                          {"ok", "checks": [{"id",
                          "status": "pass"|"warn"|"fail", "message",
                          "hint" (on warn and fail),
                          "alias" (on per-org checks)}]}
  --explain               each request and answer on stderr
                          (tokens and secrets redacted)

Examples
  sfrt doctor
  sfrt doctor uat
  sfrt doctor --json | jq '.checks[] | select(.status != "pass")'
`,
	/** A check about one org: its alias, then what was found. */
	aboutOrg: (alias: string, message: string) => `${alias}: ${message}`,
	allPassed: (count: number) => `All ${count} checks passed.`,
	problems: (failed: number, warned: number) => [
		failed > 0 ? `${failed} failed` : '',
		warned > 0 ? `${warned} ${warned === 1 ? 'warning' : 'warnings'}` : '',
	].filter(Boolean).join(', ') + ': each with its fix above.',
} as const;

export type DoctorCommandText = Shape<typeof en>;

const ja: DoctorCommandText = {
	help: `sfrt、このマシン、保存済みの組織の状態を確認し、問題ごとに対処法を示します。

使い方
  sfrt doctor [<alias>] [--json]

チェック項目 (結果は合格 (✓)、要確認 (!)、失敗 (✗) のいずれか):
  node            Node 22 以降
  store           保存済み組織のファイルを読み込める
  store-mode      ファイルが 0600、フォルダーが 0700 である (違う場合は
                  実行すべき chmod コマンドを表示)
  proxy, ca       sfrt から見えるプロキシ (HTTPS_PROXY、HTTP_PROXY、
                  NO_PROXY。パスワードは非表示) と NODE_EXTRA_CA_CERTS の
                  設定。CA ファイルが存在しなければ失敗
  callback-port   各組織のローカルのコールバックポートで待ち受けできる
  reachable       各組織のログインホストが 5 秒以内に HTTPS で応答する
  token           更新トークンが使える (1 回更新する。ローテーションされた
                  トークンは保存)
  identity        トークンが、保存されているユーザーと組織のものである
  scope           アプリケーションが引き続き OAuth 範囲 refresh_token または
                  offline_access を許可している
  idle            トークンが 25 日以上未使用のままになっていなかった
                  (一定期間使われないと失効するポリシーへの対策)

エイリアスを省略するとすべての保存済み組織を、指定するとその組織だけを
確認します。失敗したチェックが 1 つでもあれば終了コード 1、警告だけなら 0 で
終了します。

フラグ
  --json                  stdout に JSON オブジェクトを 1 つ出力:
                          {"ok", "checks": [{"id", "status", "message",
                          "hint", "alias"}]}。status は "pass"|"warn"|"fail"、
                          hint は warn と fail のとき、alias は組織ごとの
                          チェックのときのみ
  --explain               各リクエストとレスポンスを stderr に出力
                          (トークンと秘密は伏せ字)

例
  sfrt doctor
  sfrt doctor uat
  sfrt doctor --json | jq '.checks[] | select(.status != "pass")'
`,
	/** A check about one org: its alias, then what was found. */
	aboutOrg: (alias: string, message: string) => `${alias}: ${message}`,
	allPassed: (count: number) => `${count} 件のチェックにすべて合格しました。`,
	problems: (failed: number, warned: number) => [
		failed > 0 ? `失敗 ${failed} 件` : '',
		warned > 0 ? `警告 ${warned} 件` : '',
	].filter(Boolean).join('、') + '。それぞれの対処法を上に示しています。',
};

export let doctorCommandText: DoctorCommandText;
defineCatalogs<DoctorCommandText>({en, ja}, text => {
	doctorCommandText = text;
});
