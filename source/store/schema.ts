import {storeText} from './messages.js';
import type {SavedOrg} from './saved-org.js';

export const CURRENT_SCHEMA_VERSION = 1;

export interface StoreData {
	schemaVersion: number;
	defaultAlias?: string;
	orgs: Record<string, SavedOrg>;
}

/** A saved entry sfrt can't use (a hand edit, a damaged file): named, kept as it is, never written over. */
export interface DamagedEntry {
	alias: string;
	reason: string;
}

export type MigrationResult =
	| {kind: 'ok'; data: StoreData; damaged: DamagedEntry[]}
	| {kind: 'too-new'; found: number}
	| {kind: 'invalid'; reason: string};

/**
 * Each entry upgrades the store from version N to N+1. A newer sfrt adds one here when it
 * changes the shape of the file; a store written by a newer sfrt is never touched.
 */
const migrations: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
	// Version 0 is an empty or brand-new file.
	0: data => ({...data, schemaVersion: 1, orgs: data.orgs ?? {}}),
};

const requiredText = ['alias', 'username', 'orgId', 'userId', 'loginUrl', 'instanceUrl', 'clientId', 'refreshToken'] as const;
const optionalText = ['displayName', 'kind', 'identityUrl', 'clientSecret', 'redirectUri', 'accessToken', 'createdAt', 'lastVerifiedAt'] as const;

/** What is wrong with one saved entry (a hand edit, a damaged file), said for a person; undefined if nothing. */
function entryProblem(alias: string, entry: unknown): string | undefined {
	const reasons = storeText.fileReasons;
	if (!entry || typeof entry !== 'object' || Array.isArray(entry)) return reasons.notAnOrg;
	const org = entry as Record<string, unknown>;
	const missing = requiredText.find(field => typeof org[field] !== 'string' || org[field] === '');
	if (missing) return reasons.fieldMissing(missing);
	if (org.alias !== alias) return reasons.aliasDiffers(String(org.alias));
	const wrong = optionalText.find(field => org[field] !== undefined && typeof org[field] !== 'string');
	if (wrong) return reasons.fieldNotText(wrong);
	if (org.scopes !== undefined && !(Array.isArray(org.scopes) && org.scopes.every(scope => typeof scope === 'string'))) return reasons.scopesNotList;
	if (org.accessTokenIssuedAt !== undefined && typeof org.accessTokenIssuedAt !== 'number') return reasons.fieldNotNumber('accessTokenIssuedAt');
	return undefined;
}

export function migrate(raw: unknown): MigrationResult {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {kind: 'invalid', reason: storeText.fileReasons.notObject};
	let data = {...(raw as Record<string, unknown>)};
	let version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
	if (version > CURRENT_SCHEMA_VERSION) return {kind: 'too-new', found: version};
	while (version < CURRENT_SCHEMA_VERSION) {
		const step = migrations[version];
		if (!step) return {kind: 'invalid', reason: storeText.fileReasons.noMigration(version)};
		data = step(data);
		version = data.schemaVersion as number;
	}
	if (!data.orgs || typeof data.orgs !== 'object' || Array.isArray(data.orgs)) return {kind: 'invalid', reason: storeText.fileReasons.orgsNotObject};
	const orgs: Record<string, unknown> = {};
	const damaged: DamagedEntry[] = [];
	for (const [alias, entry] of Object.entries(data.orgs)) {
		const problem = entryProblem(alias, entry);
		if (problem) damaged.push({alias, reason: storeText.fileReasons.badEntry(alias, problem)});
		else orgs[alias] = entry;
	}
	return {kind: 'ok', data: {...data, orgs} as unknown as StoreData, damaged};
}
