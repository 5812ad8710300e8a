import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {CallbackUrl} from '../../source/ui/steps/callback-url.js';
import {ConsumerKey} from '../../source/ui/steps/consumer-key.js';
import {ConsumerSecret} from '../../source/ui/steps/consumer-secret.js';
import {keys, renderUi, VALID_KEY} from './helpers.js';

afterEach(cleanup);

const header = {step: 1, total: 7};

describe('ConsumerKey', () => {
	it('refuses an empty key, with the reason under the input', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<ConsumerKey value="" header={header} onSubmit={onSubmit} onBack={() => {}} />);
		const first = await ui.waitFor('Paste the app\'s Consumer Key');
		expect(first).toContain('step 1 of 7');
		expect(first).not.toContain('✖');
		await ui.press(keys.enter);
		await ui.waitFor('✖ Enter the Consumer Key.');
		expect(onSubmit).not.toHaveBeenCalled();
	});

	it('checks as it is typed: spaces block, an unusual key only warns', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<ConsumerKey value="" header={header} onSubmit={onSubmit} onBack={() => {}} />);
		await ui.waitFor('❯');
		await ui.type('ab c');
		await ui.waitFor('✖ A Consumer Key has no spaces');
		await ui.press(keys.enter);
		expect(onSubmit).not.toHaveBeenCalled();
		await ui.press(keys.backspace);
		await ui.press(keys.backspace);
		await ui.waitFor('⚠ This does not look like a Salesforce Consumer Key');
		await ui.press(keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('ab');
	});

	it('takes a real-looking key without comment', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<ConsumerKey value={VALID_KEY} header={header} onSubmit={onSubmit} onBack={() => {}} />);
		const frame = await ui.waitFor('3MVG9');
		expect(frame).not.toContain('⚠');
		expect(frame).not.toContain('✖');
		await ui.press(keys.enter);
		expect(onSubmit).toHaveBeenCalledWith(VALID_KEY);
	});

	it('goes back with Esc', async () => {
		const onBack = vi.fn();
		const ui = renderUi(<ConsumerKey value="" header={header} onSubmit={() => {}} onBack={onBack} />);
		await ui.waitFor('❯');
		await ui.press(keys.escape);
		await vi.waitFor(() => expect(onBack).toHaveBeenCalledOnce());
	});

	it('shows the demo key to type or accept', async () => {
		const ui = renderUi(<ConsumerKey value={VALID_KEY} demoKey={VALID_KEY} header={header} onSubmit={() => {}} onBack={() => {}} />);
		const shown = await ui.waitFor('Demo key (already filled in):');
		expect(shown.split('\n').map(line => line.trim())).toContain(VALID_KEY);
	});
});

describe('ConsumerSecret', () => {
	it('never shows the secret, only its length', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<ConsumerSecret value="" header={header} onSubmit={onSubmit} onBack={() => {}} />);
		await ui.waitFor('No secret: sfrt will not send one.');
		await ui.type('hunter2');
		const frame = await ui.waitFor('7 characters, hidden.');
		expect(frame).toContain('•••••••');
		expect(frame).not.toContain('hunter2');
		expect(ui.written()).not.toContain('hunter2');
		await ui.press(keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('hunter2');
	});

	it('may be left empty', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<ConsumerSecret value="" header={header} onSubmit={onSubmit} onBack={() => {}} />);
		await ui.waitFor('❯');
		await ui.press(keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('');
	});

	it('goes back with Esc, and keeps what was typed when it comes back', async () => {
		const onBack = vi.fn();
		const ui = renderUi(<ConsumerSecret value="kept" header={header} onSubmit={() => {}} onBack={onBack} />);
		await ui.waitFor('4 characters, hidden.');
		await ui.press(keys.escape);
		await vi.waitFor(() => expect(onBack).toHaveBeenCalledOnce());
	});
});

describe('CallbackUrl', () => {
	it('shows the default and that it must match the app exactly', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<CallbackUrl value="http://localhost:1717/OauthRedirect" header={header} onSubmit={onSubmit} onBack={() => {}} />);
		const frame = await ui.waitFor('must match your app\'s Callback URL exactly');
		expect(frame).toContain('http://localhost:1717/OauthRedirect');
		await ui.press(keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('http://localhost:1717/OauthRedirect');
	});

	it('shows parseRedirectUri\'s message and fix inline, and blocks Enter', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<CallbackUrl value="" header={header} onSubmit={onSubmit} onBack={() => {}} />);
		await ui.waitFor('❯');
		await ui.paste('http://example.com:80/cb');
		const frame = await ui.waitFor(/its host must be localhost, 127\.0\.0\.1\s+or \[::1\]/);
		expect(frame).toMatch(/Fix: Use an http:\/\/ URL on\s+localhost/);
		await ui.press(keys.enter);
		expect(onSubmit).not.toHaveBeenCalled();
	});

	it('goes back with Esc', async () => {
		const onBack = vi.fn();
		const ui = renderUi(<CallbackUrl value="" header={header} onSubmit={() => {}} onBack={onBack} />);
		await ui.waitFor('❯');
		await ui.press(keys.escape);
		await vi.waitFor(() => expect(onBack).toHaveBeenCalledOnce());
	});
});
