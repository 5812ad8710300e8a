import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';
import type Conf from 'conf';
import {errorFactory} from '../errors.js';
import {configDir} from './config-dir.js';
import {LOCK_TIMEOUT, withFileLock} from './file-lock.js';
import {storeErrors, storeText} from './messages.js';
import {CURRENT_SCHEMA_VERSION, migrate, type DamagedEntry, type StoreData} from './schema.js';
import {sameLogin, type SavedOrg} from './saved-org.js';

export {configDir} from './config-dir.js';

export const storeError = errorFactory(() => storeErrors, {'org-not-found': 2, 'no-default-org': 2, 'alias-taken': 2, 'bad-alias': 2});

export interface SaveResult {
	org: SavedOrg;
	/** The alias of the entry this save replaced (same org, user and app), if any. */
	replaced?: string;
}

/** The saved orgs file in a config folder. */
export function storeFilePath(directory: string): string {
	return path.join(directory, 'orgs.json');
}

const MAX_ALIAS_LENGTH = 128;
const aliasPattern = new RegExp(`^[\\w.@+-]{1,${MAX_ALIAS_LENGTH}}$`);

/**
 * The alias a login gets when none is asked for: the username (Salesforce allows 80
 * characters), with any character an alias can't hold replaced, and room left for "-N".
 */
export function aliasFromUsername(username: string): string {
	const cleaned = username.replaceAll(/[^\w.@+-]/g, '-').replace(/^-+/, '').slice(0, MAX_ALIAS_LENGTH - 8);
	return cleaned || 'org';
}

/**
 * Checks a new alias. One starting with "-" is refused: every command that takes an alias
 * would read it as an option ("sfrt export -x" fails). Aliases saved before this rule keep
 * working: looking one up, or saving the same login under it again, uses `savedAlias`.
 */
export function validateAlias(alias: string): string {
	const reasons = storeText.aliasReasons;
	const reason = !alias ? reasons.empty : !aliasPattern.test(alias) ? reasons.invalid : alias.startsWith('-') ? reasons.leadingDash : undefined;
	if (reason) throw storeError('bad-alias', {params: {alias, reason}, variant: alias ? undefined : 'empty'});
	return alias;
}

/** An alias that may already be saved: the characters and length of an alias, a leading "-" allowed. */
function validateSavedAlias(alias: string): string {
	return aliasPattern.test(alias) ? alias : validateAlias(alias);
}

/**
 * The saved orgs, in one JSON file (mode 0600) kept by conf. Every change reads the file afresh
 * under a lock file, so two sfrt processes saving at once both keep their org.
 */
export class OrgStore {
	readonly path: string;
	/** What opening the store put right (a folder or file others could read), for the command to say. */
	readonly repaired: string[] = [];
	readonly #directory: string;
	#conf: Conf<StoreData> | undefined;
	#lastRead: {version: string; result: ReadResult} | undefined;

	/** Writes the store (conf); tests put a failing one here (a full disk). */
	readonly #write: ((data: StoreData) => void) | undefined;

	constructor(directory = configDir(), options: {write?: (data: StoreData) => void} = {}) {
		this.path = storeFilePath(directory);
		this.#directory = directory;
		this.#write = options.write;
		try {
			fs.mkdirSync(directory, {recursive: true, mode: 0o700});
		} catch (error) {
			throw storeError('store-unreadable', {params: {path: this.path, reason: reasonOf(error)}, cause: error});
		}
		this.#makePrivate();
		removeLeftoverWrites(directory);
	}

