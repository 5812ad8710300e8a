/**
 * The one way tests run sfrt without a terminal: in this process through main() (runMain), or
 * the built `node dist/cli.js` as a child process (runBuilt, startBuilt). Both give a CliResult.
 * In a pseudo-terminal, see pty.ts (it runs the same cliPath).
 */
import {execFileSync, spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {PassThrough, Readable} from 'node:stream';
import {main} from '../../source/cli/main.js';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const cliPath = path.join(repoRoot, 'dist', 'cli.js');

/** How one run of sfrt ended. `signal` is set (and `code` is -1) when a signal ended the process. */
export interface CliResult {
	code: number;
	stdout: string;
	stderr: string;
	signal?: NodeJS.Signals | null;
}

export interface CliOptions {
	/** Added to a minimal environment (PATH, HOME, NO_COLOR=1); in-process runs get only these. */
	env?: NodeJS.ProcessEnv;
	/** Written to stdin, which then ends; stdin is empty by default. */
	stdin?: string;
	/** The command's cancel signal (in-process runs). */
	signal?: AbortSignal;
}

/** Runs `sfrt <argv>` in this process through main(), with captured streams and no terminal. */
export async function runMain(argv: string[], options: CliOptions = {}): Promise<CliResult> {
	const stdout = new PassThrough();
	const stderr = new PassThrough();
	let out = '';
	let err = '';
	stdout.on('data', chunk => (out += String(chunk)));
	stderr.on('data', chunk => (err += String(chunk)));
	const code = await main(argv, {
		env: {...options.env},
		stdout,
		stderr,
		stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
		signal: options.signal ?? new AbortController().signal,
	});
	return {code, stdout: out, stderr: err};
}

/** Preloaded with --import: loading Ink or React fails loudly (see forbid-ui.mjs). */
export const forbidUi = ['--import', path.join(import.meta.dirname, 'forbid-ui.mjs')];

/** The built CLI running as a child process, with pipes for stdio. */
export interface CliProcess {
	child: ChildProcess;
	stdout(): string;
	stderr(): string;
	/** Resolves with the first stderr match, or rejects after the timeout. */
	waitForStderr(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
	/** Resolves when the process has exited and its output is all read. */
	exit: Promise<CliResult>;
}

/**
 * Starts the built `sfrt` (`node dist/cli.js`) as a child process, with no terminal (pipes).
 * By default Ink and React are forbidden in it: without a terminal no command may load the UI.
 * With `bin`, runs that executable instead (nodeArgs then do not apply).
 */
export interface StartOptions extends CliOptions {
	/** Node flags before dist/cli.js; default forbidUi. */
	nodeArgs?: string[];
	/** An installed sfrt executable to run instead of node dist/cli.js (see pack.test.ts). */
	bin?: string;
	/** Leave stdin open: the test writes to child.stdin (paste mode). */
	keepStdin?: boolean;
}

export function startBuilt(argv: string[], options: StartOptions = {}): CliProcess {
	const [command, args] = options.bin ? [options.bin, argv] : [process.execPath, [...(options.nodeArgs ?? forbidUi), cliPath, ...argv]];
	const child = spawn(command, args, {
		env: {PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...options.env},
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', chunk => (stdout += String(chunk)));
	child.stderr!.on('data', chunk => (stderr += String(chunk)));
	child.stdin!.on('error', () => {
		// The CLI may exit before reading its stdin.
	});
	if (!options.keepStdin) child.stdin!.end(options.stdin ?? '');
	const exit = new Promise<CliResult>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code, signal) => resolve({code: code ?? -1, stdout, stderr, signal}));
	});
	return {
		child,
		stdout: () => stdout,
		stderr: () => stderr,
		exit,
		waitForStderr(pattern, timeoutMs = 10_000) {
			return new Promise((resolve, reject) => {
				const check = () => {
					const match = stderr.match(pattern);
					if (match) {
						cleanup();
						resolve(match);
					}
				};
				const timer = setTimeout(() => {
					cleanup();
					reject(new Error(`stderr never matched ${pattern}; it was:\n${stderr}`));
				}, timeoutMs);
				const cleanup = () => {
					clearTimeout(timer);
					child.stderr!.off('data', check);
				};
				child.stderr!.on('data', check);
				check();
			});
		},
	};
}

/** Runs the built CLI as a child process (see startBuilt) and resolves when it has exited. */
export function runBuilt(argv: string[], options: StartOptions = {}): Promise<CliResult> {
	return startBuilt(argv, options).exit;
}

/** Parses the one JSON object a --json run printed, failing loudly if there is anything else. */
export function parseJson(stdout: string): Record<string, any> {
	const lines = stdout.split('\n').filter(Boolean);
	if (lines.length !== 1) throw new Error(`expected one JSON line on stdout, got ${lines.length}: ${stdout}`);
	return JSON.parse(lines[0]!) as Record<string, any>;
}

function newestMtime(directory: string, extension: string): number {
	let newest = 0;
	for (const entry of fs.readdirSync(directory, {withFileTypes: true, recursive: true})) {
		if (entry.isFile() && entry.name.endsWith(extension)) {
			newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
		}
	}
	return newest;
}

/**
 * Tests that run `node dist/cli.js` need a build at least as new as the sources they test.
 * Builds once when it is stale: tsc into build/ (it emits even when another part of the tree has
 * type errors), then the bundle into dist/.
 */
export function ensureBuilt(): void {
	const sources = Math.max(newestMtime(path.join(repoRoot, 'source'), '.ts'), newestMtime(path.join(repoRoot, 'source'), '.tsx'));
	const built = fs.existsSync(cliPath) ? fs.statSync(cliPath).mtimeMs : 0;
	if (built >= sources) return;
	try {
		execFileSync(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], {cwd: repoRoot, stdio: 'pipe'});
	} catch {
		// Type errors elsewhere in the tree still leave the emitted files.
	}
	execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'bundle.mjs')], {cwd: repoRoot, stdio: 'pipe'});
	if (!fs.existsSync(cliPath)) throw new Error('dist/cli.js is missing: run npm run build');
}
