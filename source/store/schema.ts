import {storeText} from './messages.js';
import type {SavedOrg} from './saved-org.js';

export const CURRENT_SCHEMA_VERSION = 1;

export interface StoreData {
	schemaVersion: number;
	defaultAlias?: string;
	orgs: Record<string, SavedOrg>;
}

export type MigrationResult =
	| {kind: 'ok'; data: StoreData}
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
	return {kind: 'ok', data: data as unknown as StoreData};
}
