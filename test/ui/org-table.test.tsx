import {Box} from 'ink';
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it} from 'vitest';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
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
		// 28 characters of alias at 80 columns: more than the 16 of before.
		for (const alias of shown) expect(alias.length).toBeGreaterThan(16);
		expect(shown.every(alias => alias.length <= 28)).toBe(true);
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

	it('keeps what differs in the middle of look-alikes', () => {
		const shown = fitAliases(['ops@acme-prod.example.com', 'ops@acme-uat1.example.com'], 16);
		expect(new Set(shown).size).toBe(2);
		for (const alias of shown) expect(alias.length).toBeLessThanOrEqual(16);
	});
});
