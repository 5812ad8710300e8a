/**
 * The wizard's ways to log in when the browser can't come back: the "How to log in" step (paste
 * first on a remote machine), the device flow's screen, the error-page picker, and the advice
 * when no browser starts here.
 */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {LoginMethodStep} from '../../source/ui/steps/login-method.js';
import {clipboardSequence} from '../../source/ui/terminal.js';
import type {TokenClient} from '../../source/oauth/token-client.js';
import {parseRedirectUri} from '../../source/oauth/redirect-uri.js';
import {allFlags, fakeTokenClient, keys, loginSettings, renderLoginStep, renderUi, renderWizard, tokenSet} from './helpers.js';

afterEach(cleanup);

const setup = renderLoginStep;

/** A token client that also speaks the device flow: pending until approve() is called, then the tokens. */
function deviceClient(approved = false) {
	type Mocked = TokenClient & {[K in keyof TokenClient]: TokenClient[K] & ReturnType<typeof vi.fn>};
	const client = fakeTokenClient() as unknown as Mocked & {approve(): void};
	client.approve = () => {
		approved = true;
	};
	client.requestDeviceCode = vi.fn(async () => ({deviceCode: 'dc-secret', userCode: 'AB12CD34', verificationUri: 'https://login.salesforce.com/setup/connect', intervalMs: 20}));
	client.pollDevice = vi.fn(async () => {
		if (!approved) {
			const {oauthError} = await import('../../source/oauth/oauth-error.js');
			throw oauthError('authorization-pending');
		}
		return tokenSet();
	});
	return client;
}

describe('How to log in', () => {
	it('on a remote machine: paste first, why, and the port forward with the real port', async () => {
		const onSubmit = vi.fn();
		const ui = renderUi(<LoginMethodStep value="paste" remote="ssh" redirectUri={{hostname: 'localhost', port: 1818}} header={{step: 4, total: 8}} onSubmit={onSubmit} onBack={() => {}} />);
		const frame = await ui.waitFor('How will you log in?');
		expect(frame).toContain('This looks like a remote machine (connected over SSH)');
		expect(frame).toContain('ssh -L 1818:localhost:1818 <host>');
		expect(frame.indexOf('With a browser anywhere')).toBeLessThan(frame.indexOf('With a browser on this machine'));
		expect(frame).toContain('❯ With a browser anywhere, then paste the address');
		await ui.press(keys.enter);
		expect(onSubmit).toHaveBeenCalledWith('paste');
	});

	it('on a desktop: the browser here first, no remote advice', async () => {
		const ui = renderUi(<LoginMethodStep value="browser" redirectUri={{hostname: 'localhost', port: 1717}} header={{step: 4, total: 8}} onSubmit={() => {}} onBack={() => {}} />);
		const frame = await ui.waitFor('How will you log in?');
		expect(frame).toContain('❯ With a browser on this machine');
		expect(frame).not.toContain('remote machine');
	});

	it('the wizard skips the Callback URL for the device flow, and counts without it', async () => {
		const client = deviceClient(true);
		const {ui} = renderWizard({input: {clientId: allFlags.clientId, clientSecret: 'shh', domain: 'test'}}, {tokenClient: client});
		await ui.waitFor('step 1 of 5 · How to log in');
		await ui.press(keys.down);
		await ui.press(keys.down);
		await ui.waitFor('❯ With a code on another device');
		await ui.press(keys.enter);
		const result = await ui.waitFor('Your refresh token');
		expect(result).toContain('step 4 of 4');
		expect(client.requestDeviceCode).toHaveBeenCalledWith(expect.objectContaining({loginUrl: 'https://test.salesforce.com', clientId: allFlags.clientId}));
	});
});

describe('the device flow in the wizard', () => {
	it('shows the page and the code, copies the code (OSC 52), opens the page with o, and checks the login once approved', async () => {
		const client = deviceClient();
		const onDone = vi.fn();
		const {ui, fakes} = setup({method: 'device', onDone}, {tokenClient: client});
		const frame = await ui.waitFor('AB12CD34');
		expect(frame).toContain('https://login.salesforce.com/setup/connect');
		expect(frame).toContain('Sent the code to the clipboard (OSC 52).');
		expect(ui.written()).toContain(clipboardSequence('AB12CD34'));
		// No browser opened by itself: the device flow is for another device.
		expect(fakes.services.openBrowser).not.toHaveBeenCalled();
		expect(fakes.services.checkAuthorizeUrl).not.toHaveBeenCalled();
		expect(fakes.services.startCatcher).not.toHaveBeenCalled();
		await ui.press('o');
		await vi.waitFor(() => expect(fakes.services.openBrowser).toHaveBeenCalledWith('https://login.salesforce.com/setup/connect'));
		await ui.waitFor('Opened your browser with test-browser.');
		await vi.waitFor(() => expect(client.pollDevice.mock.calls.length).toBeGreaterThan(1));
		expect(onDone).not.toHaveBeenCalled();
		client.approve();
		await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce(), {timeout: 3000});
		expect(ui.frame()).not.toContain('dc-secret');
	});
});

