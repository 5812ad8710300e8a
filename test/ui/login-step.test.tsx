import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {oauthError} from '../../source/oauth/oauth-error.js';
import {StepWork} from '../../source/ui/services.js';
import type {LoginStepProps} from '../../source/ui/steps/login.js';
import {clipboardSequence} from '../../source/ui/terminal.js';
import {fakeTokenClient, keys, renderLoginStep, tokenSet} from './helpers.js';

afterEach(cleanup);

const setup = renderLoginStep;

/** A promise the test settles. */
function gate() {
	let open!: () => void;
	const promise = new Promise<void>(resolve => {
		open = resolve;
	});
	return {promise, open};
}

describe('LoginStep: waiting for the browser', () => {
	it('starts the catcher with the login\'s state, opens the browser and shows the URL and time left', async () => {
		const {ui, fakes} = setup();
		await ui.waitFor('Opened your browser with test-browser.');
		// Wider than the terminal (100 columns here): printed whole above the frame, one line.
		const frame = await ui.waitFor('The login URL is printed in full above');
		const caught = await fakes.catcher();
		const options = caught.catcher.options!;
		expect(options.redirectUri.url).toBe('http://localhost:1717/OauthRedirect');
		const url = vi.mocked(fakes.services.openBrowser).mock.calls[0]![0];
		expect(new URL(url).searchParams.get('state')).toBe(options.state);
		expect(url).toMatch(/^https:\/\/login\.salesforce\.com\/services\/oauth2\/authorize\?/);
		expect(frame.split('\n').map(line => line.trim())).toContain(url);
		expect(frame).toContain('Waiting for the login to come back to http://localhost:1717/OauthRedirect');
		expect(frame).toMatch(/[45]:\d\d left/);
		expect(frame).toMatch(/o open again · c copy the URL · p paste the address · e error page · Esc\s+back · Ctrl\+C cancel/);
		expect(frame).toContain('If the browser shows an error page instead of coming back here, press e.');
	});

	it('reports a browser that failed to start, and `o` tries again', async () => {
		const openBrowser = vi.fn(async () => ({ok: false as const, command: 'xdg-open', reason: 'xdg-open exited with code 3'}));
		const {ui} = setup({}, {openBrowser});
		await ui.waitFor('⚠ Could not open a browser: xdg-open exited with code 3. Open the link below yourself.');
		await ui.press('o');
		await vi.waitFor(() => expect(openBrowser).toHaveBeenCalledTimes(2));
	});

	it('leaves the browser alone with --no-browser until `o` is pressed', async () => {
		const {ui, fakes} = setup({autoOpen: false});
		await ui.waitFor('Open the link below in your browser.');
		expect(fakes.services.openBrowser).not.toHaveBeenCalled();
		await ui.press('o');
		await ui.waitFor('Opened your browser');
	});

	it('copies the URL with OSC 52', async () => {
		const {ui, fakes} = setup({autoOpen: false});
		await ui.waitFor('Login URL:');
		await ui.press('c');
		await ui.waitFor('Sent the URL to the clipboard (OSC 52)');
		const {catcher} = await fakes.catcher();
		const state = catcher.options!.state;
		const written = ui.written();
		const start = written.indexOf('\u001B]52;c;');
		expect(start).toBeGreaterThanOrEqual(0);
		const copied = Buffer.from(written.slice(start + 7, written.indexOf('\u0007', start)), 'base64').toString();
		expect(copied).toContain(`state=${state}`);
		expect(written).toContain(clipboardSequence(copied));
	});

	it('makes the URL a terminal hyperlink where the terminal supports it', async () => {
		const {ui} = setup({autoOpen: false}, {terminal: {colour: false, hyperlinks: true}});
		await ui.waitFor('Open the Salesforce login page');
		expect(ui.written()).toMatch(/\u001B\]8;;https:\/\/login\.salesforce\.com\/services\/oauth2\/authorize\?[^\u0007]+\u0007Open the Salesforce login page\u001B\]8;;\u0007/);
	});

	it('shows the demo user for the emulator\'s login page', async () => {
		const {ui} = setup({demoUser: {username: 'demo@sfrt.example', password: 'demo1234'}});
		await ui.waitFor('Demo login: username demo@sfrt.example · password demo1234');
	});

	it('exchanges the code when it arrives, and says so', async () => {
		const client = fakeTokenClient({gate: gate().promise});
		const {ui, props, fakes} = setup({}, {tokenClient: client});
		await ui.waitFor('Waiting for the login');
		const {deliver} = await fakes.catcher();
		deliver('abc');
		await vi.waitFor(() => expect(props.onCodeReceived).toHaveBeenCalledOnce());
		await ui.waitFor('Exchanging the authorization code for tokens…');
		expect(client.exchangeCode).toHaveBeenCalledWith(expect.objectContaining({code: 'abc'}));
	});

	it('reports Salesforce\'s error and a timeout', async () => {
		const {ui, props, fakes} = setup();
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).fail(oauthError('access-denied'));
		await vi.waitFor(() => expect(props.onError).toHaveBeenCalledOnce());
		expect(vi.mocked(props.onError).mock.calls[0]![0].code).toBe('access-denied');
	});

	it('reports a catcher that cannot listen', async () => {
		const startCatcher = vi.fn(async () => {
			throw oauthError('port-in-use', {params: {port: 1717, host: '127.0.0.1'}});
		});
		const {props} = setup({}, {startCatcher});
		await vi.waitFor(() => expect(props.onError).toHaveBeenCalledOnce());
		expect(vi.mocked(props.onError).mock.calls[0]![0].code).toBe('port-in-use');
	});

	it('checks the app with Salesforce after the catcher listens and before the browser opens', async () => {
		let release!: () => void;
		const gate = new Promise<void>(resolve => {
			release = resolve;
		});
		const checkAuthorizeUrl = vi.fn(async () => {
			await gate;
			return undefined;
		});
		const {ui, fakes} = setup({}, {checkAuthorizeUrl});
		await ui.waitFor('Checking the app with Salesforce…');
		const {catcher} = await fakes.catcher();
		expect(fakes.services.openBrowser).not.toHaveBeenCalled();
		const [url, context] = checkAuthorizeUrl.mock.calls[0]! as unknown as [string, {redirectUri: string; scopes: string}];
		expect(new URL(url).searchParams.get('state')).toBe(catcher.options!.state);
		expect(context).toEqual({redirectUri: 'http://localhost:1717/OauthRedirect', scopes: 'api refresh_token'});
		release();
		await ui.waitFor('Opened your browser with test-browser.');
		expect(vi.mocked(fakes.services.openBrowser).mock.calls[0]![0]).toBe(url);
	});

	it('reports an unknown Consumer Key found by the check, closes the catcher and never opens the browser', async () => {
		const checkAuthorizeUrl = vi.fn(async () => oauthError('invalid-client-id'));
		const {props, fakes} = setup({}, {checkAuthorizeUrl});
		await vi.waitFor(() => expect(props.onError).toHaveBeenCalledOnce());
		expect(vi.mocked(props.onError).mock.calls[0]![0].code).toBe('invalid-client-id');
		const {catcher, outcomes} = await fakes.catcher();
		expect(catcher.closed).toBe(1);
		// No browser came to the catcher: nothing to tell it.
		expect(outcomes).toEqual([]);
		expect(fakes.services.openBrowser).not.toHaveBeenCalled();
	});

	it('goes on with the login when the check itself fails', async () => {
		const checkAuthorizeUrl = vi.fn(async () => {
			throw new Error('boom');
		});
		const {ui, props} = setup({}, {checkAuthorizeUrl});
		await ui.waitFor('Opened your browser with test-browser.');
		expect(props.onError).not.toHaveBeenCalled();
	});

	it('goes back with Esc or b', async () => {
		const {ui, props} = setup();
		await ui.waitFor('Waiting for the login');
		await ui.press('b');
		expect(props.onBack).toHaveBeenCalledTimes(1);
		await ui.press(keys.escape);
		await vi.waitFor(() => expect(props.onBack).toHaveBeenCalledTimes(2));
	});

	it('aborts the check with Salesforce when the step goes or the signal aborts (Ctrl+C), and reports nothing', async () => {
		const signals: AbortSignal[] = [];
		const checkAuthorizeUrl = vi.fn(async (_url: string, _context: unknown, options?: {signal?: AbortSignal | undefined}) => {
			signals.push(options!.signal!);
			return new Promise<undefined>(resolve => options!.signal!.addEventListener('abort', () => resolve(undefined)));
		});
		const controller = new AbortController();
		const {ui, props, fakes} = setup({signal: controller.signal}, {checkAuthorizeUrl});
		await ui.waitFor('Checking the app with Salesforce…');
		expect(signals[0]!.aborted).toBe(false);
		controller.abort();
		expect(signals[0]!.aborted).toBe(true);
		await new Promise(resolve => setTimeout(resolve, 30));
		expect(props.onError).not.toHaveBeenCalled();
		expect(fakes.services.openBrowser).not.toHaveBeenCalled();

		const second = setup({}, {checkAuthorizeUrl});
		await second.ui.waitFor('Checking the app with Salesforce…');
		await vi.waitFor(() => expect(signals).toHaveLength(2));
		second.ui.unmount();
		expect(signals[1]!.aborted).toBe(true);
	});
});

