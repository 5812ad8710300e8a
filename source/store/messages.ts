import type {ErrorText} from '../errors.js';
import {defineCatalogs, type Shape} from '../i18n/index.js';

const en = {
	/** Errors of the saved-org store. Codes are stable: scripts read them from --json output. */
	errors: {
		'org-not-found': {
			message: 'No saved org is called "{alias}".',
			hint: 'Run "sfrt list" to see the saved orgs, or "sfrt login" to add one.',
		},
		'no-default-org': {
			message: 'No org was named and no default org is set.',
			hint: 'Name an org (see "sfrt list"), or set a default with "sfrt default <alias>".',
		},
		'alias-taken': {
			message: 'The alias "{alias}" is already used by {username}.',
			hint: 'Choose another alias with --alias, or remove the other org first with "sfrt remove {alias}".',
		},
		'bad-alias': {
			message: 'The alias "{alias}" cannot be used: {reason}.',
			hint: 'Use 1 to 128 letters, digits, dots, dashes, underscores, @ or +, not starting with a dash.',
			variants: {
				empty: {message: 'The alias is empty.', hint: 'Type an alias: 1 to 128 letters, digits, dots, dashes, underscores, @ or +, not starting with a dash.'},
			},
		},
		'store-unreadable': {
			message: 'The saved orgs file {path} cannot be read: {reason}.',
			hint: 'sfrt left it untouched. Fix or move the file (it holds your tokens; keep a copy), then try again. SFRT_CONFIG_DIR sets where sfrt keeps it.',
			variants: {
				'damaged-entry': {
					message: 'The saved orgs file {path} has an entry sfrt can\'t use: {reason}.',
					hint: 'sfrt changes nothing in the file while it is there (the other orgs can still be used): fix or remove that entry by hand (keep a copy of the file first), then try again.',
				},
			},
		},
		'store-too-new': {
			message: 'The saved orgs file {path} was written by a newer sfrt (schema {found}; this sfrt knows {known}).',
			hint: 'Update sfrt: npm install -g sfrt@latest. The file was left untouched.',
		},
		'store-unwritable': {
			message: 'sfrt cannot write the saved orgs file {path}: {reason}.',
			hint: 'Free some disk space, or fix the permissions of the folder (it must be yours, mode 0700), then try again.',
		},
		'store-busy': {
			message: 'Another sfrt process has held the saved orgs file for too long ({path}.lock).',
			hint: 'If no other sfrt is running, remove {path}.lock and try again.',
		},
	} satisfies Record<string, ErrorText>,

	/** Why the store could not be written: the {reason} of store-unwritable. */
	writeReasons: {
		diskFull: 'the disk is full',
		notAllowed: 'sfrt is not allowed to write there',
	},

	/** Said when opening the store made it private again. */
	madePrivate: (target: string, was: string, now: string) => `${target} could be read by other users (mode ${was}): sfrt set it to ${now}.`,

	/** Why an alias cannot be used: the {reason} of bad-alias. */
	aliasReasons: {
		empty: 'it is empty',
		invalid: 'it has characters that are not allowed, or is too long',
		leadingDash: 'it starts with a dash, so commands would read it as an option (sfrt export -x …)',
	},

	/** Why the saved orgs file cannot be read: the {reason} of store-unreadable. */
	fileReasons: {
		notObject: 'it does not hold a JSON object',
		noMigration: (version: number) => `no migration from schema ${version}`,
		orgsNotObject: '"orgs" is not an object',
		badEntry: (alias: string, problem: string) => `the entry "${alias}" ${problem}`,
		unsafeLink: (target: string) => `it is a link to ${target}, in a folder other users can write to (or not yours): sfrt keeps tokens only where no one else can swap them`,
		notAnOrg: 'is not an org (not a JSON object)',
		fieldMissing: (field: string) => `has no "${field}" (or it is not text)`,
		aliasDiffers: (alias: string) => `names another alias inside ("${alias}")`,
		fieldNotText: (field: string) => `has a "${field}" that is not text`,
		fieldNotNumber: (field: string) => `has a "${field}" that is not a number`,
		scopesNotList: 'has "scopes" that is not a list of names',
	},
} as const;

export type StoreText = Shape<typeof en>;

export let storeErrors: StoreText['errors'];
export let storeText: StoreText;
defineCatalogs<StoreText>({en}, text => {
	storeErrors = text.errors;
	storeText = text;
});
