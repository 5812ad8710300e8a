/**
 * The home screen on terminals of every size: more orgs than rows (a viewport under fixed
 * headings), narrow and wide tables, the filter, and the keys that move by pages.
 */
import {describe, expect, it, vi} from 'vitest';
import type {OrgStore} from '../../source/store/org-store.js';
import {cellWidth} from '../../source/present/cells.js';
import {Home} from '../../source/ui/home.js';
import {fakeTokenClient, keys, pad, storeWith} from './helpers.js';
import {renderSized, type SizedUi} from './sized.js';

/** What a terminal sends for the keys that move by pages and to the ends. */
const moves = {pageUp: '\u001B[5~', pageDown: '\u001B[6~', home: '\u001B[H', end: '\u001B[F'} as const;

function renderHome(store: OrgStore, size: {columns: number; rows: number}, props: {selected?: string} = {}) {
	const onQuit = vi.fn();
	const onAdd = vi.fn();
	const client = fakeTokenClient();
	const ui = renderSized(<Home store={() => store} client={client} selected={props.selected} onAdd={onAdd} onQuit={onQuit} />, size);
	return {ui, onQuit, onAdd, client};
}

/** The numbers of the org rows on screen, top to bottom. */
const rowsShown = (frame: string) => [...frame.matchAll(/ org-(\d\d) /g)].map(match => Number(match[1]));

/** The frame is shorter than the terminal, no row is wider, and the title and headings are on it. */
function expectFits(ui: SizedUi, size: {columns: number; rows: number}) {
	expect(ui.lines().length).toBeLessThan(size.rows);
	expect(ui.widest()).toBeLessThanOrEqual(size.columns);
	expect(ui.frame()).toContain('Saved orgs');
	expect(ui.frame()).toMatch(/ALIAS\s+USERNAME/);
}