describe('when the browser shows an error page', () => {
	it('e lists what the page may say; picking one ends the login with its meaning and fix', async () => {
		const onError = vi.fn();
		const {ui, fakes} = setup({onError});
		await ui.waitFor('press e.');
		await ui.press('e');
		const picker = await ui.waitFor('What does the browser page say?');
		expect(picker).toContain('❯ OAUTH_APP_BLOCKED · the app is blocked');
		expect(picker).toContain('Cross-org OAuth flows are not supported');
		await ui.press(keys.down);
		await ui.press(keys.down);
		await ui.waitFor('❯ Cross-org OAuth flows are not supported');
		await ui.press(keys.enter);
		await vi.waitFor(() => expect(onError).toHaveBeenCalledOnce());
		const error = onError.mock.calls[0]![0];
		expect(error.code).toBe('cross-org-app');
		expect(error.hint).toContain('logs in only users of the org it was created in');
		// The login ended: its catcher is closed.
		await vi.waitFor(async () => expect((await fakes.catcher()).catcher.closed).toBe(1));
	});

	it('Esc leaves the picker and the login keeps waiting', async () => {
		const {ui, props} = setup();
		await ui.waitFor('press e.');
		await ui.press('e');
		await ui.waitFor('What does the browser page say?');
		await ui.press(keys.escape);
		await ui.waitForGone('What does the browser page say?');
		expect(props.onBack).not.toHaveBeenCalled();
		expect(ui.frame()).toContain('Waiting for the login');
	});

	it('what the page says, pasted with p, goes to its fix too', async () => {
		const onError = vi.fn();
		const {ui} = setup({onError});
		await ui.waitFor('press e.');
		await ui.press('p');
		await ui.waitFor('Paste the whole address');
		await ui.paste('Remote Access Authorization Error OAUTH_EC_APP_NOT_FOUND: External client app is not installed in this org', 'not installed');
		await ui.press(keys.enter);
		await vi.waitFor(() => expect(onError).toHaveBeenCalledOnce());
		expect(onError.mock.calls[0]![0].code).toBe('app-not-installed');
	});
});

describe('no browser here', () => {
	it('a browser that failed to start: paste or forward the port, with the real port', async () => {
		const openBrowser = vi.fn(async () => ({ok: false as const, command: 'xdg-open', reason: 'xdg-open exited with code 3'}));
		const {ui} = setup({settings: loginSettings({redirectUri: parseRedirectUri('http://localhost:1999/OauthRedirect')})}, {openBrowser});
		const frame = await ui.waitFor('No browser here');
		expect(frame.replaceAll(/\s+/g, ' ')).toContain('No browser here (no browser could be started here)? Press p and paste the address from a browser elsewhere, or forward the port:');
		expect(frame).toContain('ssh -L 1999:localhost:1999 <host>');
	});

	it('paste mode: on an empty line o opens a browser here, c copies the URL, e lists the error pages', async () => {
		const {ui, fakes} = setup({method: 'paste'});
		await ui.waitFor('On an empty line: o open here');
		await ui.press('o');
		await vi.waitFor(() => expect(fakes.services.openBrowser).toHaveBeenCalledOnce());
		await ui.press('c');
		await ui.waitFor('Sent the URL to the clipboard');
		expect(ui.frame()).not.toMatch(/❯ [oc]/);
		await ui.press('e');
		const picker = await ui.waitFor('What does the browser page say?');
		// On its own: the login above would push it off a 24-row terminal.
		expect(picker).not.toContain('Paste the whole address');
		await ui.press(keys.escape);
		await ui.waitFor('Paste the whole address');
	});

	it('paste mode: no catcher, no browser opened, the paste field open at once; Esc goes back', async () => {
		const {ui, props, fakes} = setup({method: 'paste'});
		const frame = await ui.waitFor('Paste the whole address');
		expect(frame).toContain('Open the link in a browser on any machine');
		expect(fakes.services.startCatcher).not.toHaveBeenCalled();
		expect(fakes.services.openBrowser).not.toHaveBeenCalled();
		expect(fakes.services.checkAuthorizeUrl).toHaveBeenCalledOnce();
		await ui.press(keys.escape);
		await vi.waitFor(() => expect(props.onBack).toHaveBeenCalledOnce());
	});
});
