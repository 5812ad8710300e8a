import type {ErrorEntry} from '../errors.js';

export const storeErrors = {
	'org-not-found': {
		message: 'No saved org is called "{alias}".',
		hint: 'Run "sfrt list" to see the saved orgs, or "sfrt login" to add one.',
		exitCode: 2,
	},
	'no-default-org': {
		message: 'No org was named and no default org is set.',
		hint: 'Name an org (see "sfrt list"), or set a default with "sfrt default <alias>".',
		exitCode: 2,
	},
	'alias-taken': {
		message: 'The alias "{alias}" is already used by {username}.',
		hint: 'Choose another alias with --alias, or remove the other org first with "sfrt remove {alias}".',
		exitCode: 2,
	},
	'bad-alias': {
		message: 'The alias "{alias}" cannot be used: {reason}.',
		hint: 'Use 1 to 128 letters, digits, dots, dashes, underscores, @ or +.',
		exitCode: 2,
	},
	'store-unreadable': {
		message: 'The saved orgs file {path} cannot be read: {reason}.',
		hint: 'sfrt left it untouched. Fix or move the file (it holds your tokens; keep a copy), then try again. SFRT_CONFIG_DIR sets where sfrt keeps it.',
	},
	'store-too-new': {
		message: 'The saved orgs file {path} was written by a newer sfrt (schema {found}; this sfrt knows {known}).',
		hint: 'Update sfrt: npm install -g sfrt@latest. The file was left untouched.',
	},
	'store-busy': {
		message: 'Another sfrt process has held the saved orgs file for too long ({path}.lock).',
		hint: 'If no other sfrt is running, remove {path}.lock and try again.',
	},
} satisfies Record<string, ErrorEntry>;
