import type {ErrorEntry} from '../errors.js';

/**
 * Errors of the org-management core (import, export, refresh, remove). Codes are stable:
 * scripts read them from --json output. No message ever holds a secret.
 */
export const orgsErrors = {
	'no-sfdx-url': {
		message: 'No SFDX auth URL was given.',
		hint: 'Pass it on stdin, which keeps it out of your shell history: sfrt import - < auth-url.txt (or pipe it: sf org display --verbose --json | sfrt import -).',
		exitCode: 2,
	},
	'bad-sfdx-url': {
		message: 'That is not an SFDX auth URL: {reason}.',
		hint: 'An SFDX auth URL looks like force://<clientId>:<clientSecret>:<refreshToken>@<instance host>, such as acme.my.salesforce.com; "sf org display --verbose" and "sfrt export <alias> --format sfdx-url" print one. The client secret may be empty; the host has no https://.',
		exitCode: 2,
	},
	'bad-export-format': {
		message: 'Unknown export format "{format}".',
		hint: 'Use --format env, shell, json or sfdx-url.',
		exitCode: 2,
	},
	'not-exportable': {
		message: 'The {field} of "{alias}" has characters that an {format} export cannot carry.',
		hint: 'Use --format json, which can carry any value.',
	},
	'remove-cancelled': {
		message: 'Cancelled: "{alias}" was kept.',
		hint: 'If the revoke had already reached Salesforce, its refresh token no longer works: "sfrt refresh {alias}" tells, and "sfrt remove {alias}" forgets it.',
		exitCode: 130,
	},
	'revoke-failed': {
		message: 'Could not revoke the refresh token of "{alias}" at Salesforce: {reason}',
		hint: '{hint} The org was kept. To forget it without revoking, run "sfrt remove {alias} --force"; the token then stays valid until it expires or an admin revokes it (Setup → Connected Apps OAuth Usage).',
	},
	'import-unverified': {
		message: 'The refresh token works, but sfrt could not read who it belongs to: {reason}',
		hint: 'The app rotates refresh tokens, so the token in the URL no longer works; the new one was saved as "{alias}". Run "sfrt refresh {alias}" to finish checking it.',
	},
	'org-busy': {
		message: 'Another sfrt process is refreshing "{alias}" and has not finished.',
		hint: 'Wait for it and try again. If no other sfrt is running, remove {path} and try again.',
	},
	'bad-concurrency': {
		message: '--concurrency takes a whole number from 1 to {max}, not "{value}".',
		hint: 'Use for example --concurrency 4 (the default).',
		exitCode: 2,
	},
	'alias-and-all': {
		message: 'Give an alias or --all, not both.',
		hint: 'Run "sfrt refresh <alias>" for one org, or "sfrt refresh --all" for every saved org.',
		exitCode: 2,
	},
} satisfies Record<string, ErrorEntry>;

export type OrgsErrorCode = keyof typeof orgsErrors;

/** How each refresh outcome reads in lists and the wizard. */
export const refreshStateLabels = {
	ok: 'ok',
	revoked: 'revoked or expired',
	'app-not-installed': 'app not installed',
	'invalid-client': 'invalid client',
	unreachable: 'network or HTTP error',
	failed: 'failed',
} as const;
