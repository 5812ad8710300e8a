/**
 * The one login engine. `sfrt login` and the wizard both run a login through it and only
 * differ in how they show its events and what they ask. It takes the authorization code from
 * a source (the loopback catcher; later a pasted address or the device flow), and owns the
 * rules every login follows: check the app before the browser opens, prove the refresh token,
 * tell the browser the outcome, and never leave a refresh token valid that nobody will keep.
 */
import {toSfrtError, type SfrtError} from '../errors.js';
import type {LoginOutcome} from '../oauth/catcher.js';
import {completeLogin, prepareLogin, verifyLogin, throwIfCancelled, type LoginPhase, type LoginResult, type LoginSettings, type PendingLogin} from '../oauth/login.js';
import {oauthError} from '../oauth/oauth-error.js';
import type {TokenClient, TokenSet} from '../oauth/token-client.js';
import type {BrowserLaunch} from '../system/browser.js';
import {saveLogin, type LoginStore, type Relogin, type SavedLogin} from './save.js';

/** How long a cancelled login may spend revoking a refresh token Salesforce already issued. */
export const REVOKE_GRACE_MS = 3000;

/** Where the authorization code comes from, for one login attempt. */
export interface CodeSource {
	/** Gets ready to receive the code (a catcher listens); fails if it can't (port in use). */
	open(pending: PendingLogin, signal: AbortSignal): Promise<CodeChannel>;
}

/** What a source brings: a code to exchange, or (the device flow) the tokens themselves. */
export type Grant = {code: string} | {tokens: TokenSet};

/** What the person types where, for a device login. */
export interface DevicePrompt {
	userCode: string;
	verificationUri: string;
}

export interface CodeChannel {
	/** Rejects with Salesforce's error, a timeout or a cancellation. */
	readonly grant: Promise<Grant>;
	/** The device flow: the page to open is its verification URL, and the person types this code there. */
	readonly device?: DevicePrompt | undefined;
	/** When the source stops waiting (epoch ms), if it has a deadline. */
	readonly deadline?: number | undefined;
	/** Shows the outcome where the code came from (the browser tab). */
	finish(outcome: LoginOutcome): void;
	close(): Promise<void>;
}

export type BrowserState = 'off' | 'opening' | BrowserLaunch;

export type LoginEvent =
	| {type: 'checking'}
	/** authorizeUrl: the page to open (the verification URL for a device login). */
	| {type: 'waiting'; authorizeUrl: string; deadline?: number | undefined; device?: DevicePrompt | undefined}
	| {type: 'browser'; state: BrowserState}
	| {type: 'code-received'}
	| {type: 'phase'; phase: LoginPhase}
	/** Verified; telling the browser the outcome. */
	| {type: 'finishing'}
	| {type: 'verified'; result: LoginResult}
	| {type: 'saved'; saved: SavedLogin}
	/** Ended (cancelled, or failed) after Salesforce issued a refresh token: revoking it. */
	| {type: 'revoking'}
	/** unsaved: a verified login the store could not take, for the person to keep by hand. */
	| {type: 'failed'; error: SfrtError; unsaved?: LoginResult | undefined}
	| {type: 'cancelled'};

export type AuthorizeCheck = (authorizeUrl: string, context: {redirectUri: string; scopes: string}, options: {signal: AbortSignal}) => Promise<SfrtError | undefined>;

export interface LoginOptions {
	settings: LoginSettings;
	source: CodeSource;
	client: TokenClient;
	/** Asks Salesforce about the authorize URL before the browser opens; absent: no check. */
	check?: AuthorizeCheck | undefined;
	/** Opens the browser; absent: the person opens the URL (--no-browser). */
	openBrowser?: ((url: string) => Promise<BrowserLaunch>) | undefined;
	/** Open the browser as soon as the login waits (default true when openBrowser is given). */
	autoOpen?: boolean | undefined;
	/** Ctrl+C, SIGTERM, or the wizard going back: ends the login; a token already issued is revoked. */
	signal?: AbortSignal | undefined;
	/** The signal for that revoke; default: REVOKE_GRACE_MS. */
	cleanupSignal?: (() => AbortSignal) | undefined;
	/** Saves the verified login at once (the plain command); the wizard saves after asking. */
	save?: {store: LoginStore; alias?: string | undefined; relogin?: Relogin | undefined; onAliasTaken: 'fail' | 'suffix'} | undefined;
	onEvent?: ((event: LoginEvent) => void) | undefined;
}

export interface LoginRun {
	readonly pending: PendingLogin;
	/** Settles once the login is over and nothing of it is left running. */
	readonly done: Promise<{result: LoginResult; saved?: SavedLogin | undefined}>;
	/** Opens the browser (again) on the authorize URL. */
	openBrowser(): void;
}

