import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {Welcome} from '../../source/ui/steps/welcome.js';
import {SetupGuide} from '../../source/ui/steps/setup-guide.js';
import {keys, renderUi} from './helpers.js';

afterEach(cleanup);

describe('Welcome', () => {
	it('says what sfrt does and asks whether the user has an app', async () => {
		const ui = renderUi(<Welcome onChoose={() => {}} />);
		const frame = await ui.waitFor('Welcome to sfrt');
		expect(frame).toContain('click Allow');
		expect(frame).toContain('Do you have a Consumer Key and Secret');
		expect(frame).toContain('❯ Yes, I have them');
	});

	it('leads to the setup guide, or on, or out', async () => {
		const onChoose = vi.fn();
		const ui = renderUi(<Welcome onChoose={onChoose} />);
		await ui.waitFor('Yes, I have them');
		await ui.press(keys.down);
		await ui.waitFor('❯ No, show me how');
		await ui.press(keys.enter);
		expect(onChoose).toHaveBeenLastCalledWith('guide');
		await ui.press(keys.down);
		await ui.waitFor('❯ Quit');
		await ui.press(keys.enter);
		expect(onChoose).toHaveBeenLastCalledWith('quit');
		await ui.press(keys.down);
		await ui.waitFor('❯ Yes');
		await ui.press(keys.enter);
		expect(onChoose).toHaveBeenLastCalledWith('ready');
	});

	it('goes back with Esc only when there is somewhere to go', async () => {
		const onBack = vi.fn();
		const ui = renderUi(<Welcome onChoose={() => {}} onBack={onBack} />);
		await ui.waitFor('Esc back');
		await ui.press(keys.escape);
		await vi.waitFor(() => expect(onBack).toHaveBeenCalledOnce());
	});

	it('explains the demo', async () => {
		const ui = renderUi(<Welcome demo onChoose={() => {}} />);
		const frame = await ui.waitFor('Start the demo');
		expect(frame).toContain('demo · local emulator');
		expect(frame).toContain('Nothing reaches Salesforce');
	});
});

describe('SetupGuide', () => {
	it('shows the External Client App steps with the exact callback URL and scopes', async () => {
		const ui = renderUi(<SetupGuide redirectUri="http://localhost:8123/callback" onDone={() => {}} onBack={() => {}} />);
		const frame = await ui.waitFor('Create an External Client App');
		expect(frame).toContain('New External Client App');
		expect(frame).toContain('http://localhost:8123/callback');
		expect(frame).toContain('Manage user data via APIs (api)');
		expect(frame).toMatch(/Perform requests at any time\s+\(refresh_token,\s+offline_access\)/);
		// Up front: whose users an External Client App logs in, and that an admin may have to act.
		expect(frame).toMatch(/logs in only users of the org it was created in/);
		expect(frame).toMatch(/An admin may need to install\s+or\s+approve\s+the\s+app/);
		for (let i = 0; i < 7; i++) await ui.press(keys.down);
		expect(await ui.waitFor('2 to 10 minutes')).toMatch(/Enable for Device Flow|steps \d–7 of 7/);
	});

	it('continues with Enter and goes back with Esc', async () => {
		const onDone = vi.fn();
		const onBack = vi.fn();
		const ui = renderUi(<SetupGuide redirectUri="http://localhost:1717/OauthRedirect" onDone={onDone} onBack={onBack} />);
		await ui.waitFor('Enter I have the Consumer Key');
		await ui.press(keys.escape);
		await vi.waitFor(() => expect(onBack).toHaveBeenCalledOnce());
		await ui.press(keys.enter);
		expect(onDone).toHaveBeenCalledOnce();
	});
});
