import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {OrgStore} from '../../source/store/org-store.js';
import {CURRENT_SCHEMA_VERSION} from '../../source/store/schema.js';
import type {SavedOrg} from '../../source/store/saved-org.js';
import {ensureBuilt, repoRoot, runMain} from '../helpers/cli.js';
import {savedOrg} from '../helpers/saved-org.js';
import {removeTempDirs, tempDir} from '../helpers/temp-dir.js';

afterEach(removeTempDirs);


const mode = (file: string) => fs.statSync(file).mode & 0o777;

describe('the store file', () => {
	it('migrates a version 0 file (no schemaVersion) and writes version 1 on the next change', () => {
		const directory = tempDir();
		const file = path.join(directory, 'orgs.json');
		fs.writeFileSync(file, JSON.stringify({defaultAlias: 'old', orgs: {old: savedOrg('old')}}), {mode: 0o600});
		const store = new OrgStore(directory);
		expect(store.path).toBe(file);
		expect(store.list().map(saved => saved.alias)).toEqual(['old']);
		expect(store.resolve()).toMatchObject({alias: 'old', refreshToken: '5Aep861old'});
		store.rename('old', 'renamed');
		const written = JSON.parse(fs.readFileSync(file, 'utf8')) as {schemaVersion: number; defaultAlias: string; orgs: Record<string, SavedOrg>};
		expect(written.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
		expect(written.defaultAlias).toBe('renamed');
		expect(Object.keys(written.orgs)).toEqual(['renamed']);
	});

	it('refuses a file from a newer sfrt and leaves it byte for byte untouched', async () => {
		const directory = tempDir();
		const file = path.join(directory, 'orgs.json');
		const text = JSON.stringify({schemaVersion: CURRENT_SCHEMA_VERSION + 1, orgs: {future: {alias: 'future', shape: 'unknown'}}});
		fs.writeFileSync(file, text, {mode: 0o600});
		const before = fs.statSync(file).mtimeMs;
		const store = new OrgStore(directory);
		expect(() => store.list()).toThrow(expect.objectContaining({code: 'store-too-new'}));
		expect(() => store.save(savedOrg('new'))).toThrow(expect.objectContaining({code: 'store-too-new'}));
		expect(() => store.remove('future')).toThrow(expect.objectContaining({code: 'store-too-new'}));
		const cli = await runMain(['list', '--json'], {env: {SFRT_CONFIG_DIR: directory}});
		expect(cli.code).toBe(1);
		expect(JSON.parse(cli.stdout)).toMatchObject({ok: false, error: {code: 'store-too-new'}});
		expect(fs.readFileSync(file, 'utf8')).toBe(text);
		expect(fs.statSync(file).mtimeMs).toBe(before);
		expect(fs.existsSync(`${file}.lock`)).toBe(false);
	});

	it.each([
		['an array', JSON.stringify([{schemaVersion: 1, orgs: {keep: savedOrg('keep')}}]), 'it does not hold a JSON object'],
		['null', 'null', 'it does not hold a JSON object'],
		['a string', '"text"', 'it does not hold a JSON object'],
		['a number', '42', 'it does not hold a JSON object'],
		['true', 'true', 'it does not hold a JSON object'],
		['schema -1', JSON.stringify({schemaVersion: -1, orgs: {}}), 'no migration from schema -1'],
		['orgs as an array', JSON.stringify({schemaVersion: 1, orgs: []}), '"orgs" is not an object'],
	])('%s: reported with the path and the reason, never written, byte for byte', async (_name, text, reason) => {
		const directory = tempDir();
		const file = path.join(directory, 'orgs.json');
		fs.writeFileSync(file, text, {mode: 0o600});
		const store = new OrgStore(directory);
		expect(() => store.list()).toThrow(expect.objectContaining({code: 'store-unreadable'}));
		expect(() => store.save(savedOrg('new'))).toThrow(expect.objectContaining({code: 'store-unreadable'}));
		for (const argv of [['list', '--json'], ['import', '-', '--json'], ['default', 'keep', '--json']]) {
			const cli = await runMain(argv, {env: {SFRT_CONFIG_DIR: directory}, stdin: 'force://a:b:c@example.my.salesforce.com'});
			expect(cli.code).not.toBe(0);
			const output = JSON.parse(cli.stdout);
			expect(output.error.code).toBe('store-unreadable');
			expect(output.error.message).toContain(file);
			expect(output.error.message).toContain(reason);
		}
		expect(fs.readFileSync(file, 'utf8')).toBe(text);
	});

	it('makes a looser folder and file private again when opened, and says so', async () => {
		const directory = tempDir();
		const file = path.join(directory, 'orgs.json');
		new OrgStore(directory).save(savedOrg('keep'));
		fs.chmodSync(directory, 0o755);
		fs.chmodSync(file, 0o644);
		const cli = await runMain(['list', '--json'], {env: {SFRT_CONFIG_DIR: directory}});
		expect(cli.code).toBe(0);
		expect(cli.stderr).toContain(`${directory} could be read by other users (mode 755): sfrt set it to 700.`);
		expect(cli.stderr).toContain(`${file} could be read by other users (mode 644): sfrt set it to 600.`);
		expect(fs.statSync(directory).mode & 0o777).toBe(0o700);
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
	});

	it('removes what a killed write left behind (a temporary copy holding every token), once it is old', () => {
		const directory = tempDir();
		new OrgStore(directory).save(savedOrg('keep'));
		const old = path.join(directory, 'orgs.json.tmp-1764000000abc123');
		const fresh = path.join(directory, 'orgs.json.tmp-1764000001abc124');
		for (const file of [old, fresh]) fs.writeFileSync(file, '{"secret": true}', {mode: 0o600});
		const then = new Date(Date.now() - 60_000);
		fs.utimesSync(old, then, then);
		new OrgStore(directory);
		expect(fs.existsSync(old)).toBe(false);
		// Maybe another sfrt writing right now: left alone.
		expect(fs.existsSync(fresh)).toBe(true);
	});

	it('follows a symlinked store only into a private folder of this user', async () => {
		const directory = tempDir();
		const elsewhere = tempDir();
		fs.chmodSync(elsewhere, 0o700);
		new OrgStore(elsewhere).save(savedOrg('keep'));
		fs.symlinkSync(path.join(elsewhere, 'orgs.json'), path.join(directory, 'orgs.json'));
		expect(new OrgStore(directory).list().map(org => org.alias)).toEqual(['keep']);
		fs.chmodSync(elsewhere, 0o777);
		const cli = await runMain(['list', '--json'], {env: {SFRT_CONFIG_DIR: directory}});
		expect(cli.code).toBe(1);
		expect(JSON.parse(cli.stdout).error.message).toContain('in a folder other users can write to');
		fs.chmodSync(elsewhere, 0o700);
	});

	it.each([
		['a null entry', null, 'the entry "bad" is not an org'],
		['scopes as text', {...savedOrg('bad'), scopes: 'api'}, 'the entry "bad" has "scopes" that is not a list'],
		['a numeric refresh token', {...savedOrg('bad'), refreshToken: 42}, 'the entry "bad" has no "refreshToken"'],
	])('%s: the good entries are listed and the bad one named; nothing is written; the file stays byte for byte', async (_name, bad, reason) => {
		const directory = tempDir();
		const file = path.join(directory, 'orgs.json');
		const text = JSON.stringify({schemaVersion: 1, defaultAlias: 'keep', orgs: {keep: savedOrg('keep'), bad}});
		fs.writeFileSync(file, text, {mode: 0o600});
		const list = await runMain(['list', '--json'], {env: {SFRT_CONFIG_DIR: directory}});
		expect(list.code).toBe(0);
		const listed = JSON.parse(list.stdout);
		expect(listed.orgs.map((org: {alias: string}) => org.alias)).toEqual(['keep']);
		expect(listed.damaged).toEqual([{alias: 'bad', reason: expect.stringContaining(reason)}]);
		const plain = await runMain(['list'], {env: {SFRT_CONFIG_DIR: directory}});
		expect(plain.stdout).toContain('keep');
		expect(plain.stderr).toContain(reason);
		// The good one still works for reading; the bad one is named; writes wait until it is fixed.
		expect((await runMain(['show', 'keep', '--json'], {env: {SFRT_CONFIG_DIR: directory}})).code).toBe(0);
		const show = await runMain(['show', 'bad', '--json'], {env: {SFRT_CONFIG_DIR: directory}});
		expect(JSON.parse(show.stdout).error).toMatchObject({code: 'store-unreadable', message: expect.stringContaining(reason)});
		for (const argv of [['rename', 'keep', 'kept', '--json'], ['remove', 'keep', '--keep-remote', '--json']]) {
			const write = await runMain(argv, {env: {SFRT_CONFIG_DIR: directory}});
			expect(write.code).not.toBe(0);
			expect(JSON.parse(write.stdout).error).toMatchObject({code: 'store-unreadable', message: expect.stringContaining("has an entry sfrt can't use")});
		}
		expect(fs.readFileSync(file, 'utf8')).toBe(text);
	});

	it('reports a damaged file with its path and leaves it untouched', async () => {
		const directory = tempDir();
		const file = path.join(directory, 'orgs.json');
		const text = '{"schemaVersion": 1, "orgs": {}}x';
		fs.writeFileSync(file, text, {mode: 0o600});
		expect(() => new OrgStore(directory).list()).toThrow(expect.objectContaining({code: 'store-unreadable'}));
		const cli = await runMain(['list', '--json'], {env: {SFRT_CONFIG_DIR: directory}});
		expect(cli.code).toBe(1);
		const output = JSON.parse(cli.stdout);
		expect(output.error.code).toBe('store-unreadable');
		expect(output.error.message).toContain(file);
		expect(output.error.hint).toContain('untouched');
		expect(fs.readFileSync(file, 'utf8')).toBe(text);
	});

	it('is 0600 in a 0700 folder, and a save puts a loosened file back to 0600', () => {
		const directory = path.join(tempDir(), 'nested', 'sfrt');
		const store = new OrgStore(directory);
		store.save(savedOrg('a'));
		expect(mode(directory)).toBe(0o700);
		expect(mode(store.path)).toBe(0o600);
		fs.chmodSync(store.path, 0o644);
		store.save(savedOrg('b', '005Dn0000000002AAA'));
		expect(mode(store.path)).toBe(0o600);
	});

	it('updateLogin finds the entry of a login whatever its alias is by now', () => {
		const store = new OrgStore(tempDir());
		const saved = store.save(savedOrg('a')).org;
		store.rename('a', 'b');
		expect(store.updateLogin(saved, {refreshToken: '5Aep861new'})).toMatchObject({alias: 'b', refreshToken: '5Aep861new'});
		expect(store.get('b')!.refreshToken).toBe('5Aep861new');
		store.remove('b');
		expect(() => store.updateLogin(saved, {refreshToken: 'x'})).toThrow(expect.objectContaining({code: 'org-not-found'}));
	});
});

describe('two sfrt processes writing at once', () => {
	beforeAll(ensureBuilt);

	it('16 processes saving 10 orgs each at the same moment: all 160 are kept', async () => {
		const directory = tempDir();
		const modulePath = pathToFileURL(path.join(repoRoot, 'build', 'source', 'store', 'org-store.js')).href;
		const script = path.join(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), 'fixtures', 'save-orgs.mjs');
		const workers = 16;
		const perWorker = 10;
		const go = path.join(directory, 'go');
		let ready = 0;
		let release: () => void;
		const allReady = new Promise<void>(resolve => (release = resolve));
		const exited = Promise.all(Array.from({length: workers}, (_, worker) => new Promise<{code: number | null; stderr: string}>((resolve, reject) => {
			const child = spawn(process.execPath, [script, modulePath, directory, String(worker), String(perWorker), go], {stdio: ['ignore', 'pipe', 'pipe']});
			let stderr = '';
			child.stdout.once('data', () => {
				if (++ready === workers) release();
			});
			child.stderr.on('data', chunk => (stderr += String(chunk)));
			child.on('error', reject);
			child.on('close', code => resolve({code, stderr}));
		})));
		await allReady;
		fs.writeFileSync(go, '');
		const exits = await exited;
		expect(exits.filter(exit => exit.code !== 0)).toEqual([]);
		const store = new OrgStore(directory);
		const aliases = store.list().map(saved => saved.alias);
		expect(aliases).toHaveLength(workers * perWorker);
		for (let worker = 0; worker < workers; worker++) {
			for (let index = 0; index < perWorker; index++) expect(aliases).toContain(`w${worker}x${index}`);
		}
		expect(mode(store.path)).toBe(0o600);
		expect(fs.existsSync(`${store.path}.lock`)).toBe(false);
	});

	it('24 writers killed with SIGKILL mid-save: the file stays whole with what it held, the next save gets the lock at once, leftovers are cleaned', {timeout: 60_000}, async () => {
		const directory = tempDir();
		new OrgStore(directory).save(savedOrg('keep'));
		const modulePath = pathToFileURL(path.join(repoRoot, 'build', 'source', 'store', 'org-store.js')).href;
		const script = path.join(import.meta.dirname, 'fixtures', 'save-orgs.mjs');
		const go = path.join(directory, 'go');
		fs.writeFileSync(go, '');
		const writers = 24;
		let killed = 0;
		for (let round = 0; round < writers; round++) {
			const child = spawn(process.execPath, [script, modulePath, directory, String(round), '200', go], {stdio: ['ignore', 'pipe', 'ignore']});
			await new Promise(resolve => child.stdout.once('data', resolve));
			// Somewhere in its saves: while it holds the lock, writes the temporary copy, or renames it.
			await new Promise(resolve => setTimeout(resolve, 5 + (round * 7) % 40));
			if (child.kill('SIGKILL')) killed++;
			await new Promise(resolve => child.once('close', resolve));
		}
		expect(killed).toBe(writers);
		// Whatever was saved is there, and the file reads whole.
		const after = new OrgStore(directory);
		expect(after.list().map(org => org.alias)).toContain('keep');
		expect(after.damaged()).toEqual([]);
		// A lock left by a killed writer names a dead process: the next save breaks it at once.
		const started = Date.now();
		after.save(savedOrg('after', '005Dn0000000009AAA'));
		expect(Date.now() - started).toBeLessThan(3000);
		// Temporary copies of killed writes hold every token: once old, opening the store removes them.
		const leftovers = () => fs.readdirSync(directory).filter(name => name.startsWith('orgs.json.tmp-'));
		const old = new Date(Date.now() - 60_000);
		for (const name of leftovers()) fs.utimesSync(path.join(directory, name), old, old);
		new OrgStore(directory);
		expect(leftovers()).toEqual([]);
	});
});