describe('Home: more orgs than rows', () => {
	it('45 orgs at 100×30: a frame shorter than the terminal, the selection always on screen, and where the rows are', async () => {
		const size = {columns: 100, rows: 30};
		const {ui} = renderHome(storeWith(45), size);
		let frame = await ui.waitFor(/of 45/);
		expectFits(ui, size);
		const shown = rowsShown(frame);
		expect(shown[0]).toBe(1);
		expect(frame).toContain(`1–${shown.length} of 45`);
		expect(frame).toContain('* default org');
		expect(frame).toContain('q quit');

		for (let n = 2; n <= shown.length + 3; n++) {
			await ui.press(keys.down);
			frame = await ui.waitFor(new RegExp(`❯ {3}org-${pad(n)} `));
			expectFits(ui, size);
		}
		// Scrolled by three: the selection is on the last row.
		expect(rowsShown(frame)).toEqual(shown.map(n => n + 3));
		expect(frame).toContain(`4–${shown.length + 3} of 45`);
	});

	it('shows "12–38 of 45" when org-38 is selected and 27 rows fit', async () => {
		const size = {columns: 100, rows: 37};
		const {ui} = renderHome(storeWith(45), size, {selected: 'org-38'});
		const frame = await ui.waitFor('12–38 of 45');
		expect(rowsShown(frame)).toEqual(Array.from({length: 27}, (_, i) => i + 12));
		expect(frame).toMatch(/❯ {3}org-38 /);
		expectFits(ui, size);
	});

	it('PgDn and PgUp move by a page, End and Home to the ends; ↑ from the top goes to the end', async () => {
		const size = {columns: 80, rows: 24};
		const {ui} = renderHome(storeWith(45), size);
		let frame = await ui.waitFor(/of 45/);
		const page = rowsShown(frame).length;
		await ui.press(moves.pageDown);
		frame = await ui.waitFor(new RegExp(`❯ {3}org-${pad(page)} `));
		expect(rowsShown(frame)[0]).toBe(1);
		await ui.press(moves.pageDown);
		frame = await ui.waitFor(new RegExp(`❯ {3}org-${pad(2 * page - 1)} `));
		expect(rowsShown(frame).at(-1)).toBe(2 * page - 1);
		await ui.press(moves.pageUp);
		frame = await ui.waitFor(new RegExp(`❯ {3}org-${pad(page)} `));
		expect(rowsShown(frame)[0]).toBe(page);
		await ui.press(moves.end);
		frame = await ui.waitFor(/❯ {3}org-45 /);
		expect(frame).toContain(`${46 - page}–45 of 45`);
		await ui.press(moves.home);
		frame = await ui.waitFor(/❯ \* org-01 /);
		expect(frame).toContain(`1–${page} of 45`);
		await ui.press(keys.up);
		frame = await ui.waitFor(/❯ {3}org-45 /);
		expectFits(ui, size);
	});

	it('several j in one chunk (fast typing) move as many rows', async () => {
		const {ui} = renderHome(storeWith(10), {columns: 80, rows: 24});
		await ui.waitFor('Saved orgs');
		await ui.paste('jjj', '❯   org-04');
	});

	it('the remove question, the rename prompt and a long notice push rows off, not the headings', async () => {
		const size = {columns: 60, rows: 20};
		const store = storeWith(30, {alias: n => (n === 30 ? 'a-rather-long-alias-for-the-last-org' : `org-${pad(n)}`)});
		const {ui} = renderHome(store, size, {selected: 'a-rather-long-alias-for-the-last-org'});
		await ui.waitFor(/❯ {3}a-rather/);
		expectFits(ui, size);
		await ui.press('x');
		let frame = await ui.waitFor('y/N');
		await ui.waitFor(/❯ {3}a-rather/);
		expectFits(ui, size);
		await ui.press(keys.escape);
		frame = await ui.waitFor('Kept "a-rather-long-alias-for-the-last-org"');
		expect(frame).toMatch(/❯ {3}a-rather/);
		expectFits(ui, size);
		await ui.press('n');
		await ui.waitFor('New alias for');
		await ui.waitFor(/❯ {3}a-rather/);
		expectFits(ui, size);
		await ui.press(keys.escape);
		await ui.waitFor('q quit');
		expectFits(ui, size);
	});

	it('a resize lays the list out again for the new size', async () => {
		const {ui} = renderHome(storeWith(45), {columns: 100, rows: 30});
		await ui.waitFor(/of 45/);
		await ui.resize(70, 15);
		await ui.waitFor(/1–\d of 45/);
		expectFits(ui, {columns: 70, rows: 15});
		await ui.resize(120, 50);
		// 50 rows less one, the title, the headings and the six rows under the list.
		await ui.waitFor('1–40 of 45');
		expectFits(ui, {columns: 120, rows: 50});
	});
});

