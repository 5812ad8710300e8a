import type {SfrtError} from '../errors.js';

/** Enough of a secret to tell two apart, never enough to use. */
export function mask(secret: string | undefined): string {
	if (!secret) return '(none)';
	if (secret.length < 16) return '••••';
	return `${secret.slice(0, 4)}…${secret.slice(-4)}`;
}

export function secret(value: string | undefined, reveal: boolean): string {
	return reveal ? value ?? '(none)' : mask(value);
}

export function colours(stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv) {
	const on = Boolean((stream as NodeJS.WriteStream).isTTY) && !('NO_COLOR' in env && env.NO_COLOR !== '') && env.TERM !== 'dumb';
	const wrap = (open: number, close: number) => (text: string) => (on ? `\u001B[${open}m${text}\u001B[${close}m` : text);
	return {
		red: wrap(31, 39),
		green: wrap(32, 39),
		yellow: wrap(33, 39),
		cyan: wrap(36, 39),
		dim: wrap(2, 22),
		bold: wrap(1, 22),
	};
}

/** Error, then its fix: the same three fields the wizard and --json show. */
export function formatError(error: SfrtError, stream: NodeJS.WritableStream, env: NodeJS.ProcessEnv): string {
	const c = colours(stream, env);
	return `${c.red('✖')} ${c.bold(error.message)}\n  ${c.yellow('Fix:')} ${error.hint}\n  ${c.dim(`(${error.code})`)}\n`;
}

/** Aligned "label  value" lines. */
export function formatFields(fields: Array<[string, string]>): string {
	const width = Math.max(...fields.map(([label]) => label.length));
	return fields.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n') + '\n';
}