export function startLogin(options: LoginOptions): LoginRun {
	const pending = prepareLogin(options.settings);
	const emit = options.onEvent ?? (() => {});
	const signal = options.signal ?? new AbortController().signal;
	let waiting = false;
	let pageUrl = pending.authorizeUrl;

	const openBrowser = () => {
		const open = options.openBrowser;
		if (!open || !waiting) return;
		emit({type: 'browser', state: 'opening'});
		void open(pageUrl).then(launch => emit({type: 'browser', state: launch}), error => emit({type: 'browser', state: {ok: false, command: '', reason: toSfrtError(error).message}}));
	};

	const run = async () => {
		let issued: {refreshToken: string; instanceUrl: string} | undefined;
		let verified: LoginResult | undefined;
		let channel: CodeChannel | undefined;
		let codeReceived = false;
		try {
			throwIfCancelled(signal);
			// The login ends in a save: a store that cannot be read fails now, not after the browser login.
			options.save?.store.defaultAlias();
			channel = await options.source.open(pending, signal);
			if (options.check) {
				emit({type: 'checking'});
				// A check that fails in itself lets the login go on: the browser may get through.
				const problem = await options.check(pending.authorizeUrl, {redirectUri: options.settings.redirectUri.url, scopes: options.settings.scopes.join(' ')}, {signal}).catch(() => undefined);
				throwIfCancelled(signal);
				if (problem) throw problem;
			}
			waiting = true;
			pageUrl = channel.device?.verificationUri ?? pending.authorizeUrl;
			emit({type: 'waiting', authorizeUrl: pageUrl, deadline: channel.deadline, device: channel.device});
			if (options.openBrowser && options.autoOpen !== false) openBrowser();
			else emit({type: 'browser', state: 'off'});

			const grant = await untilAborted(channel.grant, signal);
			waiting = false;
			codeReceived = true;
			emit({type: 'code-received'});
			const completing = {
				signal,
				onPhase: (phase: LoginPhase) => emit({type: 'phase', phase}),
				onIssued: (latest: {refreshToken: string; instanceUrl: string}) => {
					issued = latest;
				},
			};
			const result = 'code' in grant
				? await completeLogin(pending, grant.code, options.client, completing)
				: await verifyLogin(options.settings, grant.tokens, options.client, completing);
			emit({type: 'finishing'});
			channel.finish({ok: true, username: result.identity.username, orgId: result.identity.orgId});
			await channel.close();
			// Cancelled while the browser fetched its result page: the token will not be kept.
			throwIfCancelled(signal);
			emit({type: 'verified', result});
			verified = result;
			if (!options.save) return {result};
			const saved = saveLogin(options.save.store, result, options.settings, options.save);
			emit({type: 'saved', saved});
			return {result, saved};
		} catch (caught) {
			waiting = false;
			const error = signal.aborted ? oauthError('cancelled', {cause: caught}) : toSfrtError(caught);
			// The browser waits on the catcher's result page once it brought the code: tell it.
			// Cancelled, nobody waits for the browser: closing shows it "did not finish".
			if (codeReceived && !signal.aborted) channel?.finish({ok: false, error});
			await channel?.close().catch(() => {});
			// A verified login the store could not take (a full disk): the person gets the token, not a revoke.
			const unsaved = verified && !signal.aborted && error.code.startsWith('store-') ? verified : undefined;
			if (issued && !unsaved) {
				// Cancelled, or failed after Salesforce issued it (the refresh proof refused): nobody
				// will keep this token, so don't leave it valid. A short try, the person is waiting.
				emit({type: 'revoking'});
				await options.client.revoke({url: issued.instanceUrl, token: issued.refreshToken, signal: options.cleanupSignal?.() ?? AbortSignal.timeout(REVOKE_GRACE_MS)}).catch(() => {});
			}
			emit(error.code === 'cancelled' ? {type: 'cancelled'} : {type: 'failed', error, unsaved});
			throw error;
		}
	};

	const done = run();
	done.catch(() => {});
	return {pending, done, openBrowser};
}

/** The loopback catcher as a code source: Salesforce redirects the browser to it. */
export function loopbackSource(startCatcher: typeof import('../oauth/catcher.js').startCatcher, options: {timeoutMs: number; now?: () => number}): CodeSource {
	return {
		async open(pending, signal) {
			const catcher = await startCatcher({
				redirectUri: pending.settings.redirectUri,
				state: pending.state,
				scopes: pending.settings.scopes.join(' '),
				timeoutMs: options.timeoutMs,
				signal,
			});
			const deadline = (options.now ?? Date.now)() + options.timeoutMs;
			return {grant: unread(catcher.code.then(code => ({code}))), deadline, finish: outcome => catcher.finish(outcome), close: () => catcher.close()};
		},
	};
}

/**
 * A grant the login may never read: one that ends before it waits for the code (a failed check,
 * Esc, Ctrl+C) must not leave an unhandled rejection behind. Whoever awaits it still sees it fail.
 */
export function unread<T>(promise: Promise<T>): Promise<T> {
	promise.catch(() => {});
	return promise;
}

/** The promise, or 'cancelled' as soon as the signal aborts (whether or not the source heeds it). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
	return new Promise((resolve, reject) => {
		const onAbort = () => reject(oauthError('cancelled'));
		if (signal.aborted) onAbort();
		signal.addEventListener('abort', onAbort, {once: true});
		promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
	});
}

/**
 * Two sources at once (the loopback catcher, and a code the person pastes): whichever brings a
 * code first wins. The first source's errors end the login; the others only ever bring a code.
 */
export function eitherSource(main: CodeSource, ...others: CodeSource[]): CodeSource {
	return {
		async open(pending, signal) {
			const channels = await Promise.all([main, ...others].map(source => source.open(pending, signal)));
			const [first] = channels;
			const grant = unread(Promise.race(channels.map(channel => channel.grant)));
			return {
				grant,
				deadline: first!.deadline,
				device: first!.device,
				finish: outcome => first!.finish(outcome),
				close: async () => {
					await Promise.all(channels.map(channel => channel.close()));
				},
			};
		},
	};
}

/** A code handed over by hand (the wizard's paste field, which checks it first). */
export function handedSource(): {source: CodeSource; hand: (code: string) => void} {
	let hand!: (code: string) => void;
	const code = new Promise<string>(resolve => {
		hand = resolve;
	});
	return {source: {open: async () => ({grant: code.then(code => ({code})), finish: () => {}, close: async () => {}})}, hand};
}
