import {useEffect, useRef, useState} from 'react';
import {toSfrtError} from '../../errors.js';
import {refreshOrg} from '../../orgs/index.js';
import type {OrgStore} from '../../store/org-store.js';
import type {HomeClient, RowStatus} from './types.js';

/**
 * Refreshes orgs in the background, one request per org at a time, and keeps each org's
 * status by alias. The list stays usable meanwhile; `onSettled` runs after each one (to read
 * the store again: lastVerifiedAt moved, a rotated token was saved).
 */
export function useRefresh(store: () => OrgStore, client: HomeClient, onSettled: () => void) {
	const [statuses, setStatuses] = useState<Record<string, RowStatus>>({});
	const running = useRef(new Set<string>());
	const active = useRef(true);
	const settled = useRef(onSettled);
	settled.current = onSettled;
	useEffect(() => {
		active.current = true;
		return () => {
			active.current = false;
		};
	}, []);

	const refresh = (alias: string) => {
		if (running.current.has(alias)) return;
		running.current.add(alias);
		setStatuses(all => ({...all, [alias]: {state: 'refreshing'}}));
		void (async () => {
			let finalAlias = alias;
			let status: RowStatus;
			try {
				const outcome = await refreshOrg(store(), alias, client);
				finalAlias = outcome.alias;
				status = {state: outcome.state, rotated: outcome.rotated, error: outcome.error};
			} catch (error) {
				status = {state: 'failed', rotated: false, error: toSfrtError(error)};
			}
			running.current.delete(alias);
			if (!active.current) return;
			setStatuses(all => {
				const {[alias]: _old, ...rest} = all;
				return {...rest, [finalAlias]: status};
			});
			settled.current();
		})();
	};

	/** Keeps an org's status with it when it is renamed. */
	const renamed = (from: string, to: string) => {
		setStatuses(all => {
			const {[from]: status, ...rest} = all;
			return status ? {...rest, [to]: status} : rest;
		});
	};

	const forget = (alias: string) => {
		setStatuses(all => {
			const {[alias]: _gone, ...rest} = all;
			return rest;
		});
	};

	return {statuses, refresh, renamed, forget};
}
