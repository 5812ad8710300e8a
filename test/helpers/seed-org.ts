import {startEmulator, type Emulator, type EmulatorApp, type EmulatorOptions, type EmulatorUser} from '../../source/emulator/index.js';
import {completeLogin, prepareLogin, type LoginSettings} from '../../source/oauth/login.js';
import {parseRedirectUri} from '../../source/oauth/redirect-uri.js';
import {createTokenClient, type TokenClient} from '../../source/oauth/token-client.js';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
import type {OrgStore} from '../../source/store/org-store.js';
import type {SavedOrg} from '../../source/store/saved-org.js';

export const seedCallbackUrl = 'http://localhost:1717/OauthRedirect';

/** An app shaped like Salesforce's: a 3MVG9… Consumer Key and a 64-hex-digit secret. */
export function seedApp(overrides: Partial<EmulatorApp> = {}): EmulatorApp {
	return {
		name: 'sfrt seed app',
		clientId: '3MVG9seedClientId.forOrgTests_' + 'q'.repeat(54),
		clientSecret: '9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08',
		callbackUrls: [seedCallbackUrl],
		...overrides,
	};
}

export function seedUser(n: number | string = 1, overrides: Partial<EmulatorUser> = {}): EmulatorUser {
	const name = typeof n === 'number' ? `user${n}` : n;
	return {username: `${name}@example.com`, password: 'pw', displayName: `User ${name}`, email: `${name}@example.com`, ...overrides};
}

/** `count` seed users: user1@example.com, user2@example.com… (password "pw"). */
export function seedUsers(count: number): EmulatorUser[] {
	return Array.from({length: count}, (_, index) => seedUser(index + 1));
}

/**
 * An emulator on loopback with the seed app and `users` users (a count of seed users, or a list),
 * approving every authorize request as the first user. `options` override any of that.
 */
export async function startSeedEmulator(users: number | EmulatorUser[] = 1, options: EmulatorOptions = {}): Promise<Emulator> {
	const list = typeof users === 'number' ? seedUsers(users) : users;
	return startEmulator({apps: [seedApp()], users: list, autoApprove: list[0]?.username ?? false, ...options});
}

/** A token client that retries at once: tests must not wait for back-off. */
export function fastClient(): TokenClient {
	return createTokenClient({retryDelayMs: () => 0, timeoutMs: 5000});
}

export interface SeedOptions {
	/** Who logs in (must be a user of the emulator). Default: the first seed user. */
	username?: string;
	alias?: string;
	app?: Pick<EmulatorApp, 'clientId' | 'clientSecret'>;
	client?: TokenClient;
}

// The emulator approves as whoever `autoApprove` names when the authorize request arrives, so
// authorize requests of parallel seeds must not overlap; the rest of each login may.
const authorizeQueue = new WeakMap<Emulator, Promise<unknown>>();

/**
 * A real login against the emulator, done programmatically: prepareLogin, follow the
 * auto-approved authorize redirect to read the code from its Location header, completeLogin,
 * then save it. Returns the saved org (as the store has it).
 */
export async function seedOrg(emulator: Emulator, store: OrgStore, options: SeedOptions = {}): Promise<SavedOrg> {
	const {settings, result} = await loginToEmulator(emulator, options);
	return store.save(savedOrgFromLogin(result, settings, options.alias ?? result.identity.username)).org;
}

/** The login part of seedOrg, without saving. */
export async function loginToEmulator(emulator: Emulator, options: SeedOptions = {}) {
	const app = options.app ?? seedApp();
	const username = options.username ?? 'user1@example.com';
	const settings: LoginSettings = {
		clientId: app.clientId,
		clientSecret: app.clientSecret,
		loginHost: {url: emulator.loginUrl, kind: 'local'},
		redirectUri: parseRedirectUri(seedCallbackUrl),
		scopes: ['api', 'refresh_token'],
	};
	const pending = prepareLogin(settings);
	const previous = authorizeQueue.get(emulator) ?? Promise.resolve();
	const code = previous.then(async () => {
		emulator.autoApprove = username;
		const response = await fetch(pending.authorizeUrl, {redirect: 'manual'});
		const location = response.headers.get('location');
		if (response.status !== 302 || !location) throw new Error(`authorize answered ${response.status} without a redirect`);
		const redirect = new URL(location);
		const value = redirect.searchParams.get('code');
		if (!value) throw new Error(`authorize redirected without a code: ${redirect.searchParams.get('error') ?? 'no error'}`);
		return value;
	});
	authorizeQueue.set(emulator, code.catch(() => undefined));
	const result = await completeLogin(pending, await code, options.client ?? fastClient());
	return {settings, result};
}
