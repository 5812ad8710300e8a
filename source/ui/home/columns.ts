import {cellWidth} from '../../present/cells.js';

/** The table's columns after the pointer and the default marker. */
export type Column = 'alias' | 'username' | 'kind' | 'verified' | 'status';
export const COLUMNS: readonly Column[] = ['alias', 'username', 'kind', 'verified', 'status'];

/** The pointer (❯ ) and the default marker (* ) before the alias. */
export const PREFIX = 4;
/** Between two columns. */
export const GAP = 2;

/** How wide each column is, in cells; 0 for a column left out. */
export type ColumnWidths = Record<Column, number>;

/**
 * What gives way, in order, when the row is wider than the terminal:
 * 1. the kind is cut, down to 10 cells ("production" whole, "sandbox (…");
 * 2. a very long alias is cut, down to 28 (shorter aliases stay whole while any other column is left),
 *    so that one long alias does not squeeze every username;
 * 3. the username is cut, down to 24, then to 12;
 * 4. the verified column is left out (the details show it), then the kind column;
 * 5. the alias is cut down to 12, the username to its heading, the alias to its heading;
 * 6. below that (under about 40 columns) the status column is left out.
 * The alias goes last because it is what a person types (sfrt token <alias>). Until step 6 the
 * status column keeps its width, so nothing moves when a refresh starts. Room freed by leaving a
 * column out goes back to the alias, then the username.
 */
type Step = {cut: Column; to: number | 'heading'} | {drop: Column};
const STEPS: readonly Step[] = [
	{cut: 'kind', to: 10},
	{cut: 'alias', to: 28},
	{cut: 'username', to: 24},
	{cut: 'username', to: 12},
	{drop: 'verified'},
	{drop: 'kind'},
	{cut: 'alias', to: 12},
	{cut: 'username', to: 'heading'},
	{cut: 'alias', to: 'heading'},
	{drop: 'status'},
];

/**
 * The column widths for a table `width` cells wide: every column as wide as its widest value
 * (or heading) when that fits, less in the order above when it does not. Headings are never cut
 * (a column too narrow for its heading is left out first).
 */
export function layoutColumns(width: number, natural: ColumnWidths, headings: ColumnWidths): ColumnWidths {
	const widths: ColumnWidths = {...natural};
	for (const column of COLUMNS) widths[column] = Math.max(widths[column], headings[column]);
	const total = () => rowWidth(widths);
	for (const step of STEPS) {
		const excess = total() - width;
		if (excess <= 0) break;
		if ('drop' in step) {
			widths[step.drop] = 0;
			continue;
		}
		const column = step.cut;
		const floor = step.to === 'heading' ? headings[column] : Math.max(headings[column], step.to);
		widths[column] = Math.max(Math.min(widths[column], floor), widths[column] - excess);
	}
	let slack = width - total();
	for (const column of ['alias', 'username', 'kind'] as const) {
		if (slack <= 0 || widths[column] === 0) continue;
		const grow = Math.min(slack, Math.max(natural[column], headings[column]) - widths[column]);
		if (grow > 0) {
			widths[column] += grow;
			slack -= grow;
		}
	}
	return widths;
}

/** The total width of a row with these columns. */
export function rowWidth(widths: ColumnWidths): number {
	const shown = COLUMNS.filter(column => widths[column] > 0);
	return PREFIX + shown.reduce((sum, column) => sum + widths[column], 0) + GAP * Math.max(0, shown.length - 1);
}

/** `text` cut at its end with … to fit in `width` cells (whole if it fits). */
export function cutEnd(text: string, width: number): string {
	if (cellWidth(text) <= width) return text;
	if (width <= 0) return '';
	return `${head(text, width - 1)}…`;
}

/** The longest start of `text` that fits in `width` cells. */
export function head(text: string, width: number): string {
	let shown = '';
	let used = 0;
	for (const character of text) {
		const size = cellWidth(character);
		if (used + size > width) break;
		shown += character;
		used += size;
	}
	return shown;
}

/** The longest end of `text` that fits in `width` cells. */
export function tail(text: string, width: number): string {
	const characters = [...text];
	let shown = '';
	let used = 0;
	for (let index = characters.length - 1; index >= 0; index--) {
		const size = cellWidth(characters[index]!);
		if (used + size > width) break;
		shown = characters[index]! + shown;
		used += size;
	}
	return shown;
}

/**
 * Hint groups packed into lines no wider than `width` cells, each line joined with `join`:
 * a line breaks between two hints, never inside one.
 */
export function packHints(hints: readonly string[], width: number, join: (...hints: string[]) => string): string[] {
	const lines: string[][] = [];
	for (const hint of hints) {
		const line = lines.at(-1);
		if (line && cellWidth(join(...line, hint)) <= width) line.push(hint);
		else lines.push([hint]);
	}
	return lines.map(line => join(...line));
}
