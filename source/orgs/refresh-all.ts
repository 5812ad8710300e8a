import {toSfrtError} from '../errors.js';
import type {OrgStore} from '../store/org-store.js';
import type {SavedOrg} from '../store/saved-org.js';
import {mapWithLimit} from './pool.js';
import {refreshStateOf} from './refresh-state.js';
import {refreshOrg, type RefreshClient, type RefreshOptions, type RefreshOutcome} from './refresh.js';

/** Each refresh mostly waits on the network: many at once (still one at a time per login, see login-lock). */
export const DEFAULT_REFRESH_CONCURRENCY = 64;
export const MAX_REFRESH_CONCURRENCY = 64;

export interface RefreshAllOptions extends RefreshOptions {
	/** How many orgs are refreshed at once (default 4). */
	concurrency?: number;
	/** Called as each org finishes, for progress. */
	onOutcome?: (outcome: RefreshOutcome) => void;
}

/**
 * Refreshes and verifies every saved org (or the named ones), a few at a time. One org's
 * failure never stops the others: each gets its own outcome, in alias order.
 */
export async function refreshOrgs(store: OrgStore, client: RefreshClient, options: RefreshAllOptions & {aliases?: string[]} = {}): Promise<RefreshOutcome[]> {
	const orgs = options.aliases ? options.aliases.map(alias => store.resolve(alias)) : store.list();
	// Each refresh that did not rotate its token ends in a small save (a new access token, when it
	// was verified): written together, a batch at a time, instead of one rewrite of the file each.
	type Patch = Parameters<NonNullable<RefreshOptions['saveLater']>>[1];
	let pending: Array<{login: SavedOrg; patch: Patch}> = [];
	const flush = () => {
		const batch = pending;
		pending = [];
		store.updateLogins(batch);
	};
	const saveLater = (org: SavedOrg, patch: Patch) => {
		pending.push({login: org, patch});
		if (pending.length >= SAVE_BATCH) flush();
		return {...org, ...patch};
	};
	try {
		return await mapWithLimit(orgs, options.concurrency ?? DEFAULT_REFRESH_CONCURRENCY, org => refreshOne(store, org, client, {...options, saveLater}));
	} finally {
		flush();
	}
}

/** Saves waiting to be written together; the rest are written at the end of the run. */
const SAVE_BATCH = 50;

async function refreshOne(store: OrgStore, org: SavedOrg, client: RefreshClient, options: RefreshAllOptions & RefreshOptions): Promise<RefreshOutcome> {
	let outcome: RefreshOutcome;
	try {
		outcome = await refreshOrg(store, org, client, options);
	} catch (caught) {
		// Removed by another process meanwhile, or the lock stayed taken.
		const error = toSfrtError(caught);
		outcome = {alias: org.alias, state: refreshStateOf(error), org, rotated: false, error};
	}
	options.onOutcome?.(outcome);
	return outcome;
}
