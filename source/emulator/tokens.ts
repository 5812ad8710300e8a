import type {Clock} from './clock.js';
import {accessToken, opaqueId, refreshToken} from './ids.js';

/** Salesforce keeps at most this many approvals (refresh tokens) per user and app; the next one revokes the oldest. */
export const maxGrantsPerUserAndApp = 5;

/**
 * One approval: everything issued from one authorization code. Refresh tokens
 * rotated from each other and the access tokens they issued share it, so
 * revoking the grant revokes the whole token family.
 */
export interface Grant {
	id: string;
	clientId: string;
	username: string;
	scopes: string[];
	nonce?: string;
	createdAt: number;
	hasRefreshToken: boolean;
	revoked: boolean;
}

interface RefreshTokenRecord {
	grantId: string;
	rotatedOut: boolean;
}

interface AccessTokenRecord {
	grantId: string;
	issuedAt: number;
	revoked: boolean;
}

export interface IssuedTokens {
	grant: Grant;
	accessToken: string;
	refreshToken?: string;
}

export type RefreshTokenLookup =
	| {status: 'active'; grant: Grant}
	| {status: 'rotated-out'; grant: Grant}
	| {status: 'unknown'};

export type AccessTokenLookup = {status: 'active'; grant: Grant; issuedAt: number; expiresAt: number} | {status: 'invalid'};

export class TokenStore {
	private readonly grants = new Map<string, Grant>();
	private readonly refreshTokens = new Map<string, RefreshTokenRecord>();
	private readonly accessTokens = new Map<string, AccessTokenRecord>();

	constructor(
		private readonly clock: Clock,
		private readonly orgId: string,
		private readonly accessTokenLifetimeMs: number,
	) {}

	issueGrant(
		input: {clientId: string; username: string; scopes: string[]; nonce?: string},
		withRefreshToken: boolean,
	): IssuedTokens {
		const grant: Grant = {
			...input,
			id: opaqueId(),
			createdAt: this.clock.now(),
			hasRefreshToken: withRefreshToken,
			revoked: false,
		};
		if (withRefreshToken) {
			this.revokeGrantsOverLimit(input.clientId, input.username);
		}

		this.grants.set(grant.id, grant);
		return {
			grant,
			accessToken: this.issueAccessToken(grant),
			refreshToken: withRefreshToken ? this.issueRefreshToken(grant) : undefined,
		};
	}

	lookupRefreshToken(token: string, clientId: string): RefreshTokenLookup {
		const record = this.refreshTokens.get(token);
		const grant = record === undefined ? undefined : this.grants.get(record.grantId);
		if (record === undefined || grant === undefined || grant.revoked || grant.clientId !== clientId) {
			return {status: 'unknown'};
		}

		return record.rotatedOut ? {status: 'rotated-out', grant} : {status: 'active', grant};
	}

	/** Issues a new access token from an active refresh token; with rotation the presented token dies at once. */
	refresh(token: string, grant: Grant, rotate: boolean): IssuedTokens {
		const issued: IssuedTokens = {grant, accessToken: this.issueAccessToken(grant)};
		if (rotate) {
			const record = this.refreshTokens.get(token);
			if (record !== undefined) {
				record.rotatedOut = true;
			}

			issued.refreshToken = this.issueRefreshToken(grant);
		}

		return issued;
	}

	lookupAccessToken(token: string): AccessTokenLookup {
		const record = this.accessTokens.get(token);
		const grant = record === undefined ? undefined : this.grants.get(record.grantId);
		if (record === undefined || grant === undefined || record.revoked || grant.revoked) {
			return {status: 'invalid'};
		}

		const expiresAt = record.issuedAt + this.accessTokenLifetimeMs;
		if (this.clock.now() >= expiresAt) {
			return {status: 'invalid'};
		}

		return {status: 'active', grant, issuedAt: record.issuedAt, expiresAt};
	}

	isRefreshTokenValid(token: string): boolean {
		const record = this.refreshTokens.get(token);
		const grant = record === undefined ? undefined : this.grants.get(record.grantId);
		return record !== undefined && !record.rotatedOut && grant !== undefined && !grant.revoked;
	}

	/**
	 * Revoking a refresh token revokes its grant (every access token issued from
	 * it); revoking an access token revokes just that token. False when the token
	 * is unknown or already dead.
	 */
	revoke(token: string): boolean {
		if (this.isRefreshTokenValid(token)) {
			this.revokeGrant(this.refreshTokens.get(token)!.grantId);
			return true;
		}

		const access = this.accessTokens.get(token);
		if (access !== undefined && this.lookupAccessToken(token).status === 'active') {
			access.revoked = true;
			return true;
		}

		return false;
	}

	revokeGrant(grantId: string): void {
		const grant = this.grants.get(grantId);
		if (grant !== undefined) {
			grant.revoked = true;
		}
	}

	revokeAllFor(username: string): void {
		for (const grant of this.grants.values()) {
			if (grant.username.toLowerCase() === username.toLowerCase()) {
				grant.revoked = true;
			}
		}
	}

	private revokeGrantsOverLimit(clientId: string, username: string): void {
		const live = [...this.grants.values()]
			.filter(grant => grant.clientId === clientId && grant.username === username && grant.hasRefreshToken && !grant.revoked)
			.sort((a, b) => a.createdAt - b.createdAt);
		for (const grant of live.slice(0, Math.max(0, live.length - maxGrantsPerUserAndApp + 1))) {
			grant.revoked = true;
		}
	}

	private issueAccessToken(grant: Grant): string {
		const token = accessToken(this.orgId);
		this.accessTokens.set(token, {grantId: grant.id, issuedAt: this.clock.now(), revoked: false});
		return token;
	}

	private issueRefreshToken(grant: Grant): string {
		const token = refreshToken();
		this.refreshTokens.set(token, {grantId: grant.id, rotatedOut: false});
		return token;
	}
}
