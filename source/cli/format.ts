import type {SfrtError} from '../errors.js';
import {padCells, widest} from '../present/cells.js';
import {formatErrorBlock} from '../present/error-block.js';

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
	return formatErrorBlock(error, {paint: colours(stream, env)});
}

/** Aligned "label  value" lines, the labels padded to the widest in terminal columns. */
export function formatFields(fields: ReadonlyArray<{label: string; value: string}>, indent = ''): string {
	const width = widest(fields.map(field => field.label));
	return fields.map(({label, value}) => `${indent}${padCells(label, width)}  ${value}`).join('\n') + '\n';
}
