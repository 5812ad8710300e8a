import type {Clock} from './clock.js';
import {randomString} from './ids.js';

export const sessionCookieName = 'sfrt_emulator_sid';
const approvalTicketLifetimeMs = 15 * 60 * 1000;

/** Who is logged in to the emulator in which browser (by cookie), so later authorizations skip the login page. */
export class BrowserSessions {
	private readonly sessions = new Map<string, {username: string; expiresAt: number}>();

	constructor(
		private readonly clock: Clock,
		private readonly lifetimeMs: number,
	) {}

	start(username: string): string {
		const sessionId = randomString(40);
		this.sessions.set(sessionId, {username, expiresAt: this.clock.now() + this.lifetimeMs});
		return sessionId;
	}

	username(sessionId: string | undefined): string | undefined {
		const session = sessionId === undefined ? undefined : this.sessions.get(sessionId);
		return session !== undefined && this.clock.now() < session.expiresAt ? session.username : undefined;
	}
}

/** One-time tickets that tie an approval form to the logged-in user and the request it answers. */
export class ApprovalTickets<Approval> {
	private readonly pending = new Map<string, {approval: Approval; expiresAt: number}>();

	constructor(private readonly clock: Clock) {}

	create(approval: Approval): string {
		const ticket = randomString(40);
		this.pending.set(ticket, {approval, expiresAt: this.clock.now() + approvalTicketLifetimeMs});
		return ticket;
	}

	take(ticket: string): Approval | undefined {
		const pending = this.pending.get(ticket);
		this.pending.delete(ticket);
		return pending !== undefined && this.clock.now() < pending.expiresAt ? pending.approval : undefined;
	}
}
