import {defineCatalogs, type Shape} from '../i18n/index.js';

/** Every sentence the wizard shows. Steps never spell out text of their own. */

const en = {
	common: {
		brand: 'sfrt',
		demoBadge: '(demo · local emulator)',
		stepOf: (n: number, total: number) => `step ${n} of ${total}`,
		/** Between the parts of the header. */
		separator: ' · ',
		/** One line of key hints, in the order given. */
		keyLine: (...hints: string[]) => hints.join(' · '),
		/** At the foot of a secret shown on a screen of its own. */
		/** In place of a credential too wide for the frame. */
		ownScreen: (label: string) => `Wider than this terminal: press f to see the ${label} whole on a screen of its own.`,
		fullScreenReturn: 'Select it to copy it. Press any key to go back: it leaves no copy on the terminal.',
		keys: {
			choose: '↑↓ choose · Enter select',
			enterContinue: 'Enter continue',
			escBack: 'Esc back',
			ctrlC: 'Ctrl+C cancel',
		},
		cancelled: 'Cancelled. Nothing was saved.',
		cancelledAfterSave: (alias: string) => `Cancelled. "${alias}" was already saved.`,
		revoking: 'Revoking the refresh token already issued… Ctrl+C again to leave now.',
		quitNothingSaved: 'Nothing was saved.',
		bye: 'Bye.',
	},
	/** Short names of the values the wizard asks for, as used in "change the …". */
	fieldNames: {
		'client-id': 'Consumer Key',
		'client-secret': 'Consumer Secret',
		'login-host': 'login address',
		method: 'way to log in',
		'redirect-uri': 'Callback URL',
	},
	stepTitles: {
		'client-id': 'Consumer Key',
		'client-secret': 'Consumer Secret',
		'login-host': 'Where to log in',
		method: 'How to log in',
		'redirect-uri': 'Callback URL',
		authorize: 'Log in and allow access',
		exchange: 'Checking the login',
		result: 'Your refresh token',
	},
	welcome: {
		title: 'Welcome to sfrt',
		intro: 'sfrt gets you a Salesforce OAuth refresh token that works, and keeps it at hand:',
		points: [
			'You give it your app\'s Consumer Key (and Secret, if the app has one).',
			'You log in to Salesforce in your browser and click Allow.',
			'sfrt proves the refresh token works with one refresh, then saves it.',
		],
		question: 'Do you have a Consumer Key and Secret from an External Client App yet?',
		yes: 'Yes, I have them',
		no: 'No, show me how to create the app',
		quit: 'Quit',
		demoIntro: 'This is a demo: it runs the real wizard against sfrt\'s built-in Salesforce emulator on this machine. Nothing reaches Salesforce, and nothing is saved to your orgs.',
		demoCredentials: 'The demo app\'s Consumer Key and Secret are filled in for you: press Enter to accept them.',
		demoStart: 'Start the demo',
		demoGuide: 'First show how to create a real app',
	},
	guide: {
		title: 'Create an External Client App',
		intro: 'In Salesforce (Spring \'26 and later, new apps are External Client Apps). Create it in the org you will log in to: an External Client App logs in only users of the org it was created in (for a sandbox, create it in the sandbox or deploy it there). An admin may need to install or approve the app for you.',
		steps: [
			'Setup → App Manager → New External Client App. Give it a name and a contact email; Distribution State: Local.',
			'Enable OAuth. Callback URL, exactly (scheme, host, port and path):',
			'OAuth scopes, tick both: "Manage user data via APIs (api)" and "Perform requests at any time (refresh_token, offline_access)".',
			'Flow settings: "Require secret for Web Server Flow" on or off (sfrt handles both); "Require PKCE" can stay on; "Enable for Device Flow" to log in with a code on another device.',
			'Policies: who may use the app ("All users may self-authorize" is simplest) and the refresh token policy.',
			'Settings → OAuth Settings → Consumer Key and Secret (Salesforce asks for a verification code).',
			'Wait 2 to 10 minutes before logging in: until then Salesforce says the key is invalid.',
		],
		/** Index of the step after which the callback URL is shown. */
		callbackStep: 1,
		ready: 'Enter I have the Consumer Key',
		scroll: '↑↓ more steps',
		position: (from: number, to: number, total: number) => `steps ${from}–${to} of ${total}`,
	},
	consumerKey: {
		prompt: 'Paste the app\'s Consumer Key.',
		where: 'Setup → App Manager → your app → View → Consumer Key and Secret.',
		empty: 'Enter the Consumer Key.',
		spaces: 'A Consumer Key has no spaces: check you copied only the key.',
		unusual: 'This does not look like a Salesforce Consumer Key (those start with 3MVG and are about 85 characters long). You can still go on.',
		demoHint: 'Demo key (already filled in):',
		keyPrinted: '↑ The demo key is printed in full above: it is wider than this terminal.',
	},
	consumerSecret: {
		prompt: 'Paste the app\'s Consumer Secret, or leave it empty if the app does not require one.',
		length: (n: number) => (n === 0 ? 'No secret: sfrt will not send one.' : `${n} characters, hidden.`),
		spaces: 'A Consumer Secret has no spaces: check you copied only the secret.',
		demoHint: 'Demo secret (already filled in):',
		secretPrinted: '↑ The demo secret is printed in full above: it is wider than this terminal.',
	},
	loginHost: {
		prompt: 'Where does the user log in?',
		production: 'Production or Developer Edition',
		productionHint: 'login.salesforce.com',
		sandbox: 'Sandbox',
		sandboxHint: 'test.salesforce.com',
		myDomain: 'My Domain URL',
		myDomainHint: 'type it, such as https://acme.my.salesforce.com',
		emulator: 'The built-in emulator',
		myDomainPrompt: 'Your My Domain URL (Setup → My Domain shows it):',
		myDomainEmpty: 'Enter the My Domain URL, or press Esc to choose Production or Sandbox.',
		/** The kind may hold parentheses itself ("sandbox (My Domain)"): it follows a dot, not inside more. */
		resolved: (url: string, kind: string) => `Logs in at ${url} · ${kind}`,
	},
	callbackUrl: {
		prompt: 'sfrt receives the login on this address on your machine.',
		mustMatch: 'It must match your app\'s Callback URL exactly.',
		pastePrompt: 'Any Callback URL registered on the app works: nothing listens on it, you paste the address back. Salesforce\'s own success page works too: https://login.salesforce.com/services/oauth2/success (for a sandbox or My Domain, on that host).',
		empty: 'Enter the Callback URL.',
	},
	loginMethod: {
		prompt: 'How will you log in?',
		browser: 'With a browser on this machine',
		browserHint: 'it comes back by itself',
		paste: 'With a browser anywhere, then paste the address',
		pasteHint: 'over SSH, in a container',
		device: 'With a code on another device',
		deviceHint: 'the app needs Enable for Device Flow',
		remote: (reason: string) => `This looks like a remote machine (${reason}): a browser on your own computer cannot reach this machine's callback URL. Pasting the address works from anywhere.`,
		forward: 'Or forward the callback port, then log in with the browser on your own computer:',
	},
	authorize: {
		starting: 'Starting the local receiver…',
		checking: 'Checking the app with Salesforce…',
		opening: 'Opening your browser…',
		opened: (command: string) => `Opened your browser with ${command}.`,
		openFailed: (reason: string) => `Could not open a browser: ${reason}. Open the link below yourself.`,
		notOpened: 'Open the link below in your browser.',
		linkLabel: 'Open the Salesforce login page',
		urlLabel: 'Login URL:',
		urlPrinted: '↑ The login URL is printed in full above: it is wider than this terminal.',
		instructions: 'Log in, then click Allow.',
		pageErrorAdvice: 'If the browser shows an error page instead of coming back here, press e.',
		pasteInstructions: 'Open the link in a browser on any machine, log in and click Allow.',
		noBrowserHere: (reason: string) => `No browser here (${reason})? Press p and paste the address from a browser elsewhere, or forward the port:`,
		deviceOpen: 'On any device (a phone will do), open:',
		deviceEnter: 'and enter the code',
		deviceThen: 'Then log in and click Allow.',
		devicePageErrorAdvice: 'If the page shows an error instead, press e.',
		waitingDevice: 'Waiting for the approval',
		codeCopied: 'Sent the code to the clipboard (OSC 52).',
		slowDown: (seconds: number) => `Salesforce asked for slower checks: every ${seconds} s now.`,
		deviceKeys: 'o open the page here · c copy the code · e error page · Esc back · Ctrl+C cancel',
		demoLogin: (username: string, password: string) => `Demo login: username ${username} · password ${password}`,
		waiting: (redirectUri: string) => `Waiting for the login to come back to ${redirectUri}`,
		timeLeft: (left: string) => ` · ${left} left`,
		copied: 'Sent the URL to the clipboard (OSC 52). If your terminal ignores it, select the URL above.',
		keys: 'o open again · c copy the URL · p paste the address · e error page · Esc back · Ctrl+C cancel',
		prompt: 'Paste the whole address your browser ended on after Allow (even a page that could not be reached), or just the code:',
		pasteErrorTip: 'If the browser shows an error page instead, paste what it says.',
		pasteKeys: 'On an empty line: o open here · c copy the URL · e error page. Enter continue · Esc back · Ctrl+C cancel',
	},
	pageErrors: {
		prompt: 'What does the browser page say?',
		choices: {
			'app-blocked': 'OAUTH_APP_BLOCKED · the app is blocked',
			'app-not-installed': 'OAUTH_EC_APP_NOT_FOUND · the app is not installed in this org',
			'cross-org-app': 'Cross-org OAuth flows are not supported',
			'app-must-be-installed': 'The app must be installed into the org',
			'invalid-scope': 'The requested scope is not allowed',
			'login-hours': 'Not allowed to log in at this time (login hours)',
			'login-ip-restricted': 'Not allowed to log in from this address (IP)',
			'inactive-user': 'The user is inactive',
			'inactive-org': 'The org is inactive or locked',
			'access-denied': 'Access denied',
		},
		other: 'Something else: paste what the page says',
		back: 'Back: the browser did not show an error',
		pastePrompt: 'Paste what the page says (its error code and text):',
		pasteEmpty: 'Paste the text of the page, or press Esc.',
	},
	exchange: {
		intro: 'Salesforce sent the login back. Checking it:',
		phases: {
			exchanging: 'Exchanging the authorization code for tokens',
			'reading-identity': 'Reading who logged in',
			'verifying-refresh': 'Proving the refresh token works (one refresh)',
		},
		finishing: 'Telling the browser…',
		running: (phase: string) => `${phase}…`,
	},
	result: {
		success: (username: string) => `Logged in as ${username}. The refresh token works.`,
		labels: {
			username: 'Username',
			orgId: 'Org ID',
			instanceUrl: 'Instance URL',
			scopes: 'Scopes',
			refreshToken: 'Refresh token',
		},
		noScopes: '(none listed)',
		notRelogin: (username: string, alias: string) => `${username} logged in, not the user saved as "${alias}": "${alias}" stays as it was, and this login is saved on its own.`,
		valuePrinted: (label: string) => `↑ Printed in full above (${label}): it is wider than this terminal.`,
		commandPrinted: '↑ This command is printed in full above: it is wider than this terminal.',
		rotated: 'The app rotates refresh tokens: this is the newest one.',
		keys: {
			reveal: 'r reveal the token',
			hide: 'r hide the token',
			copy: 'c copy it',
			save: 'Enter save it',
			dontSave: 'n don\'t save',
		},
		copied: 'Sent the refresh token to the clipboard (OSC 52). If your terminal ignores it, press r to show it and copy it by hand.',
		copiedShown: 'Sent the refresh token to the clipboard (OSC 52). If your terminal ignores it, select it on screen and copy it by hand.',
		aliasPrompt: 'Save it as (alias):',
		aliasHint: 'Letters, digits, dots, dashes, underscores, @ or +; not starting with a dash.',
		aliasTaken: (alias: string, username: string) => `The alias "${alias}" is already used by ${username}.`,
		aliasTakenHint: 'Type another alias. To reuse this one, remove the other org first (from the saved orgs, or with "sfrt remove").',
		replaceQuestion: (alias: string) => `This login (same org, user and app) is already saved as "${alias}".`,
		/** Replacing the same login saved before; when the alias typed differs, the entry is renamed too. */
		replace: (existing: string, alias: string) => (existing === alias
			? `Replace the token of "${existing}" with this new one`
			: `Replace the token of "${existing}" with this new one, and rename "${existing}" to "${alias}"`),
		dontSave: 'Don\'t save this token',
		saved: (alias: string, details: {isDefault: boolean; replaced?: string | undefined}) => [
			`Saved as "${alias}".`,
			...(details.isDefault ? ['It is your default org.'] : []),
			...(details.replaced === undefined ? [] : [details.replaced === alias ? 'The new token replaced the old one.' : `Renamed from "${details.replaced}": the same login, with the new token.`]),
		].join(' '),
		savedTo: (path: string) => `File: ${path}`,
		discardQuestion: 'Not saving it. This refresh token stays valid at Salesforce until it is revoked, or expires under the app\'s policy.',
		discardRevoke: 'Revoke it at Salesforce',
		discardRevokeHint: 'nobody can use it then',
		discardKeep: 'Leave it valid, unsaved',
		discardKeepHint: 'shows it to copy',
		discardBack: 'Go back and save it',
		revoking: 'Revoking the refresh token at Salesforce…',
		revoked: 'Revoked the refresh token at Salesforce. Nothing was saved.',
		revokeFailed: 'The refresh token could not be revoked, and was not saved:',
		notSaved: 'Not saved. This refresh token stays valid, and the screen above is its only copy: copy it now if you need it.',
		nextSteps: 'Next steps',
		exportCommand: (alias: string) => `sfrt export ${alias} --format env`,
		exportHint: 'print it as environment variables',
		tokenCommand: (alias: string) => `sfrt token ${alias}`,
		tokenHint: 'print a fresh access token',
		demoStore: 'This was a demo: the saved org lives in a temporary folder that is deleted when the demo ends, so it cannot be used after.',
		demoLoginCommand: 'sfrt login',
		demoLoginHint: 'log in to a real org the same way, and keep its token',
		demoGuideCommand: 'sfrt demo',
		demoGuideHint: 'run the demo again',
		finishKeys: {
			reveal: 'r reveal',
			hide: 'r hide',
			copy: 'c copy',
			quit: 'Enter or q quit',
			toList: 'Enter or Esc back to the saved orgs',
		},
	},
	/**
	 * The fixes of errors whose catalog fix names a command-line flag: in the wizard they name
	 * the step or the choice that does the same. Keyed by error code, or "code/variant".
	 */
	wizardHints: {
		'alias-taken': 'Type another alias, or remove the other org first (from the saved orgs, or with "sfrt remove {alias}").',
		'port-in-use': 'Another program is listening there (often another login in progress, such as "sf org login web"). Close it and choose Try again, or go back to the Callback URL step and use another port (add that URL to the app\'s Callback URL list in Setup first).',
		'loopback-failed': 'Check that the loopback interface works, or go back to the Callback URL step and use another address, such as http://127.0.0.1:1717/OauthRedirect.',
		'login-timeout': 'Choose Try again: it opens a new login URL. Finish the login in the browser within the time shown.',
		'invalid-scope': 'In Setup → App Manager → your app → Edit → OAuth Settings → Selected OAuth Scopes, add "Manage user data via APIs (api)" and "Perform requests at any time (refresh_token, offline_access)", save, wait 2 to 10 minutes, and choose Try again.',
		'no-refresh-token': 'In Setup → App Manager → your app → Edit → OAuth Settings → Selected OAuth Scopes, add "Perform requests at any time (refresh_token, offline_access)", save, wait 2 to 10 minutes, and choose Try again.',
		'not-json': 'The address is probably not a Salesforce login host. Go back to "Where to log in" and choose Production, Sandbox, or your My Domain URL (https://<name>.my.salesforce.com).',
		'login-host-unreachable': 'Go back to "Where to log in" and choose Production, Sandbox, or your My Domain URL such as https://acme.my.salesforce.com. sfrt itself must reach it to finish the login.',
		'paste-unrecognised': 'Paste the address your browser shows after you click Allow (it contains code=…), or just the code. If the browser shows an error page instead, press Esc, then e, and pick the closest cause or paste the line with its error code.',
		'device-flow-disabled': 'In Setup → App Manager → your app → Edit → OAuth Settings (for an External Client App: Settings → OAuth Settings → Flow Enablement), turn on "Enable for Device Flow", save, and wait 2 to 10 minutes. Salesforce refuses the device flow through apps not installed in the org. Or go back to "How to log in" and choose another way.',
		'invalid-client/no-secret': 'Go back to the Consumer Secret step and paste it (Setup → App Manager → your app → View → Consumer Key and Secret). Or, in the app\'s OAuth Settings, turn off "Require secret for Web Server Flow" and "Require secret for Refresh Token Flow".',
	},
	failure: {
		title: 'That did not work',
		retry: 'Try again',
		back: (field: string) => `Go back and change the ${field}`,
		quit: 'Quit',
	},
	home: {
		title: 'Saved orgs',
		none: 'No saved orgs yet.',
		noneLeft: 'No saved orgs left.',
		add: 'Add an org',
		quit: 'Quit',
		storeProblem: 'The saved orgs cannot be read:',
		cancelled: 'Cancelled.',
		headings: {alias: 'ALIAS', username: 'USERNAME', kind: 'KIND', verified: 'VERIFIED', status: 'STATUS'},
		/** Marks the default org in the list. */
		defaultStar: '*',
		defaultLegend: '* default org',
		refreshing: 'refreshing',
		/** The status column's words; the full label and the fix show under the list. */
		states: {ok: 'ok', revoked: 'revoked', 'app-not-installed': 'no app', 'invalid-client': 'bad client', unreachable: 'unreachable', failed: 'failed'},
		statusOf: (alias: string, label: string) => `${alias}: ${label}`,
		loginAgainTip: (alias: string) => `Press l to log in to "${alias}" again with its saved app and login address; it keeps its alias.`,
		rotated: (alias: string) => `The app rotates refresh tokens: the new one of "${alias}" is saved.`,
		/** The key hints under the list, one group each; lines break between groups. */
		keyHints: {
			select: '↑↓ select',
			page: 'PgUp PgDn Home End',
			filter: '/ filter',
			details: 'Enter details',
			refresh: 'r refresh',
			export: 'e export',
			default: 'd default',
			rename: 'n rename',
			remove: 'x remove',
			loginAgain: 'l log in again',
			add: 'a add an org',
			clearFilter: 'Esc clear the filter',
			quit: 'q quit',
		},
		/** The key hints while the filter is typed. */
		filterHints: {
			type: 'type an alias or username',
			select: '↑↓ select',
			done: 'Enter keep the filter',
			clear: 'Esc clear it',
		},
		emptyKeys: '↑↓ choose · Enter select · a add · q quit · Ctrl+C cancel',
		/** Which rows are on screen when not all fit: "12–38 of 45". */
		position: (first: number, last: number, total: number) => `${first}–${last} of ${total}`,
		/** What the filter keeps. */
		matches: (count: number, total: number, query: string) => `${count} of ${total} match "${query}"`,
		noMatch: (query: string) => `No org matches "${query}".`,
		/** Before the filter as it is typed. */
		filterPrompt: '/',
		/** Joins the parts of the line under the list (the default marker, the position, the filter). */
		info: (...parts: string[]) => parts.join(' · '),
		madeDefault: (alias: string) => `"${alias}" is now the default org.`,
		alreadyDefault: (alias: string) => `"${alias}" is already the default org.`,
		renamed: (from: string, to: string) => `Renamed "${from}" to "${to}".`,
	},
	orgDetailsText: {
		title: (alias: string) => `Org ${alias}`,
		copied: 'Sent the refresh token to the clipboard (OSC 52). If your terminal ignores it, press v to show it and copy it by hand.',
		copiedShown: 'Sent the refresh token to the clipboard (OSC 52). If your terminal ignores it, select it on screen and copy it by hand.',
		valuePrinted: (label: string) => `↑ Printed in full above (${label}): it is wider than this terminal.`,
		keys: 'v reveal the token · c copy it · e export · Esc back · Ctrl+C cancel',
		keysRevealed: 'v hide the token · c copy it · e export · Esc back · Ctrl+C cancel',
	},
	exportText: {
		title: (alias: string) => `Export ${alias}`,
		prompt: 'Which format?',
		formats: {
			env: {label: 'env', hint: 'dotenv lines: SF_CLIENT_ID=… SF_REFRESH_TOKEN=…'},
			shell: {label: 'shell', hint: 'export NAME=\'value\' lines, to source'},
			json: {label: 'json', hint: 'one JSON object'},
			'sfdx-url': {label: 'sfdx-url', hint: 'force://… for sf org login sfdx-url'},
		},
		secretWarning: 'The export holds the refresh token and the Consumer Secret.',
		action: 'Copy it, or show it on screen?',
		copy: 'Copy it to the clipboard',
		copyHint: 'OSC 52',
		show: 'Show it on screen',
		showHint: 'prints the secrets',
		otherFormat: 'Choose another format',
		copied: (format: string) => `Sent the ${format} export to the clipboard (OSC 52).`,
		copyIgnored: 'If your terminal ignores it, choose "Show it on screen" and copy it by hand.',
		shownKeys: 'c copy it · Esc back · Ctrl+C cancel',
		shownOwnScreen: 'A line of it is wider than this terminal: press f to see it whole on a screen of its own.',
		shownPrinted: '↑ The export is printed in full above: a line of it is wider than this terminal.',
	},
	renameText: {
		prompt: (alias: string) => `New alias for "${alias}":`,
		hint: 'Letters, digits, dots, dashes, underscores, @ or +; not starting with a dash.',
		taken: (alias: string, username: string) => `The alias "${alias}" is already used by ${username}.`,
		takenHint: 'Choose another alias, or remove the other org first.',
	},
	removeText: {
		question: (alias: string) => `Revoke the refresh token at Salesforce and forget ${alias}? y/N`,
		keys: 'y revoke and forget · n or Esc keep it · Ctrl+C cancel',
		removing: (alias: string) => `Revoking the refresh token of "${alias}" at Salesforce…`,
		failed: (alias: string) => `The refresh token of "${alias}" could not be revoked, so "${alias}" was kept:`,
		forgetAnyway: 'Forget it anyway',
		forgetAnywayHint: 'its token stays valid at Salesforce',
		keep: 'Keep it',
		revoked: (alias: string) => `Revoked the refresh token at Salesforce and forgot "${alias}".`,
		alreadyInvalid: (alias: string) => `Forgot "${alias}" (Salesforce no longer knew its refresh token).`,
		notRevoked: (alias: string) => `Forgot "${alias}". Its refresh token was not revoked: it stays valid until it expires or an admin revokes it (Setup → Connected Apps OAuth Usage).`,
		/** What a removal did, and that the default org is gone with it. */
		wasDefault: (said: string) => `${said} It was the default org: no org is the default now (press d on another to set one).`,
		/** Nothing was removed: a "no", Esc, or "keep it" after a failed revoke. */
		kept: (alias: string) => `Kept "${alias}": nothing was revoked or forgotten.`,
	},
} as const;

export type UiText = Shape<typeof en>;

export let common: UiText['common'];
export let fieldNames: UiText['fieldNames'];
export let stepTitles: UiText['stepTitles'];
export let welcome: UiText['welcome'];
export let guide: UiText['guide'];
export let consumerKey: UiText['consumerKey'];
export let consumerSecret: UiText['consumerSecret'];
export let loginHost: UiText['loginHost'];
export let callbackUrl: UiText['callbackUrl'];
export let authorize: UiText['authorize'];
export let loginMethod: UiText['loginMethod'];
export let pageErrors: UiText['pageErrors'];
export let exchange: UiText['exchange'];
export let result: UiText['result'];
export let failure: UiText['failure'];
export let wizardHints: UiText['wizardHints'];
export let home: UiText['home'];
export let orgDetailsText: UiText['orgDetailsText'];
export let exportText: UiText['exportText'];
export let renameText: UiText['renameText'];
export let removeText: UiText['removeText'];
defineCatalogs<UiText>({en}, text => {
	({common, fieldNames, stepTitles, welcome, guide, consumerKey, consumerSecret, loginHost, callbackUrl, loginMethod, authorize, pageErrors, exchange, result, failure, wizardHints, home, orgDetailsText, exportText, renameText, removeText} = text);
});
