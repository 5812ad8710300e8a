/**
 * The Welcome screen drawn before Ink loads (first-frame.ts) must be the one Ink then draws over
 * it, line for line, or the screen would jump: both are compared here, in each language.
 */
import {afterAll, describe, expect, it, vi} from 'vitest';
import {colours} from '../../source/cli/format.js';
import {locales, setLocale} from '../../source/i18n/index.js';
import {firstFrame} from '../../source/ui/first-frame.js';
import {Welcome} from '../../source/ui/steps/welcome.js';
import {VALID_KEY} from './helpers.js';
import {renderSized} from './sized.js';

afterAll(() => setLocale('en'));

/** The colours of a terminal that has them, and of one that has none. */
const coloured = colours({isTTY: true} as NodeJS.WriteStream, {});
const plain = colours({isTTY: false} as NodeJS.WriteStream, {});
const options = {mode: 'login' as const, input: {}, hasSavedOrgs: () => false, remote: false, paint: plain};

describe.each(locales)('the first frame (%s)', locale => {
	it.each([[80, 30], [100, 30], [60, 30]])('at %i×%i is what Ink draws', async (columns, rows) => {
		setLocale(locale);
		const lines = await firstFrame({...options, columns, rows});
		expect(lines).toBeDefined();
		const ui = renderSized(<Welcome onChoose={vi.fn()} />, {columns: Math.min(columns, 80), rows});
		await ui.waitFor(/Ctrl\+C/);
		// Japanese is broken into lines once its width is known: the frame after that.
		await ui.settled();
		expect(lines!.map(line => line.trimEnd())).toEqual(ui.lines().map(line => line.trimEnd()));
		ui.unmount();
	});
});

describe('when there is no first frame', () => {
	it('is only for the Welcome screen, on a terminal tall enough for it', async () => {
		const size = {columns: 80, rows: 30};
		expect(await firstFrame({...options, ...size, mode: 'home', hasSavedOrgs: () => true})).toBeUndefined();
		expect(await firstFrame({...options, ...size, mode: 'home', hasSavedOrgs: () => false})).toBeDefined();
		expect(await firstFrame({...options, ...size, input: {clientId: VALID_KEY}})).toBeUndefined();
		expect(await firstFrame({...options, ...size, mode: 'demo'})).toBeUndefined();
		expect(await firstFrame({...options, columns: 80, rows: 10})).toBeUndefined();
	});

	it('colours as the wizard does, and not at all without colour', async () => {
		const inColour = await firstFrame({...options, columns: 80, rows: 30, paint: coloured});
		expect(inColour!.join('\n')).toContain('\u001B[36m❯ ');
		const withoutColour = await firstFrame({...options, columns: 80, rows: 30});
		expect(withoutColour!.join('\n')).not.toContain('\u001B[');
	});
});
