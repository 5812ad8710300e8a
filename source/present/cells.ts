import stringWidth from 'string-width';

/** How many terminal columns `text` takes: a wide (CJK) character takes 2, colour codes none. */
export function cellWidth(text: string): number {
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
