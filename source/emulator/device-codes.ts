import type {Clock} from './clock.js';
import {deviceCode, userCode} from './ids.js';

/** RFC 8628: each slow_down tells the device to wait this much longer between polls. */
const slowDownStepMs = 5000;

export type DeviceDecision = {status: 'pending'} | {status: 'approved'; username: string} | {status: 'denied'};

export interface DeviceAuthorization {
	deviceCode: string;
	userCode: string;
	clientId: string;
	scopes: string[];
	issuedAt: number;
	/** Grows with each slow_down. */
	intervalMs: number;
	lastPolledAt?: number;
	decision: DeviceDecision;
	used: boolean;
}

export type DevicePoll =
	| {status: 'unknown'}
	| {status: 'expired'}
	| {status: 'slow-down'}
	| {status: 'pending'}
	| {status: 'denied'}
	| {status: 'approved'; username: string; scopes: string[]};

/** The device flow's codes: each waits for its user's decision, then gives tokens once. */
export class DeviceAuthorizations {
	private readonly byDeviceCode = new Map<string, DeviceAuthorization>();

	constructor(
		private readonly clock: Clock,
		private readonly settings: {intervalMs: number; lifetimeMs: number},
	) {}

	start(clientId: string, scopes: string[]): DeviceAuthorization {
		const authorization: DeviceAuthorization = {
			deviceCode: deviceCode(),
			userCode: this.unusedUserCode(),
			clientId,
			scopes,
			issuedAt: this.clock.now(),
			intervalMs: this.settings.intervalMs,
			decision: {status: 'pending'},
			used: false,
		};
		this.byDeviceCode.set(authorization.deviceCode, authorization);
		return authorization;
	}

	/**
	 * One poll by the device. Only a pending code is told to slow down: RFC 8628 makes slow_down
	 * a kind of authorization_pending. The first poll may come at any time.
	 */
	poll(code: string, clientId: string): DevicePoll {
		const authorization = this.byDeviceCode.get(code);
		if (authorization === undefined || authorization.clientId !== clientId) {
			return {status: 'unknown'};
		}

		if (authorization.used || this.isExpired(authorization)) {
			return {status: 'expired'};
		}

		const now = this.clock.now();
		const previousPoll = authorization.lastPolledAt;
		authorization.lastPolledAt = now;
		const {decision} = authorization;
		if (decision.status === 'approved') {
			return {status: 'approved', username: decision.username, scopes: authorization.scopes};
		}

		if (decision.status === 'denied') {
			return {status: 'denied'};
		}

		if (previousPoll !== undefined && now - previousPoll < authorization.intervalMs) {
			authorization.intervalMs += slowDownStepMs;
			return {status: 'slow-down'};
		}

		return {status: 'pending'};
	}

	markUsed(code: string): void {
		const authorization = this.byDeviceCode.get(code);
		if (authorization !== undefined) {
			authorization.used = true;
		}
	}

	/** The code a person typed, while it still waits for their decision. Case, spaces and dashes do not matter. */
	awaitingDecision(typedUserCode: string): DeviceAuthorization | undefined {
		const wanted = typedUserCode.toUpperCase().replaceAll(/[\s-]/g, '');
		for (const authorization of this.byDeviceCode.values()) {
			if (authorization.userCode === wanted && this.isAwaitingDecision(authorization)) {
				return authorization;
			}
		}

		return undefined;
	}

	decide(authorization: DeviceAuthorization, decision: DeviceDecision): void {
		authorization.decision = decision;
	}

	private isAwaitingDecision(authorization: DeviceAuthorization): boolean {
		return authorization.decision.status === 'pending' && !authorization.used && !this.isExpired(authorization);
	}

	private isExpired(authorization: DeviceAuthorization): boolean {
		return this.clock.now() - authorization.issuedAt > this.settings.lifetimeMs;
	}

	private unusedUserCode(): string {
		let code = userCode();
		while (this.awaitingDecision(code) !== undefined) {
			code = userCode();
		}

		return code;
	}
}
