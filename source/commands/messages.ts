import {defineCatalogs, type Shape} from '../i18n/index.js';
import {DEFAULT_REDIRECT_URI} from '../oauth/redirect-uri.js';

/** What `sfrt login` and `sfrt demo` print: help texts first, then output. */
const en = {
	login: {
		help: `Log in to a Salesforce org in the browser and save a verified refresh token.

Usage
  sfrt login [flags]

On a terminal this opens the wizard with the flags already filled in. With --json, or when
stdin or stdout is not a terminal, it runs without a UI: the login URL goes to stderr, the
result to stdout.

Flags
  --client-id <key>       the app's Consumer Key (or SFRT_CLIENT_ID)
  --client-secret <s>     the app's Consumer Secret (or SFRT_CLIENT_SECRET); leave out for apps
                          that don't require one
  -d, --domain <where>    login (production, Developer Edition; the default), test (sandbox),
                          or a My Domain / Experience Cloud URL such as https://acme.my.salesforce.com
  --redirect-uri <url>    the callback URL registered on the app
                          (default ${DEFAULT_REDIRECT_URI})
  --scopes "<list>"       scopes to request (default "api refresh_token")
  --prompt <value>        Salesforce's prompt parameter (default "login"; "" leaves it out)
  -a, --alias <name>      save under this name (default: the username)
  --org <alias>           log in again to a saved org: its Consumer Key, secret, login address
                          and callback URL are used (flags given override them), and it keeps
                          its alias
  --no-browser            don't open a browser; open the printed URL yourself
  --paste                 no local catcher: open the URL on any machine, then paste the address
                          the browser ended on (or the code); the wizard asks for it, without a
                          terminal one line is read from stdin; any registered callback URL
                          works, Salesforce's https://…/services/oauth2/success too
  --device                the device flow: type the code shown at the URL shown, on any device;
                          the app needs "Enable for Device Flow"; --client-secret is needed
                          only if the app requires it for the refresh token flow (the default)
  --timeout <seconds>     how long to wait for the login (default 300; 1 to 2147483; with
                          --device, the code's own life, 10 minutes, unless given)
  --json                  print one JSON object on stdout
  --reveal                print the tokens unmasked
  --explain               each step on stderr (the authorize URL's parameters, every request
                          and answer, retries), tokens and secrets redacted; runs without the
                          wizard

On a remote machine (over SSH, in a container or WSL, no display), a browser elsewhere cannot
reach the local catcher: use --paste or --device, or forward the callback port first, as in
  ssh -L 1717:localhost:1717 <host>
and log in with the browser on your own computer.

Examples
  sfrt login --client-id 3MVG9… --domain test --alias uat
  sfrt login --client-id 3MVG9… --paste            (over SSH: paste the address back)
  sfrt login --client-id 3MVG9… --device --json    (enter a code on your phone)
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

It starts the emulator on this machine (loopback only), registers a demo app whose Callback URL
is the one the wizard uses (http://localhost:1717/OauthRedirect, or another free port), and runs
the same wizard as "sfrt login" against it. The demo Consumer Key and Secret are filled in; the
browser shows the emulator's login page, where you log in as the demo user shown in the terminal.
The org is saved to a temporary folder that is deleted when the demo ends: your saved orgs are
never touched, and nothing reaches Salesforce.

The demo needs an interactive terminal. Without one (piped, or CI set) it prints the demo
credentials, explains this, and exits with code 2.

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

export let loginText: LoginCommandsText['login'];
export let demoText: LoginCommandsText['demo'];
defineCatalogs<LoginCommandsText>({en}, text => {
	({login: loginText, demo: demoText} = text);
});
