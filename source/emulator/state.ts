import {AuthorizationCodes} from './codes.js';
import {Clock} from './clock.js';
import {DeviceAuthorizations} from './device-codes.js';
import {salesforceId} from './ids.js';
import {ApprovalTickets, BrowserSessions} from './sessions.js';
import {TokenStore} from './tokens.js';
import type {EmulatorApp, EmulatorOptions, EmulatorUser} from './types.js';

export type RegisteredUser = EmulatorUser & {userId: string};

/** A consent page waiting for its answer. */
export interface PendingApproval {
	username: string;
	/** The authorize parameters, checked again when the user answers. */
	authorizeParams: Record<string, string>;
}

/** A device flow's approval page waiting for its answer. */
export interface PendingDeviceApproval {
	username: string;
	userCode: string;
}

const defaultSessionTimeoutMs = 2 * 60 * 60 * 1000;
const defaultDeviceIntervalSeconds = 5;
const defaultDeviceCodeLifetimeMs = 10 * 60 * 1000;

/** The emulated org: its apps, users, approvals and everything issued, all in memory. */
export class OrgState {
	readonly clock: Clock;
	readonly orgId: string;
	orgActive: boolean;
	autoApprove: string | false;
	readonly shortIdsInTokenAnswers: boolean;
	readonly codes: AuthorizationCodes;
	readonly tokens: TokenStore;
	readonly sessions: BrowserSessions;
	readonly tickets: ApprovalTickets<PendingApproval>;
	readonly devices: DeviceAuthorizations;
	readonly deviceTickets: ApprovalTickets<PendingDeviceApproval>;
	private readonly apps = new Map<string, EmulatorApp>();
	private readonly users = new Map<string, RegisteredUser>();
	private readonly consents = new Set<string>();

	constructor(options: EmulatorOptions) {
		const sessionTimeoutMs = options.sessionTimeoutMs ?? defaultSessionTimeoutMs;
		this.clock = new Clock(options.now);
		this.orgId = options.orgId ?? salesforceId('00D');
		this.orgActive = options.orgActive ?? true;
		this.autoApprove = options.autoApprove ?? false;
		this.shortIdsInTokenAnswers = options.shortIdsInTokenAnswers ?? false;
		this.codes = new AuthorizationCodes(this.clock);
		this.tokens = new TokenStore(this.clock, this.orgId, sessionTimeoutMs);
		this.sessions = new BrowserSessions(this.clock, sessionTimeoutMs);
		this.tickets = new ApprovalTickets(this.clock);
		this.deviceTickets = new ApprovalTickets(this.clock);
		this.devices = new DeviceAuthorizations(this.clock, {
			intervalMs: (options.deviceIntervalSeconds ?? defaultDeviceIntervalSeconds) * 1000,
			lifetimeMs: options.deviceCodeLifetimeMs ?? defaultDeviceCodeLifetimeMs,
		});
		for (const app of options.apps ?? []) {
			this.addApp(app);
		}

		for (const user of options.users ?? []) {
			this.addUser(user);
		}
	}

	/** Keeps the caller's object, so flags flipped on it later take effect. */
	addApp(app: EmulatorApp): void {
		this.apps.set(app.clientId, app);
	}

	app(clientId: string | undefined): EmulatorApp | undefined {
		return clientId === undefined ? undefined : this.apps.get(clientId);
	}

	/** Keeps the caller's object and writes a generated userId into it when it has none. */
	addUser(user: EmulatorUser): void {
		user.userId ??= salesforceId('005');
		this.users.set(user.username.toLowerCase(), user as RegisteredUser);
	}

	/** Usernames are case-insensitive, as at Salesforce. */
	user(username: string | undefined): RegisteredUser | undefined {
		return username === undefined ? undefined : this.users.get(username.toLowerCase());
	}

	userById(userId: string): RegisteredUser | undefined {
		return [...this.users.values()].find(user => user.userId === userId);
	}

	hasConsent(clientId: string, username: string): boolean {
		return this.consents.has(consentKey(clientId, username));
	}

	recordConsent(clientId: string, username: string): void {
		this.consents.add(consentKey(clientId, username));
	}

	/** Like an admin revoking the user's tokens under Connected Apps OAuth Usage: the approvals go too. */
	revokeAllFor(username: string): void {
		this.tokens.revokeAllFor(username);
		for (const key of this.consents) {
			if (key.endsWith(consentKey('', username))) {
				this.consents.delete(key);
			}
		}
	}
}

function consentKey(clientId: string, username: string): string {
	return `${clientId}\n${username.toLowerCase()}`;
}