	/** The folder 0700 and the file 0600, whatever made them looser (a copy, an umask, a hand edit). */
	#makePrivate() {
		if (process.platform === 'win32') return;
		for (const [target, mode] of [[this.#directory, 0o700], [this.path, 0o600]] as const) {
			try {
				const stat = fs.lstatSync(target);
				if (stat.isSymbolicLink() || (stat.mode & 0o777) === mode) continue;
				fs.chmodSync(target, mode);
				this.repaired.push(storeText.madePrivate(target, (stat.mode & 0o777).toString(8), mode.toString(8)));
			} catch {}
		}
	}

	/**
	 * conf writes the file. It also rewrites, on opening, a file it does not like (an array
	 * becomes {}): so it is opened only to write, after #read has found the file sound.
	 */
	#writer(): Conf<StoreData> {
		try {
			this.#conf ??= new (loadConf())<StoreData>({
				cwd: this.#directory,
				configName: 'orgs',
				projectSuffix: '',
				configFileMode: 0o600,
				clearInvalidConfig: false,
			});
		} catch (error) {
			throw storeError('store-unreadable', {params: {path: this.path, reason: reasonOf(error)}, cause: error});
		}
		return this.#conf;
	}

	list(): SavedOrg[] {
		return Object.values(this.#read().orgs).sort((a, b) => a.alias.localeCompare(b.alias));
	}

	/** Entries sfrt can't use, each named with why. While there is one, nothing is written. */
	damaged(): DamagedEntry[] {
		return this.#readAll().damaged;
	}

	get(alias: string): SavedOrg | undefined {
		return this.#read().orgs[alias];
	}

	/** The named org, or the default one; throws when there is none. */
	resolve(alias?: string): SavedOrg {
		if (alias !== undefined) validateSavedAlias(alias);
		const {data, damaged} = this.#readAll();
		const name = alias ?? data.defaultAlias;
		if (!name) throw storeError('no-default-org');
		const bad = damaged.find(entry => entry.alias === name);
		if (bad) throw storeError('store-unreadable', {variant: 'damaged-entry', params: {path: this.path, reason: bad.reason}});
		const org = data.orgs[name];
		if (!org) throw storeError('org-not-found', {params: {alias: name}});
		return org;
	}

	defaultAlias(): string | undefined {
		return this.#read().defaultAlias;
	}

	/** The entry an upcoming save would replace: same org, user and app. */
	findSameLogin(org: Pick<SavedOrg, 'orgId' | 'userId' | 'clientId'>): SavedOrg | undefined {
		return Object.values(this.#read().orgs).find(saved => sameLogin(saved, org));
	}

	/**
	 * Saves an org. The same login already saved is updated in place (under the new alias when
	 * one differs). An alias used by another login is refused, or with `onAliasTaken: 'suffix'`
	 * replaced by the first free "<alias>-N". The first org becomes the default.
	 */
	save(org: SavedOrg, options: {onAliasTaken?: 'fail' | 'suffix'} = {}): SaveResult {
		validateSavedAlias(org.alias);
		return this.#change(data => {
			// A new name must pass today's rules; the same login saved again may keep the alias it has.
			const current = data.orgs[org.alias];
			if (!(current && sameLogin(current, org))) validateAlias(org.alias);
			const takenBy = (alias: string) => {
				const holder = data.orgs[alias];
				return holder && !sameLogin(holder, org) ? holder : undefined;
			};
			const taken = takenBy(org.alias);
			if (taken) {
				if (options.onAliasTaken !== 'suffix') throw storeError('alias-taken', {params: {alias: org.alias, username: taken.username}});
				// A fresh token is never thrown away over a name: take the first free "<alias>-N".
				let n = 2;
				while (takenBy(`${org.alias}-${n}`)) n++;
				org = {...org, alias: validateAlias(`${org.alias}-${n}`)};
			}
			const previous = Object.values(data.orgs).find(saved => sameLogin(saved, org));
			let saved = org;
			if (previous) {
				delete data.orgs[previous.alias];
				saved = {...org, createdAt: previous.createdAt};
				if (data.defaultAlias === previous.alias) data.defaultAlias = org.alias;
			}
			data.orgs[org.alias] = saved;
			data.defaultAlias ??= org.alias;
			return previous ? {org: saved, replaced: previous.alias} : {org: saved};
		});
	}

	/** Changes fields of a saved org (a rotated refresh token, a new access token). */
	update(alias: string, patch: Partial<Omit<SavedOrg, 'alias'>>): SavedOrg {
		return this.#change(data => {
			const org = data.orgs[alias];
			if (!org) throw storeError('org-not-found', {params: {alias}});
			const updated = {...org, ...patch};
			data.orgs[alias] = updated;
			return updated;
		});
	}

	/**
	 * Changes fields of the entry of this login (org, user and app), whatever its alias is by
	 * now: a refresh that races a rename still lands its rotated token on the right entry.
	 */
	updateLogin(login: Pick<SavedOrg, 'alias' | 'orgId' | 'userId' | 'clientId'>, patch: Partial<Omit<SavedOrg, 'alias' | 'orgId' | 'userId' | 'clientId'>>): SavedOrg {
		return this.#change(data => {
			const org = Object.values(data.orgs).find(saved => sameLogin(saved, login));
			if (!org) throw storeError('org-not-found', {params: {alias: login.alias}});
			const updated = {...org, ...patch};
			data.orgs[org.alias] = updated;
			return updated;
		});
	}

	/** Several updateLogin at once, in one write: a login no longer saved (removed meanwhile) is skipped. */
	updateLogins(changes: ReadonlyArray<{login: Pick<SavedOrg, 'alias' | 'orgId' | 'userId' | 'clientId'>; patch: Partial<Omit<SavedOrg, 'alias' | 'orgId' | 'userId' | 'clientId'>>}>): void {
		if (changes.length === 0) return;
		this.#change(data => {
			for (const {login, patch} of changes) {
				const org = Object.values(data.orgs).find(saved => sameLogin(saved, login));
				if (org) data.orgs[org.alias] = {...org, ...patch};
			}
		});
	}

	remove(alias: string): SavedOrg {
		return this.#change(data => {
			const org = data.orgs[alias];
			if (!org) throw storeError('org-not-found', {params: {alias}});
			delete data.orgs[alias];
			if (data.defaultAlias === alias) delete data.defaultAlias;
			return org;
		});
	}

	rename(from: string, to: string): SavedOrg {
		validateAlias(to);
		return this.#change(data => {
			const org = data.orgs[from];
			if (!org) throw storeError('org-not-found', {params: {alias: from}});
			const taken = data.orgs[to];
			if (taken && from !== to) throw storeError('alias-taken', {params: {alias: to, username: taken.username}});
			delete data.orgs[from];
			const renamed = {...org, alias: to};
			data.orgs[to] = renamed;
			if (data.defaultAlias === from) data.defaultAlias = to;
			return renamed;
		});
	}

	setDefault(alias: string): SavedOrg {
		return this.#change(data => {
			const org = data.orgs[alias];
			if (!org) throw storeError('org-not-found', {params: {alias}});
			data.defaultAlias = alias;
			return org;
		});
	}

	/** The usable entries; the damaged ones are left out (see damaged()). */
	#read(): StoreData {
		return this.#readAll().data;
	}

	/**
	 * What the file holds now. A read repeated while the file is unchanged (same inode, size and
	 * change time: each write renames a new file into place) reuses the last one, frozen: refresh
	 * --all looks each org up afresh, and 200 orgs would otherwise mean 400 reads of the whole file.
	 */
	#readAll(): ReadResult {
		const version = fileVersion(this.path);
		if (version && this.#lastRead?.version === version) return this.#lastRead.result;
		const result = frozen(this.#readFile());
		this.#lastRead = version ? {version, result} : undefined;
		return result;
	}

	/** The file as it is on disk, checked whole; conf only ever writes it. */
	#readFile(): ReadResult {
		const link = unsafeLink(this.path);
		if (link) throw storeError('store-unreadable', {params: {path: this.path, reason: storeText.fileReasons.unsafeLink(link)}});
		let raw: unknown;
		try {
			raw = JSON.parse(fs.readFileSync(this.path, 'utf8'));
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') raw = {};
			else throw storeError('store-unreadable', {params: {path: this.path, reason: reasonOf(error)}, cause: error});
		}
		const result = migrate(raw);
		if (result.kind === 'too-new') {
			throw storeError('store-too-new', {params: {path: this.path, found: result.found, known: CURRENT_SCHEMA_VERSION}});
		}
		if (result.kind === 'invalid') {
			throw storeError('store-unreadable', {params: {path: this.path, reason: result.reason}});
		}
		return {data: result.data, damaged: result.damaged};
	}

	#change<T>(apply: (data: StoreData) => T): T {
		const outcome = withFileLock(this.path, () => {
			// Read afresh and not frozen: apply changes this copy, which is then written.
			const {data, damaged} = this.#readFile();
			// Writing now would drop the damaged entries: the file stays as it is until they are fixed.
			if (damaged[0]) throw storeError('store-unreadable', {variant: 'damaged-entry', params: {path: this.path, reason: damaged[0].reason}});
			const result = apply(data);
			try {
				if (this.#write) this.#write(data);
				else this.#writer().store = data;
			} catch (error) {
				const sfrtError = error as {code?: unknown};
				if (typeof sfrtError.code === 'string' && sfrtError.code.startsWith('store-')) throw error;
				throw storeError('store-unwritable', {params: {path: this.path, reason: writeReason(error)}, cause: error});
			}
			return result;
		});
		if (outcome === LOCK_TIMEOUT) throw storeError('store-busy', {params: {path: this.path}});
		return outcome;
	}
}

