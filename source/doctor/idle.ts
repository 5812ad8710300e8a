import {localDateTime, timeAgo} from '../present/time.js';
import type {SavedOrg} from '../store/saved-org.js';
import {pass, warn, type Check} from './check.js';
import {doctorText} from './messages.js';

/** Past this many days unused, a token is in reach of the usual "expire if not used" policies. */
export const IDLE_WARN_DAYS = 25;

const dayMs = 24 * 60 * 60_000;

/**
 * When the refresh token was last used, as far as sfrt knows: the last verified refresh, or the
 * issue time of the saved access token (`sfrt token` refreshes without verifying), whichever is
 * later. Epoch ms; undefined when neither is known.
 */
export function lastUsedAt(org: Pick<SavedOrg, 'lastVerifiedAt' | 'accessTokenIssuedAt'>): number | undefined {
	const times = [Date.parse(org.lastVerifiedAt), org.accessTokenIssuedAt ?? Number.NaN].filter(Number.isFinite);
	return times.length === 0 ? undefined : Math.max(...times);
}

/** `org` as it was saved before the doctor's own refresh used its token. */
export function checkIdle(org: SavedOrg, now: number): Check {
	const text = doctorText.idle;
	const last = lastUsedAt(org);
	if (last === undefined) return pass('idle', text.unknown, org.alias);
	const since = new Date(last).toISOString();
	const days = Math.floor((now - last) / dayMs);
	if (days < IDLE_WARN_DAYS) return pass('idle', text.recent(timeAgo(since, now)), org.alias);
	return warn('idle', text.long(days, localDateTime(since)), text.fix, org.alias);
}
