/**
 * Helpers for Ink component tests: wait for what the screen shows instead of sleeping, send
 * keys one at a time, and fakes for everything the wizard does to the outside world.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {render} from 'ink-testing-library';
import type {ReactElement} from 'react';
import {afterAll, vi} from 'vitest';
import {LoginStep, type LoginStepProps} from '../../source/ui/steps/login.js';
import type {SfrtError} from '../../source/errors.js';
import type {Catcher, CatcherOptions, LoginOutcome} from '../../source/oauth/catcher.js';
import type {LoginResult, LoginSettings} from '../../source/oauth/login.js';
import {oauthError} from '../../source/oauth/oauth-error.js';
import {parseRedirectUri} from '../../source/oauth/redirect-uri.js';
import {resolveLoginHost} from '../../source/oauth/hosts.js';
import type {TokenClient, TokenSet} from '../../source/oauth/token-client.js';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
import {OrgStore} from '../../source/store/org-store.js';
import type {WizardServices} from '../../source/ui/services.js';
import {stripAnsi} from '../../source/ui/terminal.js';
import {ThemeProvider} from '../../source/ui/theme.js';
import {Wizard, type WizardProps} from '../../source/ui/wizard.js';
import {PrintedAbove} from '../../source/ui/components/whole-value.js';
import {keys} from '../helpers/keys.js';

export {keys};

export const VALID_KEY = '3MVG9RFu2xl7ZPMfSBwIJtfMe.RY3P9eQ0aiyGunlOeWI0bj49RqJ.byHSaHWPxGDiLGBjpH50usSix44galQ';

/** How long after a frame appears its input handlers take to subscribe (a few ms; more under load). */
const settleMs = 25;