interface ReadResult {
	data: StoreData;
	damaged: DamagedEntry[];
}

/** Changes whenever the file does; undefined when it cannot be told (no file, a stat error). */
function fileVersion(file: string): string | undefined {
	try {
		const stat = fs.statSync(file, {bigint: true});
		return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
	} catch {
		return undefined;
	}
}

/** A read shared between callers: none of them may change it (a change would throw). */
function frozen(result: ReadResult): ReadResult {
	for (const org of Object.values(result.data.orgs)) {
		Object.freeze(org.scopes);
		Object.freeze(org);
	}
	Object.freeze(result.data.orgs);
	Object.freeze(result.data);
	return result;
}

const requireModule = createRequire(import.meta.url);

/**
 * conf, with its validator and their dependencies, is the slowest thing sfrt loads (hundreds of
 * ms cold): it is loaded on the first write only, synchronously (Node loads an ES module with
 * require), so commands that only read (list, show, token) never load it. The bundle (dist/)
 * carries it as one file, vendor-conf.js, beside this chunk; unbundled, it comes from node_modules.
 */
function loadConf(): typeof Conf {
	const bundled = new URL('vendor-conf.js', import.meta.url);
	const module = fs.existsSync(bundled) ? requireModule(fileURLToPath(bundled)) : requireModule('conf');
	return (module as {default: typeof Conf}).default;
}

