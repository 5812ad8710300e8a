import type {ErrorText} from '../errors.js';
import {defineCatalogs, type Shape} from '../i18n/index.js';
import type {RefreshState} from './refresh-state.js';

const en = {
	/**
	 * Errors of the org-management core (import, export, refresh, remove). Codes are stable:
	 * scripts read them from --json output. No message ever holds a secret.
	 */
	errors: {
		'rotated-not-saved': {
			message: 'Salesforce rotated the refresh token of "{alias}", and sfrt could not save the new one: {reason}. The old token no longer works.',
			hint: 'The new one is in {file} (mode 0600), its only copy. Free some space (or fix the permissions), then run: sfrt import --alias {alias} - < {file} — and delete the file.',
			variants: {
				shown: {
					hint: 'It could not be written anywhere, so here is its only copy, as an SFDX auth URL (keep it private): {sfdxUrl} — free some space (or fix the permissions), then give it to: sfrt import --alias {alias} -',
				},
			},
		},
		'no-sfdx-url': {
			message: 'No SFDX auth URL was given.',
			hint: 'Pass it on stdin, which keeps it out of your shell history: sfrt import - < auth-url.txt (or pipe it: sf org display --verbose --json | sfrt import -).',
		},
		'bad-sfdx-url': {
			message: 'That is not an SFDX auth URL: {reason}.',
			hint: 'An SFDX auth URL looks like force://<clientId>:<clientSecret>:<refreshToken>@<instance host>, such as acme.my.salesforce.com; "sf org display --verbose" and "sfrt export <alias> --format sfdx-url" print one. The client secret may be empty; the host has no https://.',
		},
		'bad-export-format': {
			message: 'Unknown export format "{format}".',
			hint: 'Use --format env, shell, json or sfdx-url.',
		},
		'not-exportable': {
			message: 'The {field} of "{alias}" has characters that an {format} export cannot carry.',
			hint: 'Use --format json, which can carry any value.',
		},
		'remove-cancelled': {
			message: 'Cancelled: "{alias}" was kept.',
			hint: 'If the revoke had already reached Salesforce, its refresh token no longer works: "sfrt refresh {alias}" tells, and "sfrt remove {alias}" forgets it.',
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
		},
		'alias-and-all': {
			message: 'Give an alias or --all, not both.',
			hint: 'Run "sfrt refresh <alias>" for one org, or "sfrt refresh --all" for every saved org.',
		},
	} satisfies Record<string, ErrorText>,

	/** How each refresh outcome reads in lists and the wizard. */
	refreshStateLabels: {
		ok: 'ok',
		revoked: 'revoked or expired',
		'app-not-installed': 'app not installed',
		'invalid-client': 'invalid client',
		unreachable: 'network or HTTP error',
		failed: 'failed',
	} satisfies Record<RefreshState, string>,

	/** What is wrong with an SFDX auth URL: the {reason} of bad-sfdx-url. Never a secret part. */
	sfdxUrlReasons: {
		otherScheme: (scheme: string) => `it starts with ${scheme}:// instead of force://`,
		noScheme: 'it does not start with force://',
		noAt: 'there is no "@" before the instance host',
		partCount: (count: number) => `it has ${count} part${count === 1 ? '' : 's'} before the "@", and sfrt needs three (clientId:clientSecret:refreshToken)`,
		badClientId: 'the client id has characters a Consumer Key never has',
		emptyClientId: 'the client id is empty',
		badClientSecret: 'the client secret has characters a Consumer Secret never has',
		badRefreshToken: 'the refresh token has characters a refresh token never has',
		emptyRefreshToken: 'the refresh token is empty',
		noHost: 'the instance host after the "@" is missing',
		hostWithScheme: 'the instance host must not start with http:// or https://',
		notHost: (host: string) => `"${host}" is not a host name`,
		loopbackNeedsPort: (host: string) => `the loopback host "${host}" needs a port`,
		hostWithPort: (host: string) => `the host "${host}" has a port; Salesforce hosts have none`,
	},

	/** The parts of an SFDX auth URL, as the {field} of not-exportable. */
	sfdxUrlParts: {
		clientId: 'Consumer Key',
		clientSecret: 'Consumer Secret',
		refreshToken: 'refresh token',
		instanceUrl: 'instance URL',
	},
} as const;

export type OrgsText = Shape<typeof en>;
export type OrgsErrorCode = keyof OrgsText['errors'];

export let orgsErrors: OrgsText['errors'];
export let refreshStateLabels: OrgsText['refreshStateLabels'];
export let orgsText: OrgsText;
defineCatalogs<OrgsText>({en}, text => {
	({errors: orgsErrors, refreshStateLabels} = text);
	orgsText = text;
});
