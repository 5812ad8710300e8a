import {defineCatalogs, type Shape} from '../i18n/index.js';

/** Every sentence the org commands print: help texts first, then output. */

const jsonFlag = '  --json                  print one JSON object on stdout';
const explainFlag = '  --explain               each request and answer on stderr (tokens and secrets redacted)';

const en = {
	list: {
		help: `List the saved orgs.

Usage
  sfrt list [--json]

Shows each org's alias, username, org ID, kind, instance and when sfrt last proved its refresh
token works ("sfrt refresh" does that). The default org is marked with *. No secrets are shown.

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

Without an alias, shows the default org. Tokens and the Consumer Secret are masked unless
--reveal is given.

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

Without an alias, uses the default org. Salesforce does not say when an access token expires
(it lasts the org's session timeout, often 2 hours), so sfrt reuses the saved access token for
30 minutes after it was issued and gets a new one with the refresh token after that, or when
the issue time is unknown. A new access token, and a rotated refresh token, are saved at once.

Flags
  --fresh                 always get a new access token
${jsonFlag}
                          ({accessToken, instanceUrl, issuedAt, alias, username, refreshed})
${explainFlag}

Examples
  curl -H "Authorization: Bearer $(sfrt token uat)" "$(sfrt show uat --json | jq -r .org.instanceUrl)/services/data/v62.0/limits"
  sfrt token --json | jq -r .accessToken
`,
	},

	refresh: {
		help: `Prove that saved refresh tokens still work: a refresh grant, then an identity read.

Usage
  sfrt refresh [<alias>] [--json]
  sfrt refresh --all [--concurrency <n>] [--json]

Without an alias or --all, refreshes the default org. Each org ends as one of: ok; revoked or
expired; app not installed; invalid client; network or HTTP error; failed — each failure with
its fix. A rotated refresh token is saved the moment it arrives, the new access token with it,
and "last verified" moves on success. Exits 1 if any org failed.

Flags
  --all                   every saved org, a few at a time
  --concurrency <n>       how many at once with --all (1 to 64, default 64; one refresh at a
                          time per login all the same)
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
		help: `Print an org's credentials for other tools. This prints secrets (the refresh token and the
Consumer Secret) unmasked by default: that is what it is for. Keep the output private.

Usage
  sfrt export [<alias>] [--format env|shell|json|sfdx-url] [--json]

Without an alias, exports the default org.

Formats
  env        dotenv lines SF_CLIENT_ID, SF_CLIENT_SECRET, SF_REFRESH_TOKEN, SF_INSTANCE_URL,
             SF_LOGIN_URL, SF_USERNAME, single-quoted (the default)
  shell      the same as "export NAME='value'" lines, for eval or source
  json       one JSON object with the same values
  sfdx-url   force://<clientId>:<clientSecret>:<refreshToken>@<instance host>, which
             "sf org login sfdx-url" and "sfrt import" read (a local emulator's host has a
             port, which only sfrt reads)

Flags
  -f, --format <format>   one of the formats above (default env)
${jsonFlag}
                          ({ok, alias, format, output})

Examples
  sfrt export uat > .env
  eval "$(sfrt export uat --format shell)"
  sfrt export uat --format sfdx-url > auth.txt && sf org login sfdx-url --sfdx-url-file auth.txt
`,
	},

	import: {
		help: `Add an org from an SFDX auth URL (force://<clientId>:<clientSecret>:<refreshToken>@<host>).

Usage
  sfrt import [<sfdx-auth-url> | -] [--alias <name>] [--reveal] [--json]

Reads the URL from stdin when given "-" or nothing (prefer that: an argument is visible in
your shell history and to other users' process lists). On stdin it also takes the JSON that
"sf org auth show-sfdx-auth-url --json" or "sf org display --verbose --json" prints.
sfrt proves the refresh token with a refresh grant, reads who it belongs to, and saves it;
importing a login that is saved already updates that entry. A loopback host with a port
(127.0.0.1:PORT, localhost:PORT: the local emulator) is reached over http, any other over https.

Flags
  -a, --alias <name>      save under this name (default: the saved entry's alias, else the username)
  --reveal                print the tokens unmasked
${jsonFlag}
${explainFlag}

Examples
  sfrt import - < auth-url.txt
  sf org auth show-sfdx-auth-url --target-org uat --json | sfrt import --alias uat
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

Revoking the refresh token also ends the access tokens issued from it. The revoke goes to the
org's instance URL, and to its login URL if the instance cannot be reached. If the revoke
fails, the org is kept (so you can try again) unless --force is given.

Flags
  --keep-remote           don't revoke; only forget the org here (the token keeps working)
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

The folder is $SFRT_CONFIG_DIR if set, else the platform's config folder. The file holds
refresh tokens: it is kept at mode 0600 in a 0700 folder.

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
defineCatalogs<OrgCommandsText>({en}, text => {
	({list: listText, show: showText, token: tokenText, refresh: refreshText, export: exportText, import: importText, default: defaultText, rename: renameText, remove: removeText, config: configText} = text);
});
