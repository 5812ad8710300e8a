import {useState} from 'react';
import {toSfrtError, type SfrtError} from '../../errors.js';
import {storeError, type OrgStore} from '../../store/org-store.js';
import type {SavedOrg} from '../../store/saved-org.js';

export interface OrgsSnapshot {
	orgs: SavedOrg[];
	defaultAlias?: string | undefined;
	/** Why the store cannot be read (orgs is then empty). */
	error?: SfrtError | undefined;
	/** Entries sfrt can't use, named: the others are listed, and nothing is written until they are fixed. */
	damaged?: SfrtError | undefined;
}

export function readOrgs(store: () => OrgStore): OrgsSnapshot {
	try {
		const orgs = store();
		const damaged = orgs.damaged();
		return {
			orgs: orgs.list(),
			defaultAlias: orgs.defaultAlias(),
			...(damaged.length > 0 ? {damaged: storeError('store-unreadable', {variant: 'damaged-entry', params: {path: orgs.path, reason: damaged.map(entry => entry.reason).join('; ')}})} : {}),
		};
	} catch (error) {
		return {orgs: [], error: toSfrtError(error)};
	}
}

/** The saved orgs as last read, and a way to read them again after a change. */
export function useOrgs(store: () => OrgStore): OrgsSnapshot & {reload: () => OrgsSnapshot} {
	const [snapshot, setSnapshot] = useState(() => readOrgs(store));
	const reload = () => {
		const next = readOrgs(store);
		setSnapshot(next);
		return next;
	};
	return {...snapshot, reload};
}
