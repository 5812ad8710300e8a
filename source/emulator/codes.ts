import type {Clock} from './clock.js';
import {authorizationCode} from './ids.js';

export const codeLifetimeMs = 15 * 60 * 1000;

export interface CodeGrant {
	clientId: string;
	username: string;
	redirectUri: string;
	scopes: string[];
	codeChallenge?: string;
	codeChallengeMethod: 'S256' | 'plain';
	nonce?: string;
}

interface StoredCode {
	grant: CodeGrant;
	issuedAt: number;
	used: boolean;
}

export type CodeLookup = {status: 'valid'; grant: CodeGrant} | {status: 'unknown'} | {status: 'expired'};

export class AuthorizationCodes {
	private readonly codes = new Map<string, StoredCode>();

	constructor(private readonly clock: Clock) {}

	issue(grant: CodeGrant): string {
		const code = authorizationCode();
		this.codes.set(code, {grant, issuedAt: this.clock.now(), used: false});
		return code;
	}

	/** A code issued to another client counts as unknown. Used codes count as expired, as at Salesforce. */
	lookup(code: string, clientId: string): CodeLookup {
		const stored = this.codes.get(code);
		if (stored === undefined || stored.grant.clientId !== clientId) {
			return {status: 'unknown'};
		}

		if (stored.used || this.clock.now() - stored.issuedAt > codeLifetimeMs) {
			return {status: 'expired'};
		}

		return {status: 'valid', grant: stored.grant};
	}

	markUsed(code: string): void {
		const stored = this.codes.get(code);
		if (stored !== undefined) {
			stored.used = true;
		}
	}
}
