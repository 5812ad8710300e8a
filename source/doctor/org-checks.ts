import {toSfrtError, type SfrtError} from '../errors.js';
import type {Identity, TokenSet} from '../oauth/token-client.js';
import {refreshOrg, type RefreshClient} from '../orgs/refresh.js';
import type {OrgStore} from '../store/org-store.js';
import type {SavedOrg} from '../store/saved-org.js';
import {fail, pass, warn, type Check} from './check.js';
import {checkIdle} from './idle.js';
import {doctorText} from './messages.js';

/**
 * One saved org, proven the way `sfrt refresh` proves it (one refresh grant, a rotated token
 * saved at once, then an identity read), and then read closer: whose token it is, whether the
 * app still grants refresh tokens, and how long the token had gone unused.
 */
export async function checkOrg(store: OrgStore, org: SavedOrg, client: RefreshClient, options: {now?: () => Date} = {}): Promise<Check[]> {
	const now = options.now ?? (() => new Date());
	const idle = checkIdle(org, now().getTime());
	const seen = watch(client);
	let error: SfrtError | undefined;
	try {
		error = (await refreshOrg(store, org.alias, seen.client, {now})).error;
	} catch (caught) {
		// Renamed or removed by another process meanwhile, or its lock stayed taken.
		error = toSfrtError(caught);
	}
	const {tokens, identity} = seen;
	if (!tokens) return [tokenFailed(org.alias, error), idle];
	return [
		pass('token', tokens.refreshToken && tokens.refreshToken !== org.refreshToken ? doctorText.token.rotated : doctorText.token.ok, org.alias),
		identity ? checkIdentity(org, identity) : tokenFailed(org.alias, error, 'identity'),
		checkScope(org.alias, tokens.scopes),
		idle,
	];
}

/** What the refresh and the identity read answered, as they pass through. */
function watch(client: RefreshClient) {
	const seen: {client: RefreshClient; tokens?: TokenSet; identity?: Identity} = {
		client: {
			refresh: async request => (seen.tokens = await client.refresh(request)),
			identity: async request => (seen.identity = await client.identity(request)),
		},
	};
	return seen;
}

function tokenFailed(alias: string, error: SfrtError | undefined, id = 'token'): Check {
	const failure = error ?? toSfrtError(undefined);
	const logInAgain = failure.code === 'refresh-token-invalid' || failure.code === 'invalid-token' ? doctorText.token.logInAgain(alias) : '';
	return fail(id, failure.message, `${failure.hint}${logInAgain}`, alias);
}

/** `saved` is the org as it was before the refresh, which saves the username it reads. */
export function checkIdentity(saved: SavedOrg, identity: Identity): Check {
	const text = doctorText.identity;
	if (!sameId(identity.orgId, saved.orgId) || !sameId(identity.userId, saved.userId)) {
		return fail('identity', text.otherLogin(saved.userId, saved.orgId, identity.userId, identity.orgId), text.otherLoginFix(saved.alias), saved.alias);
	}
	if (identity.username !== saved.username) return warn('identity', text.renamed(saved.username, identity.username), text.renamedFix, saved.alias);
	return pass('identity', text.ok(identity.username, identity.orgId), saved.alias);
}

/** A Salesforce id in its 15-character form and its 18-character form is the same record. */
function sameId(a: string, b: string): boolean {
	return a.slice(0, 15) === b.slice(0, 15);
}

/** The refresh answer's scopes (empty when it listed none) still hold refresh_token or offline_access. */
export function checkScope(alias: string, scopes: readonly string[]): Check {
	const text = doctorText.scope;
	if (scopes.length === 0) return pass('scope', text.notListed, alias);
	if (scopes.includes('refresh_token') || scopes.includes('offline_access')) return pass('scope', text.ok(scopes.join(' ')), alias);
	return warn('scope', text.missing(scopes.join(' ')), text.missingFix, alias);
}
