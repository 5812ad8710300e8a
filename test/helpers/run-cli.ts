import {spawn} from 'node:child_process';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {PassThrough, Readable} from 'node:stream';
import {main} from '../../source/cli/main.js';

export interface CliRun {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs `sfrt <argv>` in this process through main(), with captured streams and no terminal. */
export async function runMain(argv: string[], options: {env?: NodeJS.ProcessEnv; stdin?: string} = {}): Promise<CliRun> {
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
		signal: new AbortController().signal,
	});
	return {code, stdout: out, stderr: err};
}

export const cliPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/cli.js');

/** Runs the built CLI (`node dist/cli.js`) as a child process. */
export function runBuilt(argv: string[], options: {env?: NodeJS.ProcessEnv; stdin?: string} = {}): Promise<CliRun> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [cliPath, ...argv], {
			env: {PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...options.env},
			stdio: ['pipe', 'pipe', 'pipe'],
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', chunk => (stdout += String(chunk)));
		child.stderr.on('data', chunk => (stderr += String(chunk)));
		child.on('error', reject);
		child.on('close', code => resolve({code: code ?? -1, stdout, stderr}));
		child.stdin.end(options.stdin ?? '');
	});
}
