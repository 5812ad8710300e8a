export interface EmulatorApp {
	/** Shown on the consent page. Default 'sfrt test app'. */
	name?: string;
	/** Consumer key. */
	clientId: string;
	/** Consumer secret. */
	clientSecret: string;
	/** Registered callback URLs; redirect_uri must equal one exactly. */
	callbackUrls: string[];
	/** Default true. */
	requireSecretForWebServerFlow?: boolean;
	/** Default true. A secret sent anyway is still validated. */
	requireSecretForRefreshFlow?: boolean;
	/** Default false. */
	requirePkce?: boolean;
	/** Default true: the app has "Perform requests at any time (refresh_token, offline_access)". */
	allowRefreshTokenScope?: boolean;
	/** Default false. */
	rotateRefreshTokens?: boolean;
	/** Default true; false behaves like OAUTH_EC_APP_NOT_FOUND (a page after login, app_not_found at the token endpoint). */
	installed?: boolean;
	/** Default false; true behaves like OAUTH_APP_BLOCKED (a page after login, app_blocked at the token endpoint). */
	blocked?: boolean;
	/**
	 * Default false; true: an External Client App created in another org (Distribution State
	 * Local), so after login Salesforce's OAUTH_APPROVAL_ERROR_GENERIC page says cross-org flows
	 * are not supported.
	 */
	createdInOtherOrg?: boolean;
	/** Default false: Setup's "Enable for Device Flow". */
	enableDeviceFlow?: boolean;
	/** When set, only these usernames may use the app. */
	adminApprovedUsers?: string[];
	/** Default: api refresh_token offline_access openid id profile email full web. */
	allowedScopes?: string[];
}

export interface EmulatorUser {
	username: string;
	password: string;
	displayName?: string;
	email?: string;
	/** 18-char 005… id; generated (and written back to this object) if absent. */
	userId?: string;
	/** Default true; false gives inactive_user at the token endpoint. */
	active?: boolean;
}

export interface EmulatorOptions {
	apps?: EmulatorApp[];
	users?: EmulatorUser[];
	/** 18-char 00D… id, generated if absent. */
	orgId?: string;
	/** Default true; false gives inactive_org at the token endpoint. */
	orgActive?: boolean;
	/**
	 * Default false; true: the token endpoint's `id` names the org and user with their
	 * 15-character IDs, as some Salesforce answers do (identity answers keep 18).
	 */
	shortIdsInTokenAnswers?: boolean;
	/** Username: GET authorize skips the login and consent pages and redirects at once as that user. */
	autoApprove?: string | false;
	/** Default '127.0.0.1'. */
	host?: string;
	/**
	 * Host names for the URLs the emulator reports (loginUrl, instanceUrl, instance_url): it still
	 * listens on `host`, and whoever connects must resolve these names there (a test's proxy).
	 */
	hostname?: {login: string; instance: string};
	/** A PEM key and certificate: both hosts then serve https://. */
	tls?: {key: string; cert: string};
	/** Default 0 (ephemeral). */
	loginPort?: number;
	/** Default 0 (ephemeral). */
	instancePort?: number;
	/** Clock in epoch ms. Default Date.now. */
	now?: () => number;
	/** Lifetime of access tokens and browser sessions (the org's session timeout). Default 2 hours. */
	sessionTimeoutMs?: number;
	/** The device flow's polling interval, as its first answer gives it. Default 5. */
	deviceIntervalSeconds?: number;
	/** How long a device code waits for its user's decision. Default 10 minutes. */
	deviceCodeLifetimeMs?: number;
}

/** '5xx-after': the request is carried out (a refresh rotates its token), then answered 503. */
export type FaultKind = '5xx' | '5xx-after' | 'drop' | 'html';

export interface EmulatorFaults {
	/** Added to every response. */
	latencyMs: number;
	/** The next `count` requests (any path, either host) fail this way. */
	failNext(count: number, kind: FaultKind): void;
}

export type EmulatorHost = 'login' | 'instance';

export interface LoggedRequest {
	host: EmulatorHost;
	method: string;
	/** Path without the query string. */
	path: string;
	/** Decoded query parameters. */
	query?: Record<string, string>;
	/** Decoded body of a form-encoded request. */
	form?: Record<string, string>;
}

export interface Emulator {
	/** The "login.salesforce.com" host, e.g. http://127.0.0.1:PORT */
	loginUrl: string;
	/** The org's instance host, returned as instance_url. */
	instanceUrl: string;
	orgId: string;
	/** Settable at any time; same meaning as the option. */
	autoApprove: string | false;
	/** Settable at any time; same meaning as the option. */
	orgActive: boolean;
	addApp(app: EmulatorApp): void;
	addUser(user: EmulatorUser): void;
	/** The live object: tests may flip flags. */
	app(clientId: string): EmulatorApp | undefined;
	/** The live object (with its userId filled in). */
	user(username: string): EmulatorUser | undefined;
	advanceTime(ms: number): void;
	faults: EmulatorFaults;
	/** An admin revokes every token and approval of the user. */
	revokeAllFor(username: string): void;
	isRefreshTokenValid(token: string): boolean;
	requests: LoggedRequest[];
	close(): Promise<void>;
}
