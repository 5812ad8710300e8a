/**
 * Saves what a refresh answered. When Salesforce rotated the refresh token, the old one is dead
 * at once: if the store can't take the new one (a full disk), it must not be lost with the
 * failure. It goes to a private file beside the store, as an SFDX auth URL that `sfrt import`
 * takes back, or, if even that fails, into the error itself: the person's only copy.
 */
import fs from 'node:fs';
import path from 'node:path';
import {isSfrtError} from '../errors.js';
import type {TokenSet} from '../oauth/token-client.js';
import type {OrgStore} from '../store/org-store.js';
import type {SavedOrg} from '../store/saved-org.js';
import {orgsError} from './orgs-error.js';
import {formatSfdxAuthUrl} from './sfdx-url.js';

export function saveRefreshAnswer(store: OrgStore, org: SavedOrg, tokens: TokenSet): SavedOrg {
	const patch = tokenPatch(tokens, org);
	try {
		return store.updateLogin(org, patch);
	} catch (error) {
		if (!(isSfrtError(error) && error.code === 'store-unwritable') || patch.refreshToken === undefined) throw error;
		const sfdxUrl = formatSfdxAuthUrl({...org, ...patch, refreshToken: patch.refreshToken}, () => error);
		const params = {alias: org.alias, reason: String(error.params.reason)};
		const file = path.join(path.dirname(store.path), `rescued-${org.alias}-${Date.now()}.sfdx-url`);
		try {
			fs.writeFileSync(file, `${sfdxUrl}\n`, {mode: 0o600, flag: 'wx'});
		} catch {
			throw orgsError('rotated-not-saved', {variant: 'shown', params: {...params, sfdxUrl}, cause: error});
		}
		throw orgsError('rotated-not-saved', {params: {...params, file}, cause: error});
	}
}

/** What a refresh answer changes in the saved org: the access token, and a rotated refresh token. */
export function tokenPatch(tokens: TokenSet, org: SavedOrg): Pick<Partial<SavedOrg>, 'accessToken' | 'accessTokenIssuedAt' | 'instanceUrl' | 'refreshToken'> {
	return {
		accessToken: tokens.accessToken,
		accessTokenIssuedAt: tokens.issuedAt,
		instanceUrl: tokens.instanceUrl,
		...(tokens.refreshToken && tokens.refreshToken !== org.refreshToken ? {refreshToken: tokens.refreshToken} : {}),
	};
}
