import type {LoginResult, LoginSettings} from '../oauth/login.js';
import {aliasFromUsername, validateAlias, type OrgStore} from '../store/org-store.js';
import {sameLogin, type SavedOrg} from '../store/saved-org.js';
import {savedOrgFromLogin} from '../store/from-login.js';

/** The parts of the store a login's save uses. */
export type LoginStore = Pick<OrgStore, 'findSameLogin' | 'save' | 'defaultAlias' | 'path'>;

export interface SavedLogin {
	org: SavedOrg;
	/** The alias asked for; `org.alias` differs when it was taken and a "-N" was added. */
	wanted: string;
	/** The alias of the entry this save replaced (same org, user and app), if any. */
	replaced?: string | undefined;
	isDefault: boolean;
	path: string;
	/** Logging in again to this alias, someone else logged in: it was left alone. */
	notRelogin?: string | undefined;
}

/** The saved org a login was meant to renew (--org, or l on the home screen). */
export type Relogin = Pick<SavedOrg, 'alias' | 'orgId' | 'userId' | 'clientId'>;

/** What tells one login from another: the org, the user and the app. */
export function loginKey(login: LoginResult, settings: LoginSettings): Pick<SavedOrg, 'orgId' | 'userId' | 'clientId'> {
	return {orgId: login.identity.orgId, userId: login.identity.userId, clientId: settings.clientId};
}

/** Whether this login renews `relogin`: the same org, user and app. Another user's login never takes its alias. */
export function renews(relogin: Relogin, login: LoginResult, settings: LoginSettings): boolean {
	return sameLogin(relogin, loginKey(login, settings));
}

/**
 * The alias a new login is offered: the one asked for, else the alias the same login (org,
 * user and app) is saved under already, so logging in again never renames it, else the username.
 */
export function proposedAlias(store: Pick<LoginStore, 'findSameLogin'>, login: LoginResult, settings: LoginSettings, requested?: string): string {
	if (requested) return requested;
	return sameSavedLogin(store, login, settings)?.alias ?? aliasFromUsername(login.identity.username);
}

/** The saved entry this login would replace (same org, user and app), if any. */
export function sameSavedLogin(store: Pick<LoginStore, 'findSameLogin'>, login: LoginResult, settings: LoginSettings): SavedOrg | undefined {
	return store.findSameLogin(loginKey(login, settings));
}

/**
 * Saves a verified login: the one place a login becomes a saved org. With `onAliasTaken:
 * 'suffix'` (the plain command) a taken alias becomes the first free "<alias>-N", so a fresh
 * token is never thrown away over a name; with 'fail' (the wizard) the person picks another.
 */
export function saveLogin(store: LoginStore, login: LoginResult, settings: LoginSettings, options: {alias?: string | undefined; relogin?: Relogin | undefined; onAliasTaken: 'fail' | 'suffix'}): SavedLogin {
	const renewed = options.relogin && renews(options.relogin, login, settings);
	const requested = options.alias ?? (renewed ? options.relogin!.alias : undefined);
	const wanted = validateAlias(proposedAlias(store, login, settings, requested));
	const {org, replaced} = store.save(savedOrgFromLogin(login, settings, wanted), {onAliasTaken: options.onAliasTaken});
	return {org, wanted, replaced, isDefault: store.defaultAlias() === org.alias, path: store.path, ...(options.relogin && !renewed ? {notRelogin: options.relogin.alias} : {})};
}
