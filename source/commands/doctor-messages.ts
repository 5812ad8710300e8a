import {defineCatalogs, type Shape} from '../i18n/index.js';

/** What `sfrt doctor` prints around the checks: its help, and the lines it adds to them. */
const en = {
	help: `Check that sfrt, this machine and the saved orgs are in working order, with a fix for each problem.

Usage
  sfrt doctor [<alias>] [--json]

Checks, each passed (✓), worth a look (!) or failed (✗):
  node            Node 22 or newer
  store           the saved orgs file reads
  store-mode      the file is 0600 and its folder 0700 (else the chmod to run)
  proxy, ca       the proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY; passwords hidden) and
                  NODE_EXTRA_CA_CERTS settings it sees; a CA file that is not there fails
  callback-port   each saved org's local callback port is free to listen on
  reachable       each saved org's login host answers over HTTPS within 5 seconds
  token           the refresh token works (one refresh; a rotated token is saved)
  identity        it belongs to the user and org saved
  scope           the app still grants refresh_token or offline_access
  idle            the token had not gone unused for 25 days or more (idle-expiry policies)

Without an alias, checks every saved org; with one, only that org. Exits 1 if any check
failed; warnings alone exit 0.

Flags
  --json                  print one JSON object on stdout:
                          {"ok", "checks": [{"id", "status": "pass"|"warn"|"fail", "message",
                          "hint" (on warn and fail), "alias" (on per-org checks)}]}
  --explain               each request and answer on stderr (tokens and secrets redacted)

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

export let doctorCommandText: DoctorCommandText;
defineCatalogs<DoctorCommandText>({en}, text => {
	doctorCommandText = text;
});
