import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {LOCK_TIMEOUT, withFileLockAsync} from '../store/file-lock.js';
import type {OrgStore} from '../store/org-store.js';
import type {SavedOrg} from '../store/saved-org.js';
import {orgsError} from './orgs-error.js';

/** A refresh with retries and timeouts can take this long at worst; a lock older than this is stale. */
const LOCK_STALE_MS = 5 * 60_000;
const LOCK_TIMEOUT_MS = 2 * 60_000;

/**
 * Runs `fn` while no other sfrt process (or call in this one) refreshes the same login.
 * Apps that rotate refresh tokens kill the whole token family when a rotated-out token is
 * used again, so two refreshes of one login must never overlap: the second one waits, then
 * reads the org afresh (with the first one's new token) inside `fn`.
 */
export async function withLoginLock<T>(store: OrgStore, org: Pick<SavedOrg, 'alias' | 'orgId' | 'userId' | 'clientId'>, fn: () => Promise<T>): Promise<T> {
	const directory = path.join(path.dirname(store.path), 'locks');
	fs.mkdirSync(directory, {recursive: true, mode: 0o700});
	const key = createHash('sha256').update(`${org.orgId}\n${org.userId}\n${org.clientId}`).digest('hex').slice(0, 24);
	const lockBase = path.join(directory, `refresh-${key}`);
	const outcome = await withFileLockAsync(lockBase, fn, {timeoutMs: LOCK_TIMEOUT_MS, staleMs: LOCK_STALE_MS});
	if (outcome === LOCK_TIMEOUT) throw orgsError('org-busy', {params: {alias: org.alias, path: `${lockBase}.lock`}});
	return outcome;
}

/** The saved entry of the same login now (its alias may have changed since it was read). */
export function currentEntry(store: OrgStore, org: SavedOrg): SavedOrg {
	return store.findSameLogin(org) ?? store.resolve(org.alias);
}
