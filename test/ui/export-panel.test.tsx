import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {exportOrg} from '../../source/orgs/export.js';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
import {ExportPanel} from '../../source/ui/home/export-panel.js';
import {keys, loginResult, loginSettings, renderUi} from './helpers.js';

afterEach(cleanup);

const org = savedOrgFromLogin(loginResult(), loginSettings(), 'acme');

describe('ExportPanel', () => {
	it.each([
		// Its refresh token line is wider than the 100-column test terminal: printed whole above the frame.
		['printed above the frame', org],
		['in the frame', {...org, refreshToken: '5Aep861short'}],
	])('shows the JSON export with its indentation (%s), line for line as `sfrt export --format json` prints it', async (_where, org) => {
		const ui = renderUi(<ExportPanel org={org} onBack={() => {}} />);
		await ui.waitFor('❯ env');
		await ui.press(keys.down);
		await ui.press(keys.down);
		await ui.waitFor('❯ json');
		await ui.press(keys.enter);
		await ui.waitFor('Show it on screen');
		await ui.press(keys.down);
		await ui.waitFor('❯ Show it on screen');
		await ui.press(keys.enter);
		const frame = await ui.waitFor('"alias"');
		const expected = exportOrg(org, 'json').trimEnd().split('\n');
		expect(expected[1]).toMatch(/^ {2}"alias": "acme",$/);
		// The frame adds the wizard's one-column padding in front of every line, and nothing else.
		const shown = frame.split('\n');
		const start = shown.findIndex(line => line.trimStart() === '{');
		expect(start).toBeGreaterThanOrEqual(0);
		const indent = shown[start]!.indexOf('{');
		expect(shown.slice(start, start + expected.length).map(line => line.slice(indent).trimEnd())).toEqual(expected);
	});
});
