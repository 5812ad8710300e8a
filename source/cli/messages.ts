import type {ErrorEntry} from '../errors.js';

export const cliErrors = {
	'unknown-command': {
		message: 'Unknown command "{name}".',
		hint: 'Run "sfrt --help" to see the commands.',
		exitCode: 2,
	},
	usage: {
		message: '{reason}',
		hint: 'Run "sfrt {command} --help" for its flags.',
		exitCode: 2,
	},
	'no-tty': {
		message: 'The wizard needs an interactive terminal, and this is not one (stdin or stdout is not a terminal, or CI is set).',
		hint: 'Pass the values as flags instead: sfrt login --client-id <key> [--client-secret <secret>] [--domain login|test|<url>] [--json]. See "sfrt login --help".',
		exitCode: 2,
	},
} satisfies Record<string, ErrorEntry>;

export const mainHelp = `sfrt: get a Salesforce OAuth refresh token right the first time, and keep many orgs' tokens at hand.

Usage
  sfrt                 open the wizard (on a terminal)
  sfrt <command> [flags]

Commands
{commands}

Global flags
  -h, --help           show help for sfrt or a command
  -v, --version        print the version

Environment
  SFRT_CLIENT_ID, SFRT_CLIENT_SECRET   stand in for --client-id and --client-secret
  SFRT_CONFIG_DIR                      where saved orgs are kept (default: {configDir})
  BROWSER                              the browser to open (as xdg-open reads it)
  NO_COLOR                             no colours
  SFRT_DEBUG                           print stack traces of unexpected errors

Exit codes: 0 success, 1 failed, 2 bad usage or input, 130 cancelled.
Run "sfrt <command> --help" for a command's flags.
`;
