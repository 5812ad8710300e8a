/**
 * The wizard's screens in Japanese on an 80-column terminal: wide characters take two cells each,
 * and every screen and table still fits. Each error the wizard can show is drawn whole (with
 * sample values the length of real ones), and no line starts with a closing mark.
 */
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {cliErrors} from '../../source/cli/messages.js';
import {setLocale} from '../../source/i18n/index.js';
import {oauthErrors} from '../../source/oauth/messages.js';
import {orgsErrors} from '../../source/orgs/messages.js';
import {storeErrors} from '../../source/store/messages.js';
import {fillTemplate, type ErrorText} from '../../source/errors.js';
import {cellWidth} from '../../source/present/cells.js';
import {hasWideCharacters} from '../../source/present/line-break.js';
import {ErrorView} from '../../source/ui/components/error-view.js';
import {Keys} from '../../source/ui/components/keys.js';
import {common} from '../../source/ui/messages.js';
import {Home} from '../../source/ui/home.js';
import {fakeTokenClient, keys, storeWith} from './helpers.js';
import {renderSized} from './sized.js';

beforeAll(() => setLocale('ja'));
afterAll(() => setLocale('en'));

/** A value as long as real ones get: a My Domain URL. */
const sample = new Proxy({}, {has: () => true, get: () => 'https://acme-corporation.my.salesforce.com'}) as Record<string, string>;
const closingMarkFirst = /^\s*[、。）」』】ー]/u;

describe('Japanese at 80 columns', () => {
	it('the saved orgs: the table fits, with Japanese headings, and so do an org\'s details', async () => {
		const size = {columns: 80, rows: 24};
		const store = storeWith(30, {username: n => `integration.user${n}@acme-corporation.example.com`, alias: n => `acme-uat-${n}`});
		const ui = renderSized(<Home store={() => store} client={fakeTokenClient()} onAdd={vi.fn()} onQuit={vi.fn()} />, size);
		const frame = await ui.waitFor(/acme-uat-1 /);
		expect(frame).toContain('保存済みの組織');
		expect(frame).toMatch(/エイリアス\s+ユーザー名/);
		expect(ui.widest(), ui.frame()).toBeLessThanOrEqual(80);
		expect(ui.lines().length).toBeLessThan(size.rows);
		ui.press(keys.enter);
		await ui.waitFor(/組織 acme-uat-1/);
		// The Consumer Key, too wide for the frame, is printed whole above it on purpose (to copy it).
		const frameLines = ui.lines().filter(line => !line.includes('3MVG9'));
		expect(Math.max(...frameLines.map(cellWidth)), ui.frame()).toBeLessThanOrEqual(80);
		expect(ui.lines().length).toBeLessThan(size.rows);
		ui.unmount();
	});

	it('key hints wrap between hints, never inside one', async () => {
		const line = common.keyLine(common.keys.choose, common.keys.enterContinue, common.keys.escBack, common.keys.ctrlC);
		const ui = renderSized(<Keys>{line}</Keys>, {columns: 30, rows: 10});
		await ui.waitFor(/Ctrl\+C/);
		await ui.settled();
		const shown = ui.lines().map(row => row.trim()).filter(Boolean);
		expect(shown.length).toBeGreaterThan(1);
		for (const hint of [common.keys.choose, common.keys.enterContinue, common.keys.escBack, common.keys.ctrlC]) {
			expect(shown.some(row => row.includes(hint)), hint).toBe(true);
		}
	});

	// Read in the test: the catalogs follow setLocale.
	const catalogs: Array<[string, () => Record<string, ErrorText>]> = [['oauth', () => oauthErrors], ['orgs', () => orgsErrors], ['store', () => storeErrors], ['cli', () => cliErrors]];
	it.each(catalogs)('every %s error, as the wizard shows it, fits and breaks lines the Japanese way', async (_, catalog) => {
		for (const [code, entry] of Object.entries(catalog())) {
			for (const text of [entry, ...Object.values(entry.variants ?? {})]) {
				const error = {code, message: fillTemplate(text.message ?? entry.message, sample), hint: fillTemplate(text.hint ?? entry.hint, sample)};
				const ui = renderSized(<ErrorView error={error} />, {columns: 80, rows: 40});
				await ui.waitFor(new RegExp(`\\(${code}\\)`));
				// Drawn again once the width is known: wait for that frame.
				await ui.settled();
				expect(ui.widest(), code).toBeLessThanOrEqual(80);
				const lines = ui.lines();
				for (const [i, line] of lines.entries()) {
					expect(line, `${code}: ${line}`).not.toMatch(closingMarkFirst);
					// A line followed by one starting with a Japanese character is full: what starts
					// the next line (that character, with the word an opening bracket holds on to)
					// did not fit on it, give or take the couple of characters kinsoku moves down.
					const next = lines[i + 1] ?? '';
					const indent = (text: string) => text.length - text.trimStart().length;
					if (line.trim() === '' || indent(next) !== indent(line) || !hasWideCharacters(next.trimStart().slice(0, 1))) continue;
					const unit = /^[（「『【〔［]*(?:[\x21-\x7E]+|.)/u.exec(next.trimStart())![0];
					expect(cellWidth(line.trimEnd()) + cellWidth(unit) + 4, `${code}:\n${line}\n${next}`).toBeGreaterThan(79);
				}
				ui.unmount();
			}
		}
	});
});
