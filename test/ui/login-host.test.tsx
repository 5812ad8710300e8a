import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {LoginHost} from '../../source/ui/steps/login-host.js';
import {keys, renderUi} from './helpers.js';

afterEach(cleanup);

const header = {step: 3, total: 7};

describe('LoginHost', () => {
	it('offers production, sandbox and My Domain', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<LoginHost value="" header={header} onSubmit={onSubmit} onBack={() => {}} />);
		const frame = await ui.waitFor('Where does the user log in?');
		expect(frame).toContain('❯ Production or Developer Edition  login.salesforce.com');
		expect(frame).toContain('Sandbox  test.salesforce.com');
		expect(frame).toContain('My Domain URL');
		await ui.press(keys.enter);
		expect(onSubmit).toHaveBeenLastCalledWith('login');
		await ui.press(keys.down);
		await ui.waitFor('❯ Sandbox');
		await ui.press(keys.enter);
		expect(onSubmit).toHaveBeenLastCalledWith('test');
	});

	it('checks a My Domain URL on the spot, with resolveLoginHost\'s message and fix', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<LoginHost value="" header={header} onSubmit={onSubmit} onBack={() => {}} />);
		await ui.waitFor('Where does the user log in?');
		await ui.press(keys.up);
		await ui.waitFor('❯ My Domain URL');
		await ui.press(keys.enter);
		await ui.waitFor('Your My Domain URL');
		await ui.paste('acme.lightning.force.com');
		const frame = await ui.waitFor('acme.lightning.force.com is a Lightning Experience address');
		expect(frame).toContain('Fix: Use your My Domain URL instead: https://acme.my.salesforce.com');
		await ui.press(keys.enter);
		expect(onSubmit).not.toHaveBeenCalled();
	});

	it('takes a valid My Domain URL and says where it logs in', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<LoginHost value="https://acme.my.salesforce.com/" header={header} onSubmit={onSubmit} onBack={() => {}} />);
		await ui.waitFor('❯ My Domain URL');
		await ui.press(keys.enter);
		await ui.waitFor('Logs in at https://acme.my.salesforce.com · My Domain');
		await ui.press(keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('https://acme.my.salesforce.com');
	});

	it('Esc leaves the URL for the choices, and the choices for the step before', async () => {
		const onBack = vi.fn();
		const ui = renderUi(<LoginHost value="" header={header} onSubmit={() => {}} onBack={onBack} />);
		await ui.waitFor('Where does the user log in?');
		await ui.press(keys.up);
		await ui.press(keys.enter);
		await ui.waitFor('Your My Domain URL');
		await ui.press(keys.escape);
		await ui.waitForGone('Your My Domain URL');
		expect(onBack).not.toHaveBeenCalled();
		await ui.press(keys.escape);
		await vi.waitFor(() => expect(onBack).toHaveBeenCalledOnce());
	});

	it('offers the emulator in the demo', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<LoginHost value="http://127.0.0.1:4000" emulatorUrl="http://127.0.0.1:4000" header={header} onSubmit={onSubmit} onBack={() => {}} />);
		await ui.waitFor('❯ The built-in emulator  http://127.0.0.1:4000');
		await ui.press(keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('http://127.0.0.1:4000');
	});

	it('a value that fails its check (a flag) opens ready to fix, its problem and fix shown at once', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<LoginHost value="acme.lightning.force.com" header={header} onSubmit={onSubmit} onBack={() => {}} />);
		const frame = await ui.waitFor('Your My Domain URL');
		expect(frame).toContain('❯ My Domain URL');
		expect(frame).toContain('❯ acme.lightning.force.com');
		expect(frame).toContain('✖ acme.lightning.force.com is a Lightning Experience address');
		expect(frame).toContain('Fix: Use your My Domain URL instead: https://acme.my.salesforce.com');
		await ui.press(keys.enter);
		expect(onSubmit).not.toHaveBeenCalled();
		await ui.press(keys.escape);
		await ui.waitForGone('Your My Domain URL');
		await ui.press(keys.down);
		await ui.waitFor('❯ Production');
		await ui.press(keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('login');
	});

	it('a valid value opens on its choice, asking nothing yet', async () => {
		const ui = renderUi(<LoginHost value="https://acme.my.salesforce.com" header={header} onSubmit={() => {}} onBack={() => {}} />);
		const frame = await ui.waitFor('❯ My Domain URL');
		expect(frame).not.toContain('Your My Domain URL');
	});
});
