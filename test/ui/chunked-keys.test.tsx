import {setTimeout as sleep} from 'node:timers/promises';
import {useState} from 'react';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {Select} from '../../source/ui/components/select.js';
import {TextPrompt} from '../../source/ui/components/text-prompt.js';
import {CallbackUrl} from '../../source/ui/steps/callback-url.js';
import {keys, renderUi} from './helpers.js';

afterEach(cleanup);

/**
 * Keys that arrive in one read (fast typing over SSH, a held Backspace, a paste ending in Enter)
 * reach the app as one chunk: every key of it must count (ink-notes item 12).
 */
function Prompt({initial, onSubmit}: {initial: string; onSubmit: (value: string) => void}) {
	const [value, setValue] = useState(initial);
	return <TextPrompt value={value} onChange={setValue} onSubmit={onSubmit} />;
}

describe('keys that arrive together', () => {
	it('five Backspaces in one chunk delete five characters', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<Prompt initial="abcdefgh" onSubmit={onSubmit} />);
		await ui.waitFor('abcdefgh');
		await ui.paste(keys.backspace.repeat(5), '❯ abc');
		await sleep(50);
		expect(ui.frame()).toMatch(/❯ abc\s*$/m);
		await ui.press(keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('abc');
	});

	it('text and Enter in one chunk: the text is typed, then submitted', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<Prompt initial="" onSubmit={onSubmit} />);
		await ui.waitFor('❯');
		ui.paste('alias-1\r', 'alias-1').catch(() => {});
		await vi.waitFor(() => expect(onSubmit).toHaveBeenCalledWith('alias-1'));
		expect(ui.frame()).not.toContain('\r');
	});

	it('Backspaces then text in one chunk: both count, in order', async () => {
		const ui = renderUi(<Prompt initial="http://localhost:1717/OauthRedirect" onSubmit={() => {}} />);
		await ui.waitFor('OauthRedirect');
		await ui.paste(`${keys.backspace.repeat(13)}cb`, 'localhost:1717/cb');
		expect(ui.frame()).not.toContain('Oauth');
	});

	it('a step\'s input: Backspace held over the Callback URL clears as many characters as sent', async () => {
		const ui = renderUi(<CallbackUrl value="http://localhost:1717/OauthRedirect" header={{}} onSubmit={() => {}} onBack={() => {}} />);
		await ui.waitFor('OauthRedirect');
		await ui.paste(keys.backspace.repeat(14), '1717');
		await sleep(50);
		expect(ui.frame()).toMatch(/❯ http:\/\/localhost:1717\s/);
	});

	it('a menu: "jj" then Enter in one chunk moves twice and picks the third choice', async () => {
		const onSelect = vi.fn();
		const ui = renderUi(<Select choices={[{label: 'one', value: 1}, {label: 'two', value: 2}, {label: 'three', value: 3}]} onSelect={onSelect} />);
		await ui.waitFor('❯ one');
		ui.paste('jj\r', '❯ three').catch(() => {});
		await vi.waitFor(() => expect(onSelect).toHaveBeenCalledWith(3));
		expect(onSelect).toHaveBeenCalledTimes(1);
	});

	it('a menu: ↓↓ and Enter in one chunk pick the third choice, not the first', async () => {
		const onSelect = vi.fn();
		const ui = renderUi(<Select choices={[{label: 'one', value: 1}, {label: 'two', value: 2}, {label: 'three', value: 3}]} onSelect={onSelect} />);
		await ui.waitFor('❯ one');
		ui.paste(`${keys.down}${keys.down}${keys.enter}`, '❯ three').catch(() => {});
		await vi.waitFor(() => expect(onSelect).toHaveBeenCalledWith(3));
	});
});
