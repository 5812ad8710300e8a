import {toSfrtError, type SfrtError} from '../errors.js';
import type {TokenClient, TokenSet} from '../oauth/token-client.js';
import type {OrgStore} from '../store/org-store.js';
import type {SavedOrg} from '../store/saved-org.js';
import {currentEntry, withLoginLock} from './login-lock.js';
import {refreshStateOf, type RefreshState} from './refresh-state.js';
import {saveRefreshAnswer, tokenPatch} from './save-tokens.js';

export type RefreshClient = Pick<TokenClient, 'refresh' | 'identity'>;

export interface RefreshOutcome {
	alias: string;
	state: RefreshState;
	/** The org as saved after this refresh (its tokens are saved even when the identity read failed). */
	org: SavedOrg;
	/** Salesforce sent a new refresh token (the app rotates them); it is saved. */
	rotated: boolean;
	/** Why it failed, with the fix in `hint`; absent when state is 'ok'. */
	error?: SfrtError;
}

export interface RefreshOptions {
	now?: () => Date;
	/**
	 * Takes the final save of a refresh whose token did not rotate (the new access token and
	 * lastVerifiedAt), to write it with others later; returns the org as it will be saved.
	 * A rotated refresh token is always saved at once, never through this.
	 */
	saveLater?: (org: SavedOrg, patch: Partial<Omit<SavedOrg, 'alias' | 'orgId' | 'userId' | 'clientId'>>) => SavedOrg;
}

/**
 * Proves one saved org still works: a refresh grant, then an identity read with the new access
 * token. A rotated refresh token is saved before anything else happens, the new access token
 * with it; lastVerifiedAt moves only when both steps worked. Failures from Salesforce come back
 * as a state with the error; an unknown alias or an unreadable store throws.
 */
export async function refreshOrg(store: OrgStore, which: string | SavedOrg | undefined, client: RefreshClient, options: RefreshOptions = {}): Promise<RefreshOutcome> {
	const now = options.now ?? (() => new Date());
	// An org read earlier (refresh --all) is found by its login: another process may have renamed it.
	const found = typeof which === 'object' ? currentEntry(store, which) : store.resolve(which);
	return withLoginLock(store, found, async () => {
		let org = currentEntry(store, found);
		let rotated = false;
		try {
			const tokens = await refreshTokens(org, client);
			rotated = Boolean(tokens.refreshToken && tokens.refreshToken !== org.refreshToken);
			// A rotated refresh token is saved before anything else (the old one is dead already);
			// otherwise the new access token waits for the identity read, and one write saves both.
			if (rotated) org = saveRefreshAnswer(store, org, tokens);
			let identity;
			try {
				identity = await client.identity({id: tokens.id, accessToken: tokens.accessToken});
			} catch (error) {
				if (!rotated) org = saveRefreshAnswer(store, org, tokens);
				throw error;
			}
			const verified = {
				...(rotated ? {} : tokenPatch(tokens, org)),
				username: identity.username,
				displayName: identity.displayName,
				identityUrl: tokens.id,
				lastVerifiedAt: now().toISOString(),
			};
			org = !rotated && options.saveLater ? options.saveLater(org, verified) : store.updateLogin(org, verified);
			return {alias: org.alias, state: 'ok', org, rotated};
		} catch (caught) {
			const error = toSfrtError(caught);
			if (error.code === 'internal' || error.code === 'org-not-found' || error.code === 'rotated-not-saved') throw caught;
			org = forgetDeadAccessToken(store, org, error);
			return {alias: org.alias, state: refreshStateOf(error), org, rotated, error};
		}
	});
}

/** One refresh grant at the org's instance URL. */
export function refreshTokens(org: SavedOrg, client: Pick<TokenClient, 'refresh'>): Promise<TokenSet> {
	return client.refresh({url: org.instanceUrl, refreshToken: org.refreshToken, clientId: org.clientId, clientSecret: org.clientSecret});
}


/**
 * Revoking a refresh token also ends the access tokens issued from it, so once Salesforce says
 * the refresh token is dead, the saved access token is dead too: drop it, so that `sfrt token`
 * never hands it out.
 */
export function forgetDeadAccessToken(store: OrgStore, org: SavedOrg, error: SfrtError): SavedOrg {
	if (error.code !== 'refresh-token-invalid' || org.accessToken === undefined) return org;
	return store.updateLogin(org, {accessToken: undefined, accessTokenIssuedAt: undefined});
}