export interface Ui {
	frame(): string;
	/** Waits until the last frame matches; fails with the frame after `timeoutMs`. */
	waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
	/** Waits until the last frame no longer matches. */
	waitForGone(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
	/** One key; waits for the frame to change (or a short while) so Ink re-subscribes input. */
	press(key: string): Promise<void>;
	/** Types text a character at a time. */
	type(text: string): Promise<void>;
	/** Sends text in one chunk, as a terminal does for a paste; waits for it to show. */
	paste(text: string, shows?: string): Promise<void>;
	/** Everything written to stdout, raw (OSC sequences included). */
	written(): string;
	unmount(): void;
}

export function renderUi(tree: ReactElement, options: {colour?: boolean} = {}): Ui {
	// As in the wizard: values wider than the terminal are printed above the frame.
	const instance = render(<ThemeProvider colour={options.colour ?? false}><PrintedAbove>{tree}</PrintedAbove></ThemeProvider>);
	return driveUi(instance.frames, key => instance.stdin.write(key), () => instance.unmount());
}

/** The Ui over any rendered tree: its frames as written, a way to type into it, and unmount. */
export function driveUi(frames: string[], write: (input: string) => void, unmount: () => void): Ui {
	// After unmount Ink may write an empty frame: the screen a person sees is the last real one.
	const frame = () => stripAnsi([...frames].reverse().find(f => stripAnsi(f).trim() !== '') ?? '');
	const matches = (pattern: string | RegExp) => (typeof pattern === 'string' ? frame().includes(pattern) : pattern.test(frame()));
	const poll = async (done: () => boolean, what: string, timeoutMs: number) => {
		const deadline = Date.now() + timeoutMs;
		while (!done()) {
			if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Last frame:\n${frame()}`);
			await sleep(5);
		}
		return frame();
	};
	const press = async (key: string) => {
		const before = frames.length;
		write(key);
		const deadline = Date.now() + (key === keys.escape ? 120 : 80);
		while (frames.length === before && Date.now() < deadline) await sleep(2);
		await sleep(5);
	};
	return {
		frame,
		async waitFor(pattern, timeoutMs = 3000) {
			await poll(() => matches(pattern), String(pattern), timeoutMs);
			// The frame is written before React runs the new screen's effects, and useInput
			// subscribes in an effect: give them a moment before the next key.
			await sleep(settleMs);
			return frame();
		},
		waitForGone: (pattern, timeoutMs = 3000) => poll(() => !matches(pattern), `${String(pattern)} to go`, timeoutMs),
		press,
		async type(text) {
			for (const ch of text) await press(ch);
		},
		async paste(text, shows = text) {
			write(text);
			await poll(() => frame().includes(shows), `the pasted ${JSON.stringify(shows)}`, 3000);
			await sleep(5);
		},
		written: () => frames.join(''),
		unmount,
	};
}

/** A catcher whose code the test delivers or fails. */
export function fakeCatcher() {
	let settle!: {resolve: (code: string) => void; reject: (error: SfrtError) => void};
	const code = new Promise<string>((resolve, reject) => {
		settle = {resolve, reject};
	});
	code.catch(() => {});
	const outcomes: LoginOutcome[] = [];
	const catcher: Catcher & {closed: number; options?: CatcherOptions} = {
		addresses: ['127.0.0.1:1717'],
		code,
		closed: 0,
		finish(outcome) {
			outcomes.push(outcome);
		},
		async close() {
			catcher.closed++;
			settle.reject(oauthError('cancelled'));
		},
	};
	return {
		catcher,
		outcomes,
		deliver: (value = 'the-code') => settle.resolve(value),
		fail: (error: SfrtError) => settle.reject(error),
	};
}

export const identity = {username: 'ada@example.com', displayName: 'Ada', orgId: '00D000000000001AAA', userId: '005000000000001AAA'};

export function tokenSet(overrides: Partial<TokenSet> = {}): TokenSet & {refreshToken: string} {
	return {
		accessToken: '00D000000000001!access',
		refreshToken: '5Aep861LDnJWQyGrHNUqvxrc1RawARZcwRRvX.3pNG4EqpMuaHAS1DFDKOdLIEmIqMnqZQpRzvllyvLzddVbFeK',
		instanceUrl: 'https://acme.my.salesforce.com',
		id: 'https://login.salesforce.com/id/00D000000000001AAA/005000000000001AAA',
		orgId: identity.orgId,
		userId: identity.userId,
		issuedAt: 1_700_000_000_000,
		scopes: ['api', 'refresh_token'],
		tokenType: 'Bearer',
		...overrides,
	} as TokenSet & {refreshToken: string};
}

/** Settles with the gate, or rejects with 'cancelled' as the request's signal aborts (as the real client does). */
function gated(gate: Promise<void> | undefined, signal: AbortSignal | undefined): Promise<void> {
	if (!signal) return Promise.resolve(gate);
	return new Promise((resolve, reject) => {
		const abort = () => reject(oauthError('cancelled'));
		if (signal.aborted) abort();
		signal.addEventListener('abort', abort, {once: true});
		void Promise.resolve(gate).then(() => {
			signal.removeEventListener('abort', abort);
			resolve();
		});
	});
}

/** A token client whose calls can be held back or made to fail; each honours its request's signal. */
export function fakeTokenClient(options: {fail?: {at: 'exchangeCode' | 'identity' | 'refresh'; error: SfrtError}; gate?: Promise<void>; revokeGate?: Promise<void>} = {}) {
	const step = async <T,>(name: 'exchangeCode' | 'identity' | 'refresh', value: T, signal?: AbortSignal): Promise<T> => {
		await gated(options.gate, signal);
		if (options.fail?.at === name) throw options.fail.error;
		return value;
	};
	type Request = {signal?: AbortSignal | undefined};
	return {
		exchangeCode: vi.fn(async (request?: Request) => step('exchangeCode', tokenSet(), request?.signal)),
		identity: vi.fn(async (request?: Request) => step('identity', identity, request?.signal)),
		refresh: vi.fn(async (request?: Request) => step('refresh', {...tokenSet(), accessToken: 'refreshed', refreshToken: undefined}, request?.signal)),
		revoke: vi.fn(async (request?: Request) => gated(options.revokeGate, request?.signal)),
	} as unknown as TokenClient & Record<'exchangeCode' | 'identity' | 'refresh' | 'revoke', ReturnType<typeof vi.fn>>;
}

export function loginSettings(overrides: Partial<LoginSettings> = {}): LoginSettings {
	return {
		clientId: VALID_KEY,
		clientSecret: 'secret',
		loginHost: resolveLoginHost('login'),
		redirectUri: parseRedirectUri('http://localhost:1717/OauthRedirect'),
		scopes: ['api', 'refresh_token'],
		...overrides,
	};
}

export function loginResult(overrides: Partial<LoginResult> = {}): LoginResult {
	return {tokens: tokenSet(), identity, rotated: false, verifiedAt: new Date('2026-01-02T03:04:05Z'), ...overrides};
}

const tempDirs: string[] = [];
afterAll(() => {
	for (const dir of tempDirs.splice(0)) fs.rmSync(dir, {recursive: true, force: true});
});

/** A folder for a test's saved orgs, removed after the file's tests. */
export function tempDir(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sfrt-ui-'));
	tempDirs.push(dir);
	return dir;
}

/** Fakes for every outside effect; the store is a real one in a temporary folder. */
export function fakeServices(overrides: Partial<WizardServices> & {configDir?: string} = {}) {
	const catchers: Array<ReturnType<typeof fakeCatcher>> = [];
	const dir = overrides.configDir ?? tempDir();
	let store: OrgStore | undefined;
	const {configDir: _ignored, ...rest} = overrides;
	const services = {
		startCatcher: vi.fn(async (options: CatcherOptions) => {
			const caught = fakeCatcher();
			caught.catcher.options = options;
			catchers.push(caught);
			return caught.catcher;
		}),
		/** Salesforce knows the app: no problem found. */
		checkAuthorizeUrl: vi.fn(async (_url: string, _context: {redirectUri: string; scopes: string}, _options?: {signal?: AbortSignal | undefined}): Promise<SfrtError | undefined> => undefined),
		openBrowser: vi.fn(async (_url: string) => ({ok: true as const, command: 'test-browser'})),
		tokenClient: fakeTokenClient(),
		store: () => (store ??= new OrgStore(dir)),
		now: () => Date.now(),
		terminal: {colour: false, hyperlinks: false},
		...rest,
	} satisfies WizardServices;
	return {
		services,
		dir,
		catchers,
		/** The catcher of the latest login attempt, once it has started. */
		async catcher(): Promise<ReturnType<typeof fakeCatcher>> {
			for (let i = 0; i < 400 && catchers.length === 0; i++) await sleep(5);
			const latest = catchers.at(-1);
			if (!latest) throw new Error('no catcher was started');
			return latest;
		},
	};
}

/** Every login value given as a flag: the wizard starts at the browser step. */
export const allFlags = {clientId: VALID_KEY, clientSecret: 'shh', domain: 'test', redirectUri: 'http://localhost:1717/OauthRedirect'};

/** `sfrt login`'s wizard over fakes (a real store in a temporary folder). */
export function renderWizard(props: Partial<WizardProps> = {}, serviceOverrides: Parameters<typeof fakeServices>[0] = {}) {
	const fakes = fakeServices(serviceOverrides);
	const onExit = vi.fn();
	const ui = renderUi(<Wizard mode="login" timeoutMs={300_000} autoOpen services={fakes.services} onExit={onExit} {...props} />);
	return {ui, fakes, onExit};
}

/** A LoginStep over fake services, with every callback a mock; props and services may be overridden. */
export function renderLoginStep(overrides: Partial<LoginStepProps> = {}, serviceOverrides: Parameters<typeof fakeServices>[0] = {}) {
	const fakes = fakeServices(serviceOverrides);
	const props = {
		settings: loginSettings(),
		timeoutMs: 300_000,
		autoOpen: true,
		header: {step: 6, total: 8},
		services: fakes.services,
		onCodeReceived: vi.fn(),
		onDone: vi.fn(),
		onError: vi.fn(),
		onBack: vi.fn(),
		...overrides,
	} satisfies LoginStepProps;
	return {ui: renderUi(<LoginStep {...props} />), props, fakes};
}

export const pad = (n: number) => String(n).padStart(2, '0');

/** `count` saved orgs, org-01 (the default) … org-NN, each its own user. */
export function storeWith(count: number, options: {username?: (n: number) => string; alias?: (n: number) => string} = {}) {
	const store = new OrgStore(tempDir());
	for (let n = 1; n <= count; n++) {
		const username = options.username?.(n) ?? `user${n}@example.com`;
		const login = loginResult({identity: {...identity, username, userId: `005000000000${String(n).padStart(3, '0')}AAA`}});
		store.save(savedOrgFromLogin(login, loginSettings(), options.alias?.(n) ?? `org-${pad(n)}`));
	}
	return store;
}
