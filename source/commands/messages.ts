import {DEFAULT_REDIRECT_URI} from '../oauth/redirect-uri.js';

export const loginText = {
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
  --no-browser            don't open a browser; open the printed URL yourself
  --timeout <seconds>     how long to wait for the login (default 300; 1 to 2147483)
  --json                  print one JSON object on stdout
  --reveal                print the tokens unmasked

Examples
  sfrt login --client-id 3MVG9… --domain test --alias uat
  SFRT_CLIENT_SECRET=… sfrt login --client-id 3MVG9… --json
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
} as const;