/** Left by a write that was killed before it renamed its temporary file (atomically's naming): it holds every token. */
const LEFTOVER_WRITE = /^orgs\.json\.tmp-\d{10}[\da-f]{6}$/;
/** A write takes milliseconds: a temporary file this old has no writer any more. */
const LEFTOVER_AGE_MS = 30_000;

function removeLeftoverWrites(directory: string) {
	try {
		for (const name of fs.readdirSync(directory)) {
			if (!LEFTOVER_WRITE.test(name)) continue;
			const file = path.join(directory, name);
			if (Date.now() - fs.statSync(file).mtimeMs > LEFTOVER_AGE_MS) fs.rmSync(file, {force: true});
		}
	} catch {}
}

/**
 * A symlinked store (a dotfiles manager) is followed only into a folder no one else can write
 * to, owned by this user: elsewhere another user could swap the file holding the tokens.
 * Returns where an unsafe link points; undefined for a plain file or a safe link.
 */
function unsafeLink(file: string): string | undefined {
	try {
		if (!fs.lstatSync(file).isSymbolicLink()) return undefined;
		const target = fs.realpathSync(file);
		const folder = fs.statSync(path.dirname(target));
		const owner = fs.statSync(target).uid;
		const me = process.getuid?.();
		const foreign = me !== undefined && (owner !== me || folder.uid !== me);
		return foreign || (folder.mode & 0o022) !== 0 ? target : undefined;
	} catch {
		return undefined;
	}
}

/** Why the file could not be written, in words for the common causes. */
function writeReason(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	const reasons = storeText.writeReasons;
	if (code === 'ENOSPC' || code === 'EDQUOT') return reasons.diskFull;
	if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return reasons.notAllowed;
	return reasonOf(error);
}

function reasonOf(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0] ?? message;
}
