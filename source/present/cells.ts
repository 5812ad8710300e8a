import {createRequire} from 'node:module';

const requireModule = createRequire(import.meta.url);
let stringWidth: ((text: string) => number) | undefined;

/** How many terminal columns `text` takes: a wide (CJK) character takes 2, colour codes none. */
export function cellWidth(text: string): number {
	// Plain printable ASCII is one column a character; string-width (and its tables) loads only for the rest.
	if (/^[\x20-\x7E]*$/.test(text)) return text.length;
	stringWidth ??= (requireModule('string-width') as {default: (text: string) => number}).default;
	return stringWidth(text);
}

/** `text` padded with spaces at the end to `width` columns. */
export function padCells(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - cellWidth(text)));
}

/** The widest of `texts`, in columns (0 for none). */
export function widest(texts: readonly string[]): number {
	return Math.max(0, ...texts.map(cellWidth));
}
