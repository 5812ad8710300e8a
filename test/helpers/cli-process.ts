import {spawn, type ChildProcess} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const cliPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');

export interface CliRun {
	child: ChildProcess;
	stdout: () => string;
	stderr: () => string;
	/** Resolves with the first stderr match, or rejects after the timeout. */
	waitForStderr: (pattern: RegExp, timeoutMs?: number) => Promise<RegExpMatchArray>;
	exit: Promise<{code: number | null; signal: NodeJS.Signals | null}>;
}

/**
 * Runs the built `sfrt` as a child process, with no terminal (pipes). By default Ink and React
 * are forbidden in it: without a terminal no command may load the UI.
 */
export const forbidUi = ['--import', path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'forbid-ui.mjs')];

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, input?: string, nodeArgs: string[] = forbidUi): CliRun {
	const child = spawn(process.execPath, [...nodeArgs, cliPath, ...args], {
		env: {PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env},
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', chunk => {
		stdout += chunk;
	});
	child.stderr!.on('data', chunk => {
		stderr += chunk;
	});
	if (input === undefined) child.stdin!.end();
	else child.stdin!.end(input);
	const exit = new Promise<{code: number | null; signal: NodeJS.Signals | null}>(resolve => {
		child.on('close', (code, signal) => resolve({code, signal}));
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
