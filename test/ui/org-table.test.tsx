import {Box} from 'ink';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
import {layoutColumns, rowWidth} from '../../source/ui/home/columns.js';
import {fitAliases, OrgTable} from '../../source/ui/home/org-table.js';
import type {RowStatus} from '../../source/ui/home/types.js';
import {identity, loginResult, loginSettings, renderUi} from './helpers.js';

afterEach(cleanup);

/** A saved org of its own user (so that none replaces another), verified just now. */
function org(alias: string, n: number, username = `${alias.split('@')[0]}@acmecorporation-international.example.com`) {
	const login = loginResult({identity: {...identity, username, userId: `005000000000${String(n).padStart(3, '0')}AAA`}});
	return {...savedOrgFromLogin(login, loginSettings(), alias), lastVerifiedAt: new Date().toISOString()};
}

function renderTable(orgs: ReturnType<typeof org>[], columns = 80, statuses: Record<string, RowStatus> = {}) {
	return renderUi(
		<Box flexDirection="column" width={columns} paddingX={1}>
			<OrgTable orgs={orgs} defaultAlias={orgs[0]?.alias} selected={0} statuses={statuses} now={Date.now()} width={columns - 2} />
		</Box>,
	);
}

describe('OrgTable: aliases', () => {
	it('gives long aliases room before the username, and keeps three similar ones apart at 80 columns', async () => {
		const base = 'jane.doe@acmecorporation.example.com';
		const aliases = [base, `${base}-2`, `${base}-3`];
		const ui = renderTable(aliases.map((alias, i) => org(alias, i + 1, 'jane.doe@acmecorporation.example.com')));
		const frame = await ui.waitFor('ALIAS');
		const rows = frame.split('\n').filter(line => line.includes('jane.doe@'));
		expect(rows).toHaveLength(3);
		const shown = rows.map(line => line.slice(4).trim().split(/\s{2,}/)[0]!);
		expect(new Set(shown).size).toBe(3);
		expect(shown[1]).toMatch(/…-2$/);
		expect(shown[2]).toMatch(/…-3$/);
		// At 80 columns the alias keeps more room than the username (it is what a person types).
		for (const alias of shown) expect(alias.length).toBeGreaterThan(16);
		for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
		// The username gave way, cut at its end.
		expect(rows[0]).toMatch(/jane\.doe@a\S*…/);
	});

	it('shows aliases up to 28 characters whole', async () => {
		const ui = renderTable([org('jane.doe@acmecorp.com', 1), org('jane.doe@acmecorp.com-2', 2), org('uat', 3)]);
		const frame = await ui.waitFor('ALIAS');
		expect(frame).toMatch(/ ❯ \* jane\.doe@acmecorp\.com {2,}/);
		expect(frame).toMatch(/ {5}jane\.doe@acmecorp\.com-2 {2,}/);
		expect(frame).toMatch(/ {5}uat {2,}/);
	});
});

describe('fitAliases', () => {
	it('leaves short aliases alone and cuts a lone long one at its end', () => {
		expect(fitAliases(['prod', 'a-very-long-alias-indeed'], 10)).toEqual(['prod', 'a-very-lo…']);
	});

	it('cuts look-alikes in the middle, keeping the end that tells them apart', () => {
		expect(fitAliases(['jane.doe@acme.example.com', 'jane.doe@acme.example.com-2', 'jane.doe@acme.example.com-3'], 12)).toEqual([
			'jane.do….com',
			'jane.doe@…-2',
			'jane.doe@…-3',
		]);
	});

	it('cuts in the middle an alias whose cut start is another alias whole', () => {
		const [whole, other] = fitAliases(['jane.doe@acmecorp.com', 'jane.doe@acmecorp.com-2'], 21);
		expect(whole).toBe('jane.doe@acmecorp.com');
		expect(other).toMatch(/^jane\.doe@acme\S*…-2$/);
		expect(other).toHaveLength(21);
	});

	it('keeps what differs in the middle of look-alikes', () => {
		const shown = fitAliases(['ops@acme-prod.example.com', 'ops@acme-uat1.example.com'], 16);
		expect(new Set(shown).size).toBe(2);
		for (const alias of shown) expect(alias.length).toBeLessThanOrEqual(16);
	});
});

describe('layoutColumns', () => {
	const headings = {alias: 5, username: 8, kind: 4, verified: 8, status: 6};
	const natural = {alias: 23, username: 44, kind: 14, verified: 10, status: 13};

	it('one very long alias is cut before it squeezes every username', () => {
		const long = {alias: 81, username: 20, kind: 14, verified: 10, status: 13};
		const widths = layoutColumns(120, long, headings);
		expect(widths.username).toBe(20);
		expect(widths.alias).toBeGreaterThanOrEqual(28);
		expect(rowWidth(widths)).toBeLessThanOrEqual(120);
	});

	it('gives every column its widest value when the terminal has room', () => {
		expect(layoutColumns(200, natural, headings)).toEqual(natural);
	});

	it('cuts the kind, then the username, then the alias; then leaves out verified, then kind', () => {
		expect(layoutColumns(110, natural, headings)).toEqual({...natural, kind: 10, username: 42});
		expect(layoutColumns(90, natural, headings)).toEqual({...natural, kind: 10, username: 22});
		// An alias up to 28 cells stays whole; the verified column goes first.
		expect(layoutColumns(78, natural, headings)).toEqual({alias: 23, username: 22, kind: 10, verified: 0, status: 13});
		expect(layoutColumns(58, natural, headings)).toEqual({alias: 23, username: 14, kind: 0, verified: 0, status: 13});
		expect(layoutColumns(46, natural, headings)).toEqual({alias: 13, username: 12, kind: 0, verified: 0, status: 13});
	});

	it('never cuts a heading: below that the status column goes too', () => {
		const tiny = layoutColumns(30, natural, headings);
		expect(tiny).toEqual({alias: 16, username: 8, kind: 0, verified: 0, status: 0});
		for (const column of ['alias', 'username'] as const) expect(tiny[column]).toBeGreaterThanOrEqual(headings[column]);
		expect(rowWidth(tiny)).toBeLessThanOrEqual(30);
	});
});
