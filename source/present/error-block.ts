import type {SfrtError} from '../errors.js';
import {presentText} from './messages.js';

/** Colours for the parts of an error block; plain output passes ANSI ones, or none. */
export interface ErrorPaint {
	red: (text: string) => string;
	yellow: (text: string) => string;
	dim: (text: string) => string;
	bold: (text: string) => string;
}

const noPaint: ErrorPaint = {red: text => text, yellow: text => text, dim: text => text, bold: text => text};

/** The three parts every error shows, as the wizard (ErrorView) and plain output lay them out. */
export function errorParts(error: Pick<SfrtError, 'message' | 'hint' | 'code'>) {
	return {mark: '✖', message: error.message, fix: presentText.error.fix, hint: error.hint, code: presentText.error.code(error.code)};
}

/**
 * "✖ message / Fix: hint / (code)" as lines of text. `indent` is put before the fix and the
 * code; with `mark: false` the message is indented too (an error under another line).
 */
export function formatErrorBlock(error: Pick<SfrtError, 'message' | 'hint' | 'code'>, options: {paint?: ErrorPaint; indent?: string; mark?: boolean; code?: boolean} = {}): string {
	const {paint = noPaint, indent = '  ', mark = true, code = true} = options;
	const parts = errorParts(error);
	const lines = [
		mark ? `${paint.red(parts.mark)} ${paint.bold(parts.message)}` : `${indent}${parts.message}`,
		`${indent}${paint.yellow(parts.fix)} ${parts.hint}`,
		...(code ? [`${indent}${paint.dim(parts.code)}`] : []),
	];
	return lines.join('\n') + '\n';
}