describe('Home: the table in narrow and wide terminals', () => {
	const long = (n: number) => `jane.doe.number${n}@acmecorporation-international.example.com`;

	it('at 60 columns: headings whole on one row, no row past the edge, a refresh status inside it', async () => {
		const size = {columns: 60, rows: 24};
		const {ui} = renderHome(storeWith(3, {username: long}), size);
		let frame = await ui.waitFor('Saved orgs');
		const heading = frame.split('\n').find(line => line.includes('ALIAS'))!;
		// The verified column gave way; the kind (production or sandbox) stayed.
		expect(heading).toMatch(/^ {5}ALIAS\s+USERNAME\s+KIND\s+STATUS$/);
		expect(frame).not.toMatch(/^\s*E\s*$/m);
		expect(ui.widest()).toBeLessThanOrEqual(60);
		// The usernames are cut with …, never wrapped onto a second row.
		expect(frame).toMatch(/org-01\s+jane\.doe\.number1\S*…/);
		expect(frame.split('\n').filter(line => /org-0\d/.test(line))).toHaveLength(3);
		await ui.press('r');
		frame = await ui.waitFor('✔ ok');
		expect(frame.split('\n').find(line => line.includes('✔ ok'))).toMatch(/org-01 .*production\s+✔ ok$/);
		expect(ui.widest()).toBeLessThanOrEqual(60);
		expect(frame.split('\n').find(line => line.includes('ALIAS'))).toBe(heading);
	});

	it('at 200 columns: long usernames and aliases are shown whole', async () => {
		const size = {columns: 200, rows: 30};
		const store = storeWith(3, {username: long, alias: n => `jane.doe@acmecorporation.example.com-${n}`});
		const {ui} = renderHome(store, size);
		const frame = await ui.waitFor('Saved orgs');
		for (let n = 1; n <= 3; n++) expect(frame).toMatch(new RegExp(`jane\\.doe@acmecorporation\\.example\\.com-${n}\\s+${long(n).replaceAll('.', '\\.')}\\s+production`));
		expect(frame).not.toContain('…');
		expect(ui.widest()).toBeLessThanOrEqual(200);
		// The prose under the table stays at most 80 columns wide.
		const hints = frame.split('\n').filter(line => line.includes('select') || line.includes('quit'));
		for (const line of hints) expect(cellWidth(line)).toBeLessThanOrEqual(80);
	});

	it('the columns do not move when STATUS fills in', async () => {
		const {ui} = renderHome(storeWith(3), {columns: 80, rows: 24});
		const before = await ui.waitFor('Saved orgs');
		const at = (frame: string, word: string) => frame.split('\n').find(line => line.includes('ALIAS'))!.indexOf(word);
		await ui.press('r');
		const after = await ui.waitFor('✔ ok');
		for (const word of ['USERNAME', 'KIND', 'VERIFIED', 'STATUS']) expect(at(after, word)).toBe(at(before, word));
		const row = (frame: string) => frame.split('\n').find(line => line.includes('org-01'))!;
		// "333 days ago" became "just now": the column keeps its width all the same.
		expect(row(after).indexOf('just now')).toBe(at(before, 'VERIFIED'));
		expect(row(after).indexOf('✔ ok')).toBe(at(before, 'STATUS'));
	});
});

describe('Home: the filter', () => {
	it('/ filters by alias or username as it is typed; Enter keeps it, Esc clears it; Esc with no filter does nothing', async () => {
		const store = storeWith(45, {username: n => (n === 7 ? 'ops@acme.example.com' : `user${n}@example.com`)});
		const {ui, onQuit} = renderHome(store, {columns: 100, rows: 30});
		await ui.waitFor(/of 45/);
		await ui.press('/');
		await ui.waitFor('Enter keep the filter');
		await ui.type('org-4');
		let frame = await ui.waitFor('6 of 45 match "org-4"');
		expect(rowsShown(frame)).toEqual([40, 41, 42, 43, 44, 45]);
		expect(frame).toMatch(/❯ {3}org-40 /);
		// Only the matches count: the default org (org-01) is not among them.
		expect(frame).not.toContain('default org');
		await ui.press(keys.down);
		await ui.waitFor(/❯ {3}org-41 /);
		// Letters are the filter's while it is typed: q does not quit.
		await ui.type('q');
		frame = await ui.waitFor('No org matches "org-4q".');
		expect(rowsShown(frame)).toEqual([]);
		expect(onQuit).not.toHaveBeenCalled();
		await ui.press(keys.backspace);
		await ui.waitFor('6 of 45 match "org-4"');
		await ui.press(keys.enter);
		frame = await ui.waitFor('Esc clear the filter');
		expect(rowsShown(frame)).toEqual([40, 41, 42, 43, 44, 45]);
		expect(frame).toMatch(/❯ {3}org-41 /);

		// By username too, pasted in one chunk.
		await ui.press('/');
		await ui.waitFor('Enter keep the filter');
		for (let i = 0; i < 5; i++) await ui.press(keys.backspace);
		await ui.paste('ACME', '1 of 45 match "ACME"');
		expect(rowsShown(ui.frame())).toEqual([7]);
		await ui.press(keys.escape);
		frame = await ui.waitFor(/1–\d+ of 45/);
		expect(frame).not.toContain('match');
		expect(frame).toMatch(/❯ {3}org-07 /);

		await ui.press('/');
		await ui.type('org-1');
		await ui.press(keys.enter);
		await ui.waitFor('Esc clear the filter');
		await ui.press(keys.escape);
		await ui.waitForGone('match');
		await ui.press(keys.escape);
		expect(onQuit).not.toHaveBeenCalled();
		expect(ui.frame()).toContain('Saved orgs');
	});
});
