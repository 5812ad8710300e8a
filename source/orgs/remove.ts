import {toSfrtError, type SfrtError} from '../errors.js';
import type {TokenClient} from '../oauth/token-client.js';
import type {OrgStore} from '../store/org-store.js';
import type {SavedOrg} from '../store/saved-org.js';
import {currentEntry, withLoginLock} from './login-lock.js';
import {orgsError} from './orgs-error.js';

export interface RemoveOptions {
	/** Forget the org here but leave its token valid at Salesforce. */
	keepRemote?: boolean;
	/** Forget the org even when the revoke failed. */
	force?: boolean;
	/** Ctrl+C: stops the revoke in flight, and the org is kept. */
	signal?: AbortSignal | undefined;
}

/**
 * revoked: Salesforce revoked it now; already-invalid: Salesforce no longer knew the token;
 * skipped: --keep-remote; failed: the revoke failed and --force removed the org anyway.
 */
export type RevokeOutcome = 'revoked' | 'already-invalid' | 'skipped' | 'failed';

export interface RemoveResult {
	org: SavedOrg;
	wasDefault: boolean;
	revoke: RevokeOutcome;
	/** Where the revoke went (the instance URL, or the login URL after a network error). */
	revokedAt?: string;
	/** Why the revoke failed, when `revoke` is 'failed'. */
	revokeError?: SfrtError;
}

/**
 * Revokes the org's refresh token at Salesforce (which also ends the access tokens issued
 * from it), then forgets the org. A failed revoke throws 'revoke-failed' and keeps the org,
 * unless `force` is set.
 */
export async function removeOrg(store: OrgStore, alias: string, options: RemoveOptions, client: Pick<TokenClient, 'revoke'>): Promise<RemoveResult> {
	const found = store.resolve(alias);
	// A refresh of this login in another process may be rotating the token right now: revoke the
	// token it ends up with, not the one it replaced.
	return withLoginLock(store, found, () => removeLocked(store, currentEntry(store, found), options, client));
}

async function removeLocked(store: OrgStore, org: SavedOrg, options: RemoveOptions, client: Pick<TokenClient, 'revoke'>): Promise<RemoveResult> {
	let revoke: RevokeOutcome = 'skipped';
	let revokedAt: string | undefined;
	let revokeError: SfrtError | undefined;
	if (!options.keepRemote) {
		const attempt = await revokeToken(org, client, options.signal);
		// Cancelled: the org stays saved, whether or not the revoke reached Salesforce.
		if (options.signal?.aborted) throw orgsError('remove-cancelled', {params: {alias: org.alias}, cause: attempt.revokeError});
		({revoke, revokedAt, revokeError} = attempt);
		if (revokeError && !options.force) {
			throw orgsError('revoke-failed', {params: {alias: org.alias, reason: revokeError.message, hint: revokeError.hint}, cause: revokeError});
		}
	}
	const wasDefault = store.defaultAlias() === org.alias;
	const removed = store.remove(org.alias);
	return {org: removed, wasDefault, revoke, ...(revokedAt ? {revokedAt} : {}), ...(revokeError ? {revokeError} : {})};
}

interface RevokeAttempt {
	revoke: RevokeOutcome;
	revokedAt?: string;
	revokeError?: SfrtError;
}

/** POST revoke to the instance URL; on a network or server failure, once more at the login URL. */
export async function revokeToken(org: SavedOrg, client: Pick<TokenClient, 'revoke'>, signal?: AbortSignal): Promise<RevokeAttempt> {
	const urls = [...new Set([org.instanceUrl, org.loginUrl])];
	let last: SfrtError | undefined;
	for (const url of urls) {
		try {
			await client.revoke({url, token: org.refreshToken, signal});
			return {revoke: 'revoked', revokedAt: url};
		} catch (caught) {
			const error = toSfrtError(caught);
			// Salesforce no longer knows the token: revoked already, expired, or rotated out.
			if (error.code === 'invalid-token') return {revoke: 'already-invalid', revokedAt: url};
			last = error;
			if (error.code !== 'network' && error.code !== 'http-error') break;
		}
	}
	return {revoke: 'failed', revokeError: last!};
}
