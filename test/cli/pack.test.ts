/**
 * The published package: `npm pack`, install the tarball with npm into a temporary prefix, and
 * run the installed `sfrt`. No network and nothing from npm's cache: every npm call here gets a
 * fresh, empty cache, --offline and a registry nobody listens on. npm can install offline only
 * because the prefix's node_modules already holds the project's production dependency tree
 * (copied from ours, as `npm ls --omit=dev` lists it), so every dependency of sfrt is satisfied
 * and npm adds just the tarball.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {exportOrg} from '../../source/orgs/export.js';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
import {parseJson, repoRoot, runBuilt} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {loginToEmulator} from '../helpers/seed-org.js';

let work: string;
let prefix: string;
let installed: string;
let npmEnv: NodeJS.ProcessEnv;
let installReport: {added?: number; changed?: number; removed?: number};

/** The installed bin runs on the same Node as the tests (>= 22). */
const binEnv = () => ({PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`});

function npm(args: string[], cwd: string): string {
	return execFileSync('npm', args, {cwd, env: npmEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
}

/** Copies our production dependency tree (and the .bin links into it) to `target/node_modules`. */
function copyProductionTree(target: string): void {
	const packages = npm(['ls', '--omit=dev', '--all', '--parseable'], repoRoot)
		.split('\n')
		.filter(line => line && path.resolve(line) !== repoRoot)
		.map(line => path.relative(repoRoot, line))
		.sort();
	expect(packages).toContain(path.join('node_modules', 'conf'));
	const copied: string[] = [];
	for (const relative of packages) {
		// A nested package comes along with the package it is nested in.
		if (copied.some(parent => relative.startsWith(parent + path.sep))) continue;
		fs.cpSync(path.join(repoRoot, relative), path.join(target, relative), {recursive: true, verbatimSymlinks: true});
		copied.push(relative);
	}
	// npm reinstalls a package whose bin link is missing (from the registry), so copy the links.
	const bin = path.join(repoRoot, 'node_modules', '.bin');
	fs.mkdirSync(path.join(target, 'node_modules', '.bin'), {recursive: true});
	for (const name of fs.readdirSync(bin)) {
		const link = fs.readlinkSync(path.join(bin, name));
		const into = path.relative(repoRoot, path.resolve(bin, link));
		if (copied.some(parent => into.startsWith(parent + path.sep))) fs.symlinkSync(link, path.join(target, 'node_modules', '.bin', name));
	}
}

beforeAll(() => {
	work = fs.mkdtempSync(path.join(os.tmpdir(), 'sfrt-pack-'));
	const cache = path.join(work, 'npm-cache');
	fs.mkdirSync(cache);
	// Our own npm settings only: none of the npm_config_* that `npm test` hands down (its cache among them).
	npmEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_/i.test(name)));
	Object.assign(npmEnv, {
		...binEnv(),
		npm_config_cache: cache,
		npm_config_offline: 'true',
		npm_config_registry: 'http://127.0.0.1:9/',
		npm_config_audit: 'false',
		npm_config_fund: 'false',
		npm_config_update_notifier: 'false',
	});

	const output = npm(['pack', '--json', '--pack-destination', work], repoRoot);
	const [{filename}] = JSON.parse(output.slice(output.indexOf('['))) as [{filename: string}];
	prefix = path.join(work, 'prefix');
	fs.mkdirSync(prefix);
	fs.writeFileSync(path.join(prefix, 'package.json'), JSON.stringify({name: 'sfrt-pack-test', private: true}));
	copyProductionTree(prefix);
	const install = npm(['install', '--offline', '--no-audit', '--no-fund', '--json', '--prefix', prefix, path.join(work, filename)], prefix);
	installReport = JSON.parse(install.slice(install.indexOf('{')));
	installed = path.join(prefix, 'node_modules', '.bin', 'sfrt');
}, 120_000);

afterAll(() => {
	fs.rmSync(work, {recursive: true, force: true});
});

describe('the published package', () => {
	it('installs from the tarball alone: npm adds sfrt and fetches nothing else', () => {
		expect(installReport).toMatchObject({added: 1, changed: 0});
	});

	it('ships only the build, and installs a working sfrt bin', () => {
		const pkgRoot = path.join(prefix, 'node_modules', 'sfrt');
		expect(fs.realpathSync(installed)).toBe(path.join(pkgRoot, 'dist', 'cli.js'));
		const shipped = fs.readdirSync(pkgRoot).sort();
		expect(shipped).toEqual(expect.arrayContaining(['dist', 'package.json', 'README.md']));
		expect(shipped).not.toContain('source');
		expect(shipped).not.toContain('test');
		expect(shipped).not.toContain('node_modules');
		expect(shipped).not.toContain('build');
		// The bundle: the entry and its chunks (the emulator, for sfrt demo, among them).
		const chunks = fs.readdirSync(path.join(pkgRoot, 'dist', 'chunks'));
		expect(chunks.some(name => name.startsWith('emulator-'))).toBe(true);
		expect(chunks.some(name => name.startsWith('ui-'))).toBe(true);
	});

	it('sfrt --version prints the version', async () => {
		const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version as string;
		const run = await runBuilt(['--version'], {bin: installed, env: binEnv()});
		expect(run).toMatchObject({code: 0, stdout: `${version}\n`});
	});

	it('sfrt --help prints the usage', async () => {
		const run = await runBuilt(['--help'], {bin: installed, env: binEnv()});
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Usage');
		expect(run.stdout).toContain('Commands');
		expect(run.stdout).toMatch(/^\s+login\s/m);
	});

	describe('against the emulator', () => {
		let f: EmulatorStore;
		beforeAll(async () => {
			f = await startEmulatorStore();
		});
		afterAll(() => f?.close());

		it('sfrt import, list and token work from the installed package', async () => {
			const {settings, result} = await loginToEmulator(f.emulator);
			const url = exportOrg(savedOrgFromLogin(result, settings, 'x'), 'sfdx-url');
			const env = {...binEnv(), ...f.env};
			const imported = await runBuilt(['import', '-', '--alias', 'packed', '--json'], {bin: installed, env, stdin: url});
			expect(imported.stderr).toBe('');
			expect(imported.code).toBe(0);
			expect(parseJson(imported.stdout)).toMatchObject({ok: true});
			expect(f.store.get('packed')).toMatchObject({username: 'user1@example.com', instanceUrl: f.emulator.instanceUrl});

			const list = await runBuilt(['list', '--json'], {bin: installed, env});
			expect(parseJson(list.stdout).orgs).toEqual([expect.objectContaining({alias: 'packed', username: 'user1@example.com'})]);

			const token = await runBuilt(['token', 'packed', '--fresh'], {bin: installed, env});
			expect(token.code).toBe(0);
			expect(token.stdout).toBe(`${f.store.get('packed')!.accessToken}\n`);
		});
	});
});
