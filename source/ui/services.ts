import type {Runtime} from '../cli/runtime.js';
import type {SfrtError} from '../errors.js';
import {REVOKE_GRACE_MS} from '../login/engine.js';
import {startCatcher, type Catcher, type CatcherOptions} from '../oauth/catcher.js';
import {checkAuthorizeUrl} from '../oauth/preflight.js';
import type {TokenClient} from '../oauth/token-client.js';
import {OrgStore} from '../store/org-store.js';
import {openBrowser, type BrowserLaunch} from '../system/browser.js';
import type {TerminalFeatures} from './terminal.js';
import {remoteReason, type RemoteReason} from '../system/remote.js';

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
	checkAuthorizeUrl: (authorizeUrl: string, context: {redirectUri: string; scopes: string}, options?: {signal?: AbortSignal | undefined}) => Promise<SfrtError | undefined>;
	openBrowser: (url: string) => Promise<BrowserLaunch>;
	tokenClient: TokenClient;
	/** Opened on first use: constructing it creates the config folder. The home screen uses all of it. */
	store: () => OrgStore;
	now: () => number;
	terminal: TerminalFeatures;
	/** Why this machine looks remote (SSH, no display, …): paste mode is offered first then. */
	remote?: RemoteReason | undefined;
}

/** The real services, over the command's runtime (its one way to Salesforce, its store). */
export function realServices(options: {env: NodeJS.ProcessEnv; runtime: Runtime; configDir?: string | undefined; terminal: TerminalFeatures}): WizardServices {
	const {runtime} = options;
	let store: OrgStore | undefined;
	return {
		startCatcher,
		checkAuthorizeUrl: async (authorizeUrl, context, check) => checkAuthorizeUrl(authorizeUrl, context, {signal: check?.signal, gateway: runtime.gateway}),
		openBrowser: url => openBrowser(url, options.env),
		tokenClient: runtime.tokenClient,
		// The demo keeps its orgs in a folder of its own.
		store: options.configDir ? () => (store ??= new OrgStore(options.configDir!)) : runtime.store,
		now: Date.now,
		terminal: options.terminal,
		remote: remoteReason(options.env),
	};
}

/**
 * The work a step leaves running when it is unmounted: a cancelled code exchange revoking the
 * refresh token it already got. Ctrl+C waits for it (so the process ends with nothing left
 * valid and nothing in flight), and a second Ctrl+C hurries it: its requests are aborted.
 */
export class StepWork {
	readonly #pending = new Set<Promise<unknown>>();
	readonly #hurry = new AbortController();
	#onCleanup: (() => void) | undefined;

	/** Keeps `work` until it settles. */
	track<T>(work: Promise<T>): Promise<T> {
		this.#pending.add(work);
		const forget = () => this.#pending.delete(work);
		work.then(forget, forget);
		return work;
	}

	/** Resolves once everything tracked has settled (successfully or not). */
	async settled(): Promise<void> {
		while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
	}

	/** For clean-up requests: aborted by hurry(), and after REVOKE_GRACE_MS in any case. */
	cleanupSignal(): AbortSignal {
		this.#onCleanup?.();
		return AbortSignal.any([this.#hurry.signal, AbortSignal.timeout(REVOKE_GRACE_MS)]);
	}

	/** Called when a clean-up request starts (the wizard says what it waits for). */
	onCleanup(listener: () => void): void {
		this.#onCleanup = listener;
	}

	/** The second Ctrl+C: stop cleaning up. */
	hurry(): void {
		this.#hurry.abort();
	}
}
