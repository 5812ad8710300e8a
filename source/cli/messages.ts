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
	mainHelp: (commands: string, configDir: string) => `sfrt: get a Salesforce OAuth refresh token right the first time, and keep many orgs' tokens at hand.

Usage
  sfrt                 open the wizard (on a terminal)
  sfrt <command> [flags]

Commands
${commands}

Global flags
  -h, --help           show help for sfrt or a command
  -v, --version        print the version
  --lang <en|ja>       the language sfrt speaks (default: SFRT_LANG, then the locale)

Environment
  SFRT_CLIENT_ID, SFRT_CLIENT_SECRET   stand in for --client-id and --client-secret
  SFRT_CONFIG_DIR                      where saved orgs are kept (default: ${configDir})
  BROWSER                              the browser to open (as xdg-open reads it)
  NO_COLOR                             no colours
  SFRT_DEBUG                           print stack traces of unexpected errors
  SFRT_LANG                            en or ja; wins over LC_ALL, LC_MESSAGES and LANG
  HTTPS_PROXY, HTTP_PROXY, NO_PROXY    the proxy to Salesforce (loopback never uses it)
  NODE_EXTRA_CA_CERTS                  a PEM file of CAs to trust (a proxy that inspects TLS)

Exit codes: 0 success, 1 failed, 2 bad usage or input, 130 cancelled.
Run "sfrt <command> --help" for a command's flags.
`,
} as const;

export type CliText = Shape<typeof en>;
export type CliErrorCode = keyof CliText['errors'];
export type CommandName = keyof CliText['summaries'];

export let cliErrors: CliText['errors'];
export let cliText: Omit<CliText, 'errors'>;
defineCatalogs<CliText>({en}, text => {
	cliErrors = text.errors;
	cliText = text;
});
