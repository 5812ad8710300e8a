import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import {commands} from '../../source/cli/registry.js';
import {ensureBuilt, repoRoot, runMain} from '../helpers/cli.js';

const mine = ['list', 'show', 'token', 'refresh', 'export', 'import', 'default', 'rename', 'remove', 'config', 'doctor', 'why'];

describe('--help', () => {
	it.each(mine)('sfrt %s --help: usage, every flag it takes, examples; exit 0', async name => {
		const {command} = await commands[name]!.load();
		const run = await runMain([name, '--help']);
		expect(run).toMatchObject({code: 0, stderr: ''});
		expect(run.stdout).toBe(command.help);
		expect(run.stdout).toMatch(new RegExp(`^Usage\\n {2}sfrt ${name}`, 'm'));
		expect(run.stdout).toMatch(/^Examples\n {2}\S/m);
		for (const [flag, option] of Object.entries(command.options)) {
			expect(run.stdout, `--${flag}`).toContain(`--${flag}`);
			if (option.short) expect(run.stdout, `-${option.short}`).toContain(`-${option.short}, --${flag}`);
		}
		expect(command.options.json, 'every command takes --json').toBeDefined();
		expect((await runMain(['help', name])).stdout).toBe(command.help);
	});

	it('sfrt --help lists every command', async () => {
		const {stdout} = await runMain(['--help']);
		for (const name of mine) expect(stdout).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'));
	});

	it('export says in its help that it prints secrets', async () => {
		expect((await runMain(['export', '--help'])).stdout).toMatch(/prints secrets/);
	});

	it('an unknown flag is bad usage (exit 2) with the command named in the fix', async () => {
		const run = await runMain(['list', '--nope', '--json']);
		expect(run.code).toBe(2);
		expect(JSON.parse(run.stdout)).toMatchObject({ok: false, error: {code: 'usage', hint: 'Run "sfrt list --help" for its flags.'}});
	});

	it('bad flags are named in plain words: unknown, missing a value, taking none', async () => {
		const cases: Array<[string[], string]> = [
			[['list', '--bogus'], 'Unknown option --bogus.'],
			[['login', '--alias'], '--alias needs a value.'],
			[['login', '-a'], '--alias needs a value.'],
			[['list', '--json=yes'], '--json takes no value.'],
		];
		for (const [argv, said] of cases) {
			const run = await runMain(argv);
			expect(run.code, argv.join(' ')).toBe(2);
			expect(run.stderr).toContain(said);
			expect(run.stderr).not.toContain("'--");
		}
	});
});

describe('no Ink or React', () => {
	beforeAll(ensureBuilt);

	it('loading and running every org command never resolves ink or react', () => {
		const modules = mine.map(name => pathToFileURL(path.join(repoRoot, 'build', 'source', 'commands', `${name}.js`)).href);
		const main = pathToFileURL(path.join(repoRoot, 'build', 'source', 'cli', 'main.js')).href;
		const script = `
			import {registerHooks} from 'node:module';
			const seen = [];
			registerHooks({resolve(specifier, context, next) { seen.push(specifier); return next(specifier, context); }});
			for (const url of ${JSON.stringify(modules)}) await import(url);
			const {main} = await import(${JSON.stringify(main)});
			const sink = {write() { return true; }};
			for (const name of ${JSON.stringify(mine)}) await main([name, '--help'], {env: {}, stdout: sink, stderr: sink, stdin: process.stdin, signal: new AbortController().signal});
			console.log(JSON.stringify(seen));
		`;
		const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
		expect(run.stderr).toBe('');
		const seen = JSON.parse(run.stdout) as string[];
		expect(seen.length).toBeGreaterThan(20);
		expect(seen.filter(specifier => /^(ink|react)(\/|$)|^ink-/.test(specifier))).toEqual([]);
		// The hook sees sfrt's own modules; conf (the slowest to load) waits for the first write.
		expect(seen.some(specifier => specifier.endsWith('org-store.js'))).toBe(true);
		expect(seen).not.toContain('conf');
	});
});
