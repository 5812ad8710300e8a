import type {SfrtError} from '../errors.js';
import {startCatcher, type Catcher, type CatcherOptions} from '../oauth/catcher.js';
import {checkAuthorizeUrl} from '../oauth/preflight.js';
import {createTokenClient, type TokenClient} from '../oauth/token-client.js';
import {configDir, OrgStore} from '../store/org-store.js';
import {openBrowser, type BrowserLaunch} from '../system/browser.js';
import type {TerminalFeatures} from './terminal.js';

/** The parts of the saved-org store the wizard uses. */
export type WizardStore = Pick<OrgStore, 'list' | 'findSameLogin' | 'save' | 'defaultAlias' | 'path'>;

/**
 * Everything the wizard does to the outside world, in one object: the CLI passes the real
 * ones, component tests pass fakes.
 */
export interface WizardServices {
	startCatcher: (options: CatcherOptions) => Promise<Catcher>;
	/**
	 * Asks Salesforce about the authorize URL before the browser opens: an unknown Consumer Key
	 * or callback URL comes back as the error to show; anything else (or no answer) as undefined.
	 */
	checkAuthorizeUrl: (authorizeUrl: string, context: {redirectUri: string; scopes: string}) => Promise<SfrtError | undefined>;
	openBrowser: (url: string) => Promise<BrowserLaunch>;
	tokenClient: TokenClient;
	/** Opened on first use: constructing it creates the config folder. The home screen uses all of it. */
	store: () => OrgStore;
	now: () => number;
	terminal: TerminalFeatures;
}

export function realServices(options: {env: NodeJS.ProcessEnv; configDir?: string | undefined; terminal: TerminalFeatures}): WizardServices {
	let store: OrgStore | undefined;
	return {
		startCatcher,
		checkAuthorizeUrl: async (authorizeUrl, context) => checkAuthorizeUrl(authorizeUrl, context),
		openBrowser: url => openBrowser(url, options.env),
		tokenClient: createTokenClient(),
		store: () => (store ??= new OrgStore(options.configDir ?? configDir(options.env))),
		now: Date.now,
		terminal: options.terminal,
	};
}

/**
 * Holds the loopback catcher of the login in progress, so that whoever ends the login (the
 * exchange, going back, an error, Ctrl+C) closes it exactly once.
 */
export class CatcherSlot {
	#catcher: Catcher | undefined;

	get current(): Catcher | undefined {
		return this.#catcher;
	}

	hold(catcher: Catcher): void {
		this.#catcher = catcher;
	}

	async close(): Promise<void> {
		const catcher = this.#catcher;
		this.#catcher = undefined;
		await catcher?.close();
	}
}