describe('LoginStep: pasting instead', () => {
	it('p opens a field; a paste from another attempt is refused inline; the right address wins over the catcher', async () => {
		const client = fakeTokenClient({gate: gate().promise});
		const {ui, props, fakes} = setup({}, {tokenClient: client});
		await ui.waitFor('p paste the address');
		const {catcher} = await fakes.catcher();
		await ui.press('p');
		await ui.waitFor('Paste the whole address your browser ended on');
		const code = 'aPrxPastedCode0123456789abcdefXYZ==';
		await ui.paste(`http://localhost:1717/OauthRedirect?code=${encodeURIComponent(code)}&state=someone-else`, 'code=aPrx');
		await ui.press(keys.enter);
		await ui.waitFor('belongs to another login attempt');
		expect(client.exchangeCode).not.toHaveBeenCalled();
		await ui.press('\u0015');
		await ui.paste(`http://localhost:1717/OauthRedirect?code=${encodeURIComponent(code)}&state=${catcher.options!.state}`, `state=${catcher.options!.state.slice(0, 8)}`);
		await ui.press(keys.enter);
		await vi.waitFor(() => expect(props.onCodeReceived).toHaveBeenCalledOnce());
		expect(client.exchangeCode).toHaveBeenCalledWith(expect.objectContaining({code}));
	});
});

