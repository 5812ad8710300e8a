import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let work: string;
let installed: string;

/** Every command here runs on the same Node as the tests, so the installed bin finds Node >= 22. */
const env = {...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false'};

beforeAll(() => {
	work = fs.mkdtempSync(path.join(os.tmpdir(), 'sfrt-pack-'));
	const output = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
	const [{filename}] = JSON.parse(output.slice(output.indexOf('['))) as [{filename: string}];
	const prefix = path.join(work, 'prefix');
	// --offline: the dependencies come from npm's cache, filled by `npm ci`; no network in tests.
	execFileSync('npm', ['install', '--global', '--offline', '--prefix', prefix, path.join(work, filename)], {env, stdio: 'pipe'});
	installed = path.join(prefix, 'bin', 'sfrt');
}, 120_000);

afterAll(() => {
	fs.rmSync(work, {recursive: true, force: true});
});

describe('the published package', () => {
	it('ships only the build, and installs a working sfrt bin', () => {
		const pkgRoot = path.join(path.dirname(path.dirname(installed)), 'lib', 'node_modules', 'sfrt');
		const shipped = fs.readdirSync(pkgRoot).sort();
		expect(shipped).toEqual(expect.arrayContaining(['dist', 'package.json', 'README.md']));
		expect(shipped).not.toContain('source');
		expect(shipped).not.toContain('test');
		expect(fs.existsSync(path.join(pkgRoot, 'dist', 'source', 'emulator'))).toBe(true);
	});

	it('sfrt --version prints the version', () => {
		const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;
		expect(execFileSync(installed, ['--version'], {env, encoding: 'utf8'}).trim()).toBe(version);
	});

	it('sfrt --help prints the usage', () => {
		const help = execFileSync(installed, ['--help'], {env, encoding: 'utf8'});
		expect(help).toContain('Usage');
		expect(help).toContain('Commands');
		expect(help).toMatch(/^\s+login\s/m);
	});
});
