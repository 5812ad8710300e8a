import fs from 'node:fs';
import path from 'node:path';
import {toSfrtError} from '../errors.js';
import {shellQuote} from '../orgs/export.js';
import type {OrgStore} from '../store/org-store.js';
import type {SavedOrg} from '../store/saved-org.js';
import {fail, pass, type Check} from './check.js';
import {doctorText} from './messages.js';

export interface OpenedStore {
	check: Check;
	/** Absent when the store could not be read. */
	store?: OrgStore;
	orgs?: SavedOrg[];
}

/** Opens the store and reads every org, as any command would. */
export function openStore(open: () => OrgStore): OpenedStore {
	try {
		const store = open();
		const orgs = store.list();
		return {check: pass('store', doctorText.store.ok(store.path, orgs.length)), store, orgs};
	} catch (caught) {
		const error = toSfrtError(caught);
		return {check: fail('store', error.message, error.hint)};
	}
}

/**
 * The file holds refresh tokens: only its owner may read it (0600), in a folder only its owner
 * may open (0700). A looser mode fails, with the chmod that fixes it; sfrt never changes it itself.
 */
export function checkStoreMode(file: string, platform: NodeJS.Platform = process.platform): Check {
	const text = doctorText.storeMode;
	if (platform === 'win32') return pass('store-mode', text.notChecked);
	const directory = path.dirname(file);
	const problems: string[] = [];
	const fixes: string[] = [];
	const fileMode = modeOf(file);
	const directoryMode = modeOf(directory);
	if (fileMode === undefined && directoryMode === undefined) return pass('store-mode', text.nothingYet);
	if (fileMode !== undefined && (fileMode & 0o077) !== 0) {
		problems.push(text.looseFile(file, octal(fileMode)));
		fixes.push(`chmod 600 ${shellWord(file)}`);
	}
	if (directoryMode !== undefined && (directoryMode & 0o077) !== 0) {
		problems.push(text.looseDirectory(directory, octal(directoryMode)));
		fixes.push(`chmod 700 ${shellWord(directory)}`);
	}
	if (problems.length === 0) return pass('store-mode', fileMode === undefined ? text.folderOnly : text.ok);
	return fail('store-mode', problems.join(' '), text.fix(fixes.join(' && ')));
}

function modeOf(file: string): number | undefined {
	try {
		return fs.statSync(file).mode & 0o777;
	} catch {
		return undefined;
	}
}

function octal(mode: number): string {
	return mode.toString(8).padStart(4, '0');
}

/** A path as one shell word, quoted only when it needs to be, so the usual one reads plainly. */
function shellWord(value: string): string {
	return /^[\w@%+=:,./-]+$/.test(value) ? value : shellQuote(value);
}
