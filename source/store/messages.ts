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

const ja: StoreText = {
	errors: {
		'org-not-found': {
			message: '「{alias}」という名前の保存済み組織はありません。',
			hint: '「sfrt list」で保存済みの組織を確認するか、「sfrt login」で組織を追加してください。',
		},
		'no-default-org': {
			message: '組織が指定されておらず、デフォルトの組織も設定されていません。',
			hint: '組織を指定する（「sfrt list」で確認できます）か、「sfrt default <alias>」でデフォルトの組織を設定してください。',
		},
		'alias-taken': {
			message: 'エイリアス「{alias}」は、すでに {username} で使われています。',
			hint: '--alias で別のエイリアスを指定するか、先に「sfrt remove {alias}」でもう一方の組織を削除してください。',
		},
		'bad-alias': {
			message: 'エイリアス「{alias}」は使用できません: {reason}。',
			hint: '1～128 文字の半角英数字、ドット (.)、ハイフン (-)、アンダースコア (_)、@、+ を使ってください。先頭にハイフンは使えません。',
			variants: {
				empty: {message: 'エイリアスが空です。', hint: 'エイリアスを入力してください。1～128 文字の半角英数字、ドット (.)、ハイフン (-)、アンダースコア (_)、@、+ が使えます。先頭にハイフンは使えません。'},
			},
		},
		'store-unreadable': {
			message: '保存済み組織のファイル {path} を読み込めません: {reason}。',
			hint: 'sfrt はこのファイルを変更していません。ファイルを修正するか移動してから（トークンが入っているので、コピーを残してください）、もう一度実行してください。保存場所は SFRT_CONFIG_DIR で変更できます。',
			variants: {
				'damaged-entry': {
					message: '保存済み組織のファイル {path} に、sfrt が使えないエントリーがあります: {reason}。',
					hint: 'このエントリーがある間、sfrt はファイルを一切変更しません（ほかの組織は引き続き使えます）。まずファイルのコピーを取ってから、そのエントリーを手作業で修正または削除し、もう一度実行してください。',
				},
			},
		},
		'store-too-new': {
			message: '保存済み組織のファイル {path} は、より新しい sfrt で書き込まれています（スキーマ {found}。この sfrt が扱えるのは {known} まで）。',
			hint: 'sfrt を更新してください: npm install -g sfrt@latest（ファイルは変更していません）',
		},
		'store-unwritable': {
			message: 'sfrt は保存済み組織のファイル {path} に書き込めません: {reason}。',
			hint: 'ディスクの空き容量を確保するか、フォルダーの権限を修正して（所有者が自分で、モードが 0700 であること）、もう一度実行してください。',
		},
		'store-busy': {
			message: '別の sfrt プロセスが保存済み組織のファイルを長時間ロックしています（{path}.lock）。',
			hint: 'ほかに sfrt が動いていない場合は、{path}.lock を削除してから、もう一度実行してください。',
		},
	},

	writeReasons: {
		diskFull: 'ディスクがいっぱいです',
		notAllowed: 'sfrt にはその場所への書き込み権限がありません',
	},

	madePrivate: (target: string, was: string, now: string) => `${target} はほかのユーザーが読み取れる状態でした（モード ${was}）。sfrt がモードを ${now} に変更しました。`,

	aliasReasons: {
		empty: '空です',
		invalid: '使えない文字が含まれているか、長すぎます',
		leadingDash: 'ハイフンで始まっているため、コマンドがオプションとして読み取ってしまいます（sfrt export -x …）',
	},

	fileReasons: {
		notObject: 'JSON オブジェクトではありません',
		noMigration: (version: number) => `スキーマ ${version} からの移行方法がありません`,
		orgsNotObject: '"orgs" がオブジェクトではありません',
		badEntry: (alias: string, problem: string) => `エントリー「${alias}」: ${problem}`,
		unsafeLink: (target: string) => `${target} へのリンクであり、ほかのユーザーが書き込める（または自分が所有していない）フォルダーにあります。sfrt は、ほかの人がすり替えられない場所にしかトークンを保存しません`,
		notAnOrg: '組織のデータではありません（JSON オブジェクトではありません）',
		fieldMissing: (field: string) => `"${field}" がありません（またはテキストではありません）`,
		aliasDiffers: (alias: string) => `中身が別のエイリアス（"${alias}"）を指しています`,
		fieldNotText: (field: string) => `"${field}" がテキストではありません`,
		fieldNotNumber: (field: string) => `"${field}" が数値ではありません`,
		scopesNotList: '"scopes" が名前のリストではありません',
	},
};

export type StoreText = Shape<typeof en>;

export let storeErrors: StoreText['errors'];
export let storeText: StoreText;
defineCatalogs<StoreText>({en, ja}, text => {
	storeErrors = text.errors;
	storeText = text;
});