describe('LoginStep: checking the login', () => {
	async function delivered(client: ReturnType<typeof fakeTokenClient>, overrides: Partial<LoginStepProps> = {}) {
		const setUp = setup({header: {step: 6, total: 7}, ...overrides}, {tokenClient: client});
		await setUp.ui.waitFor('Waiting for the login');
		const caught = await setUp.fakes.catcher();
		caught.deliver('the-code');
		return {...setUp, caught};
	}

	it('shows each phase, tells the browser it worked, closes the catcher', async () => {
		const held = gate();
		const client = fakeTokenClient({gate: held.promise});
		const {ui, caught, props} = await delivered(client);
		const frame = await ui.waitFor('Exchanging the authorization code for tokens…');
		expect(frame).toContain('· Reading who logged in');
		expect(frame).toContain('· Proving the refresh token works (one refresh)');
		held.open();
		await vi.waitFor(() => expect(props.onDone).toHaveBeenCalledOnce());
		expect(client.exchangeCode).toHaveBeenCalledWith(expect.objectContaining({code: 'the-code'}));
		expect(client.refresh).toHaveBeenCalledOnce();
		expect(caught.outcomes).toEqual([{ok: true, username: 'ada@example.com', orgId: '00D000000000001AAA'}]);
		expect(caught.catcher.closed).toBe(1);
		expect(vi.mocked(props.onDone).mock.calls[0]![0].identity.username).toBe('ada@example.com');
	});

	it('marks finished phases while the next runs', async () => {
		const held = gate();
		const client = fakeTokenClient();
		client.identity.mockImplementation(async () => {
			await held.promise;
			return {username: 'ada@example.com', displayName: 'Ada', orgId: '00D000000000001AAA', userId: '005000000000001AAA'};
		});
		const {ui, props} = await delivered(client);
		const frame = await ui.waitFor('Reading who logged in…');
		expect(frame).toContain('✔ Exchanging the authorization code for tokens');
		held.open();
		await vi.waitFor(() => expect(props.onDone).toHaveBeenCalledOnce());
	});

	it('tells the browser it failed, closes the catcher and reports the error', async () => {
		const client = fakeTokenClient({fail: {at: 'exchangeCode', error: oauthError('invalid-client')}});
		const {caught, props} = await delivered(client);
		await vi.waitFor(() => expect(props.onError).toHaveBeenCalledOnce());
		expect(vi.mocked(props.onError).mock.calls[0]![0].code).toBe('invalid-client');
		expect(caught.outcomes).toHaveLength(1);
		expect(caught.outcomes[0]).toMatchObject({ok: false, error: {code: 'invalid-client'}});
		expect(caught.catcher.closed).toBe(1);
		expect(props.onDone).not.toHaveBeenCalled();
	});

	it('the signal (Ctrl+C) aborts the code exchange in flight: nothing issued, nothing revoked, no error shown', async () => {
		const client = fakeTokenClient({gate: gate().promise});
		const controller = new AbortController();
		const work = new StepWork();
		const {ui, props} = await delivered(client, {signal: controller.signal, work});
		await ui.waitFor('Exchanging the authorization code for tokens…');
		const started = Date.now();
		controller.abort();
		await work.settled();
		expect(Date.now() - started).toBeLessThan(200);
		const request = client.exchangeCode.mock.calls[0]![0] as {signal: AbortSignal};
		expect(request.signal.aborted).toBe(true);
		expect(client.revoke).not.toHaveBeenCalled();
		expect(props.onDone).not.toHaveBeenCalled();
		expect(props.onError).not.toHaveBeenCalled();
	});

	it('cancelled after the token was issued: revokes it, and a second Ctrl+C (hurry) stops a slow revoke', async () => {
		const client = fakeTokenClient({revokeGate: gate().promise});
		// Reading the identity hangs until the signal aborts it.
		client.identity.mockImplementation(async ({signal}: {signal: AbortSignal}) => new Promise((_resolve, reject) => {
			signal.addEventListener('abort', () => reject(oauthError('cancelled')), {once: true});
		}));
		const work = new StepWork();
		const cleanup = vi.fn();
		work.onCleanup(cleanup);
		const {ui, props} = await delivered(client, {work});
		await ui.waitFor('Reading who logged in…');
		ui.unmount(); // the wizard leaves the step on Ctrl+C
		await vi.waitFor(() => expect(client.revoke).toHaveBeenCalledOnce());
		const revoke = client.revoke.mock.calls[0]![0] as {token: string; url: string; signal: AbortSignal};
		expect(revoke.token).toBe(tokenSet().refreshToken);
		expect(revoke.url).toBe(tokenSet().instanceUrl);
		expect(cleanup).toHaveBeenCalled();
		let settled = false;
		void work.settled().then(() => {
			settled = true;
		});
		await new Promise(resolve => setTimeout(resolve, 50));
		expect(settled).toBe(false);
		work.hurry();
		expect(revoke.signal.aborted).toBe(true);
		await vi.waitFor(() => expect(settled).toBe(true), {timeout: 200});
		expect(props.onError).not.toHaveBeenCalled();
	});
});
