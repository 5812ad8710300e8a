import type {SavedOrg} from '../../store/saved-org.js';

/**
 * The index of the first row on screen, so that `selected` is on screen: it moves as little as
 * possible from `offset` (the list scrolls only when the selection reaches an edge), and leaves
 * no empty rows at the end while rows above are hidden.
 */
export function scrollOffset(offset: number, selected: number, capacity: number, count: number): number {
	const last = Math.max(0, count - capacity);
	let first = Math.min(Math.max(offset, 0), last);
	if (selected < first) first = selected;
	else if (selected >= first + capacity) first = selected - capacity + 1;
	return Math.min(Math.max(first, 0), last);
}

/** The orgs whose alias or username holds `query` (case-insensitive); all of them for an empty query. */
export function filterOrgs(orgs: SavedOrg[], query: string): SavedOrg[] {
	const wanted = query.trim().toLocaleLowerCase();
	if (!wanted) return orgs;
	return orgs.filter(org => org.alias.toLocaleLowerCase().includes(wanted) || org.username.toLocaleLowerCase().includes(wanted));
}

/** The header (the title and the blank line under it) and the headings of the table. */
export const HEADER_ROWS = 3;

/**
 * How many org rows fit: the terminal's rows, less one (a frame as tall as the terminal makes
 * Ink clear the screen and reprint every frame into the scrollback), less the header, the
 * headings and the footer. At least one.
 */
export function rowCapacity(terminalRows: number, footerRows: number): number {
	return Math.max(1, terminalRows - 1 - HEADER_ROWS - footerRows);
}
