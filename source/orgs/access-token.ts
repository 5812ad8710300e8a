import type {TokenClient} from '../oauth/token-client.js';
import type {OrgStore} from '../store/org-store.js';
import type {SavedOrg} from '../store/saved-org.js';
import {currentEntry, withLoginLock} from './login-lock.js';
import {toSfrtError} from '../errors.js';
import {forgetDeadAccessToken, refreshTokens} from './refresh.js';
import {saveRefreshAnswer} from './save-tokens.js';

/**
 * Salesforce never says when an access token expires: it lives for the org's session timeout
 * (often 2 hours, at least 15 minutes in Setup → Session Settings). sfrt treats a saved access
 * token as good for 30 minutes after it was issued, and gets a new one after that, when its
 * issue time is unknown or in the future, or when asked to (--fresh).
 */
export const ACCESS_TOKEN_SAFE_AGE_MS = 30 * 60_000;

export interface AccessTokenOptions {
	/** Refresh even when the saved token is young enough. */
	fresh?: boolean;
	now?: () => number;
	maxAgeMs?: number;
}

export interface AccessTokenResult {
	org: SavedOrg;
	accessToken: string;
	instanceUrl: string;
	/** Epoch ms. */
	issuedAt: number;
	/** A refresh grant was made for it (else the saved token was young enough). */
	refreshed: boolean;
	/** That refresh rotated the refresh token (the new one is saved). */
	rotated: boolean;
}

export function needsRefresh(org: Pick<SavedOrg, 'accessToken' | 'accessTokenIssuedAt'>, now: number, maxAgeMs = ACCESS_TOKEN_SAFE_AGE_MS): boolean {
	const issuedAt = org.accessTokenIssuedAt;
	if (!org.accessToken || issuedAt === undefined || !Number.isFinite(issuedAt)) return true;
	const age = now - issuedAt;
	return age < -60_000 || age >= maxAgeMs;
}

/**
 * A usable access token for the named (or default) org: the saved one while it is young,
 * else a new one from a refresh grant, saved at once with any rotated refresh token.
 * Throws the SfrtError of a failed refresh (its hint says what to do).
 */
export async function getAccessToken(store: OrgStore, alias: string | undefined, client: Pick<TokenClient, 'refresh'>, options: AccessTokenOptions = {}): Promise<AccessTokenResult> {
	const now = options.now ?? Date.now;
	const found = store.resolve(alias);
	const young = (org: SavedOrg) => !options.fresh && !needsRefresh(org, now(), options.maxAgeMs);
	if (young(found)) return savedToken(found);
	return withLoginLock(store, found, async () => {
		// Another process may have refreshed it while this one waited for the lock.
		const org = currentEntry(store, found);
		if (young(org)) return savedToken(org);
		let tokens;
		try {
			tokens = await refreshTokens(org, client);
		} catch (error) {
			forgetDeadAccessToken(store, org, toSfrtError(error));
			throw error;
		}
		const saved = saveRefreshAnswer(store, org, tokens);
		return {
			org: saved,
			accessToken: tokens.accessToken,
			instanceUrl: tokens.instanceUrl,
			issuedAt: tokens.issuedAt,
			refreshed: true,
			rotated: saved.refreshToken !== org.refreshToken,
		};
	});
}

function savedToken(org: SavedOrg): AccessTokenResult {
	return {org, accessToken: org.accessToken!, instanceUrl: org.instanceUrl, issuedAt: org.accessTokenIssuedAt!, refreshed: false, rotated: false};
}
