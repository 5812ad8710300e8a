import {kindOf} from '../oauth/hosts.js';
import {DEFAULT_REDIRECT_URI} from '../oauth/redirect-uri.js';
import type {Identity, TokenClient} from '../oauth/token-client.js';
import {toSfrtError} from '../errors.js';
import {orgsError} from './orgs-error.js';
import {aliasFromUsername, validateAlias, type OrgStore} from '../store/org-store.js';
import type {SavedOrg} from '../store/saved-org.js';
import {parseSfdxAuthUrl} from './sfdx-url.js';

export interface ImportOptions {
	/** Save under this alias (default: the alias the same login already has, else the username). */
	alias?: string | undefined;
	now?: () => Date;
}

export interface ImportResult {
	org: SavedOrg;
	/** The alias asked for (or the username), when it belonged to another login and a free "<alias>-N" was used. */
	wantedAlias: string;
	/** The alias of the entry this import updated (the same org, user and app were saved before). */
	replaced?: string;
	/** The refresh proved the token and gave a new one (the app rotates them); the new one is saved. */
	rotated: boolean;
}

/**
 * Adds an org from an SFDX auth URL: checks the URL, proves the refresh token with a refresh
 * grant, reads who it belongs to, and saves it. Bad input throws before anything is sent; a
 * token proven (and perhaps rotated) is always saved, under "<alias>-N" if the alias is taken.
 */
export async function importSfdxUrl(url: string, store: OrgStore, client: Pick<TokenClient, 'refresh' | 'identity'>, options: ImportOptions = {}): Promise<ImportResult> {
	const parsed = parseSfdxAuthUrl(url);
	if (options.alias !== undefined) validateAlias(options.alias);
	const now = options.now ?? (() => new Date());

	// The refresh may rotate the token: a store that can't take it must fail before, not after.
	store.list();
	const tokens = await client.refresh({url: parsed.instanceUrl, refreshToken: parsed.refreshToken, clientId: parsed.clientId, clientSecret: parsed.clientSecret || undefined});
	const refreshToken = tokens.refreshToken ?? parsed.refreshToken;
	const rotated = refreshToken !== parsed.refreshToken;
	const login = {orgId: tokens.orgId, userId: tokens.userId, clientId: parsed.clientId};
	const sameLogin = store.findSameLogin(login);

	let identity: Identity;
	try {
		identity = await client.identity({id: tokens.id, accessToken: tokens.accessToken});
	} catch (error) {
		if (!rotated) throw error;
		// The URL's token died when Salesforce rotated it: keep the new one before reporting.
		const alias = options.alias ?? sameLogin?.alias ?? tokens.userId;
		const unverified = {username: sameLogin?.username ?? tokens.userId, displayName: sameLogin?.displayName ?? tokens.userId, orgId: tokens.orgId, userId: tokens.userId};
		const {org: kept} = store.save(buildOrg(alias, unverified, sameLogin?.lastVerifiedAt ?? ''), {onAliasTaken: 'suffix'});
		const reason = toSfrtError(error);
		throw orgsError('import-unverified', {params: {alias: kept.alias, reason: reason.message}, cause: error});
	}

	const wantedAlias = options.alias ?? sameLogin?.alias ?? aliasFromUsername(identity.username);
	const verifiedAt = now().toISOString();
	const {org: saved, replaced} = store.save(buildOrg(wantedAlias, identity, verifiedAt), {onAliasTaken: 'suffix'});
	return {org: saved, wantedAlias, ...(replaced ? {replaced} : {}), rotated};

	function buildOrg(alias: string, who: Identity, lastVerifiedAt: string): SavedOrg {
		return {
			alias,
			username: who.username,
			displayName: who.displayName,
			...login,
			kind: kindOf(new URL(parsed.instanceUrl)),
			// The Salesforce CLI logs such an org in at its instance host; so does sfrt.
			loginUrl: parsed.instanceUrl,
			instanceUrl: tokens.instanceUrl,
			identityUrl: tokens.id,
			...(parsed.clientSecret ? {clientSecret: parsed.clientSecret} : {}),
			// Unknown from the URL; the Salesforce CLI's callback is the likeliest for a later login.
			redirectUri: DEFAULT_REDIRECT_URI,
			scopes: tokens.scopes,
			refreshToken,
			accessToken: tokens.accessToken,
			accessTokenIssuedAt: tokens.issuedAt,
			createdAt: now().toISOString(),
			lastVerifiedAt,
		};
	}
}

/**
 * Finds the SFDX auth URL in what was piped in: the URL itself (first non-empty line), or the
 * JSON of "sf org display --verbose --json" (result.sfdxAuthUrl).
 */
export function sfdxUrlFromInput(text: string): string {
	const trimmed = text.trim();
	if (trimmed.startsWith('{')) {
		try {
			const value = JSON.parse(trimmed) as {sfdxAuthUrl?: unknown; result?: {sfdxAuthUrl?: unknown}};
			const found = value.result?.sfdxAuthUrl ?? value.sfdxAuthUrl;
			if (typeof found === 'string') return found.trim();
		} catch {}
	}
	return trimmed.split(/\r?\n/).map(line => line.trim()).find(Boolean) ?? '';
}
