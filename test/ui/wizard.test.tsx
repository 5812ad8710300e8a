import fs from 'node:fs';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {oauthError} from '../../source/oauth/oauth-error.js';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
import {OrgStore} from '../../source/store/org-store.js';
import {allFlags, fakeTokenClient, keys, loginResult, loginSettings, renderWizard, tempDir, tokenSet, VALID_KEY} from './helpers.js';

afterEach(cleanup);


describe('Wizard', () => {
	it('walks from Welcome to a saved org, everything typed, within 80 columns', async () => {
		const {ui, fakes, onExit} = renderWizard();
		await ui.waitFor('Do you have a Consumer Key');
		await ui.press(keys.enter);
		await ui.waitFor('step 1 of 8 · Consumer Key');
		await ui.paste(VALID_KEY, VALID_KEY.slice(0, 30));
		await ui.press(keys.enter);
		await ui.waitFor('step 2 of 8 · Consumer Secret');
		await ui.paste('s3cret', '6 characters, hidden.');
		await ui.press(keys.enter);
		await ui.waitFor('step 3 of 8 · Where to log in');
		await ui.press(keys.down);
		await ui.waitFor('❯ Sandbox');
		await ui.press(keys.enter);
		const how = await ui.waitFor('step 4 of 8 · How to log in');
		expect(how).toContain('❯ With a browser on this machine');
		await ui.press(keys.enter);
		await ui.waitFor('step 5 of 8 · Callback URL');
		await ui.press(keys.enter);
		const waiting = await ui.waitFor('Waiting for the login');
		expect(waiting).toContain('step 6 of 8');
		const caught = await fakes.catcher();
		expect(vi.mocked(fakes.services.openBrowser).mock.calls[0]![0]).toMatch(/^https:\/\/test\.salesforce\.com\/services\/oauth2\/authorize\?/);
		caught.deliver('code-1');
		await ui.waitFor('step 8 of 8 · Your refresh token');
		expect(fakes.services.tokenClient.exchangeCode).toHaveBeenCalledWith(expect.objectContaining({code: 'code-1', clientSecret: 's3cret', loginUrl: 'https://test.salesforce.com'}));
		expect(caught.outcomes).toEqual([{ok: true, username: 'ada@example.com', orgId: '00D000000000001AAA'}]);
		expect(caught.catcher.closed).toBe(1);
		await ui.press(keys.enter);
		await ui.waitFor('Save it as');
		await ui.press(keys.enter);
		const saved = await ui.waitFor('Next steps');
		// Within 80 columns, but for the login URL printed whole above the frame.
		for (const line of saved.split('\n').filter(line => !line.trim().startsWith('https://'))) expect(line.length).toBeLessThanOrEqual(80);
		await ui.press(keys.enter);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(0));
		const orgs = JSON.parse(fs.readFileSync(`${fakes.dir}/orgs.json`, 'utf8')).orgs;
		expect(orgs['ada@example.com']).toMatchObject({clientId: VALID_KEY, clientSecret: 's3cret', loginUrl: 'https://test.salesforce.com', kind: 'sandbox'});
	});

	it('keeps every value when going back, including a masked secret', async () => {
		const {ui} = renderWizard({input: {clientId: VALID_KEY}});
		await ui.waitFor('Consumer Secret');
		await ui.paste('abc', '3 characters, hidden.');
		await ui.press(keys.enter);
		await ui.waitFor('Where to log in');
		await ui.press(keys.escape);
		await ui.waitFor('3 characters, hidden.');
		await ui.press(keys.escape);
		const key = await ui.waitFor('step 1 of 8 · Consumer Key');
		expect(key).toContain(VALID_KEY.slice(0, 40));
		await ui.press(keys.escape);
		await ui.waitFor('Welcome to sfrt');
	});

	it('skips the steps whose flags were given and starts the login at once', async () => {
		const {ui, fakes} = renderWizard({input: allFlags});
		const frame = await ui.waitFor('Waiting for the login');
		expect(frame).toContain('step 1 of 3');
		expect(fakes.services.startCatcher).toHaveBeenCalledOnce();
		await ui.press('b');
		const callback = await ui.waitFor('step 1 of 4 · Callback URL');
		expect(callback).toContain('http://localhost:1717/OauthRedirect');
		expect((await fakes.catcher()).catcher.closed).toBe(1);
	});

	it('asks again for a flag value that fails its check, showing the value, its problem and the fix at once', async () => {
		// sfrt login --client-id 3MVG9abc -d acme.lightning.force.com
		const {ui, fakes} = renderWizard({input: {clientId: '3MVG9abc', domain: 'acme.lightning.force.com'}});
		await ui.waitFor('step 1 of 7 · Consumer Secret');
		await ui.press(keys.enter);
		const frame = await ui.waitFor('step 2 of 7 · Where to log in');
		expect(frame).toContain('❯ acme.lightning.force.com');
		const flat = frame.replaceAll(/\s+/g, ' ');
		expect(flat).toContain('✖ acme.lightning.force.com is a Lightning Experience address, not a login address.');
		expect(flat).toContain('Fix: Use your My Domain URL instead: https://acme.my.salesforce.com');
		// Fixed in place: the Lightning part replaced by the My Domain one.
		for (let i = 0; i < 'lightning.force.com'.length; i++) await ui.press(keys.backspace);
		await ui.waitForGone('lightning');
		await ui.paste('my.salesforce.com', 'acme.my.salesforce.com');
		await ui.waitFor('Logs in at https://acme.my.salesforce.com · My Domain');
		await ui.press(keys.enter);
		await ui.waitFor('step 3 of 7 · How to log in');
		await ui.press(keys.enter);
		await ui.waitFor('step 4 of 7 · Callback URL');
		await ui.press(keys.enter);
		await ui.waitFor('Waiting for the login');
		expect(vi.mocked(fakes.services.openBrowser).mock.calls[0]![0]).toMatch(/^https:\/\/acme\.my\.salesforce\.com\/services\/oauth2\/authorize\?/);
	});

	it('opens on the step of a bad flag value with its problem shown, skipping Welcome', async () => {
		const {ui} = renderWizard({input: {clientId: '3MVG9 abc', redirectUri: 'http://localhost:1717/OauthRedirect'}});
		const key = await ui.waitFor('step 1 of 6 · Consumer Key');
		expect(key).toContain('❯ 3MVG9 abc');
		expect(key).toContain('✖ A Consumer Key has no spaces');

		const empty = renderWizard({input: {...allFlags, redirectUri: ''}});
		// No callback URL that works: how the login comes back is asked first, then the URL, its problem shown.
		await empty.ui.waitFor('step 1 of 5 · How to log in');
		await empty.ui.press(keys.enter);
		const callback = await empty.ui.waitFor('step 2 of 5 · Callback URL');
		expect(callback).toContain('✖ Enter the Callback URL.');
	});

	it('shows an error with its fix; "go back" opens the value it is about, and the login runs again', async () => {
		const {ui, fakes} = renderWizard({input: allFlags});
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).fail(oauthError('redirect-uri-mismatch', {params: {redirectUri: 'http://localhost:1717/OauthRedirect'}}));
		const frame = await ui.waitFor('That did not work');
		expect(frame).toContain('Salesforce refused the callback URL');
		expect(frame).toContain('Fix: In Setup');
		expect(fakes.catchers[0]!.catcher.closed).toBe(1);
		await ui.press(keys.down);
		await ui.waitFor('❯ Go back and change the Callback URL');
		await ui.press(keys.enter);
		await ui.waitFor('step 1 of 4 · Callback URL');
		await ui.paste('x', 'OauthRedirectx');
		await ui.press(keys.enter);
		await ui.waitFor('Waiting for the login to come back to http://localhost:1717/OauthRedirectx');
		expect(fakes.services.startCatcher).toHaveBeenCalledTimes(2);
	});

	it('shows an unknown Consumer Key before any browser opens; "go back" opens the Consumer Key', async () => {
		const checkAuthorizeUrl = vi.fn(async () => oauthError('invalid-client-id'));
		const {ui, fakes} = renderWizard({input: allFlags}, {checkAuthorizeUrl});
		const frame = await ui.waitFor('That did not work');
		expect(frame).toContain('✖ Salesforce does not know this Consumer Key (client identifier invalid).');
		expect(frame).toContain('Fix: Copy the Consumer Key again from Setup → App Manager');
		expect(frame).toContain('(invalid-client-id)');
		expect(frame).toMatch(/❯ Try again\s+Go back and change the Consumer Key\s+Quit/);
		expect(fakes.services.openBrowser).not.toHaveBeenCalled();
		expect(fakes.catchers[0]!.catcher.closed).toBe(1);
		await ui.press(keys.down);
		await ui.waitFor('❯ Go back and change the Consumer Key');
		await ui.press(keys.enter);
		const key = await ui.waitFor('step 1 of 4 · Consumer Key');
		expect(key).toContain(VALID_KEY.slice(0, 40));
		expect(fs.existsSync(`${fakes.dir}/orgs.json`)).toBe(false);
	});

	it('an unregistered callback URL found by the check leads back to the Callback URL', async () => {
		const checkAuthorizeUrl = vi.fn(async () => oauthError('redirect-uri-mismatch', {params: {redirectUri: allFlags.redirectUri}}));
		const {ui, fakes} = renderWizard({input: allFlags}, {checkAuthorizeUrl});
		const frame = await ui.waitFor('That did not work');
		expect(frame).toContain('Salesforce refused the callback URL http://localhost:1717/OauthRedirect');
		expect(fakes.services.openBrowser).not.toHaveBeenCalled();
		await ui.press(keys.down);
		await ui.waitFor('❯ Go back and change the Callback URL');
		await ui.press(keys.enter);
		await ui.waitFor('step 1 of 4 · Callback URL');
	});

	it.each([
		['not-a-login-host', oauthError('not-a-login-host', {params: {url: 'https://acme.my.salesforce.com/services/oauth2/authorize'}}), 'does not exist: the login address is not a Salesforce login host'],
		['login-host-unreachable', oauthError('login-host-unreachable', {params: {url: 'https://acme.my.salesforce.com/services/oauth2/authorize', reason: 'host not found'}}), 'sfrt cannot reach the login address'],
	])('a login address that is no Salesforce host (%s) leads back to where to log in', async (code, error, message) => {
		const checkAuthorizeUrl = vi.fn(async (): Promise<typeof error | undefined> => undefined).mockResolvedValueOnce(error);
		const {ui, fakes} = renderWizard({input: {...allFlags, domain: 'https://acme.my.salesforce.com'}}, {checkAuthorizeUrl});
		const frame = await ui.waitFor('That did not work');
		expect(frame.replaceAll(/\s+/g, ' ')).toContain(message);
		expect(frame).toContain(`(${code})`);
		expect(frame).toMatch(/❯ Try again\s+Go back and change the login address\s+Quit/);
		expect(fakes.services.openBrowser).not.toHaveBeenCalled();
		expect(fakes.catchers[0]!.catcher.closed).toBe(1);
		await ui.press(keys.down);
		await ui.waitFor('❯ Go back and change the login address');
		await ui.press(keys.enter);
		const host = await ui.waitFor('step 1 of 4 · Where to log in');
		expect(host).toContain('❯ My Domain URL');
		await ui.press(keys.up);
		await ui.waitFor('❯ Sandbox');
		await ui.press(keys.enter);
		await ui.waitFor('Waiting for the login');
		expect(vi.mocked(fakes.services.openBrowser).mock.calls[0]![0]).toMatch(/^https:\/\/test\.salesforce\.com\//);
	});

	it('"try again" starts a fresh login; an exchange error points at the secret', async () => {
		const client = fakeTokenClient({fail: {at: 'exchangeCode', error: oauthError('invalid-client')}});
		const {ui, fakes} = renderWizard({input: allFlags}, {tokenClient: client});
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).deliver();
		const frame = await ui.waitFor('That did not work');
		expect(frame).toContain('Salesforce refused the Consumer Secret');
		expect(frame).toContain('Go back and change the Consumer Secret');
		await ui.press(keys.enter);
		await ui.waitFor('Waiting for the login');
		expect(fakes.services.startCatcher).toHaveBeenCalledTimes(2);
		expect(fakes.catchers[1]!.catcher.options!.state).not.toBe(fakes.catchers[0]!.catcher.options!.state);
	});

	it('quits from an error with its exit code, keeping the error on screen', async () => {
		const {ui, fakes, onExit} = renderWizard({input: allFlags});
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).fail(oauthError('access-denied'));
		await ui.waitFor('That did not work');
		await ui.press(keys.up);
		await ui.waitFor('❯ Quit');
		await ui.press(keys.enter);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(1));
		expect(ui.frame()).toContain('access was denied');
		expect(ui.frame()).toContain('Nothing was saved.');
		expect(ui.frame()).not.toContain('Try again');
	});

	it('Ctrl+C while waiting closes the catcher, saves nothing and exits 130', async () => {
		const {ui, fakes, onExit} = renderWizard({input: allFlags});
		await ui.waitFor('Waiting for the login');
		await ui.press(keys.ctrlC);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130));
		expect(ui.frame()).toContain('Cancelled. Nothing was saved.');
		expect((await fakes.catcher()).catcher.closed).toBeGreaterThanOrEqual(1);
		expect(fs.existsSync(`${fakes.dir}/orgs.json`)).toBe(false);
	});

	it('Ctrl+C while checking the app aborts the check and exits 130 at once', async () => {
		let checkSignal: AbortSignal | undefined;
		const checkAuthorizeUrl = vi.fn(async (_url: string, _context: unknown, options?: {signal?: AbortSignal | undefined}) => {
			checkSignal = options?.signal;
			// A slow host: no answer until aborted.
			return new Promise<undefined>(resolve => checkSignal!.addEventListener('abort', () => resolve(undefined)));
		});
		const {ui, fakes, onExit} = renderWizard({input: allFlags}, {checkAuthorizeUrl});
		await ui.waitFor('Checking the app with Salesforce…');
		const started = Date.now();
		await ui.press(keys.ctrlC);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130), {timeout: 1000});
		expect(Date.now() - started).toBeLessThan(1000);
		expect(checkSignal!.aborted).toBe(true);
		expect(ui.frame()).toContain('Cancelled. Nothing was saved.');
		expect((await fakes.catcher()).catcher.closed).toBeGreaterThanOrEqual(1);
		expect(fakes.services.openBrowser).not.toHaveBeenCalled();
	});

	it('Ctrl+C during the exchange aborts its request and exits 130 at once, nothing saved', async () => {
		const client = fakeTokenClient({gate: new Promise(() => {})});
		const {ui, fakes, onExit} = renderWizard({input: allFlags}, {tokenClient: client});
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).deliver();
		await ui.waitFor('Exchanging the authorization code for tokens…');
		const started = Date.now();
		await ui.press(keys.ctrlC);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130), {timeout: 1000});
		expect(Date.now() - started).toBeLessThan(1000);
		expect((client.exchangeCode.mock.calls[0]![0] as {signal: AbortSignal}).signal.aborted).toBe(true);
		expect(client.revoke).not.toHaveBeenCalled();
		expect(ui.frame()).toContain('Cancelled. Nothing was saved.');
		expect(ui.frame()).not.toContain('That did not work');
		expect(fs.existsSync(`${fakes.dir}/orgs.json`)).toBe(false);
	});

	it('Ctrl+C on the result screen, before the token is saved, revokes it; after it is saved, leaves it be', async () => {
		const {ui, fakes, onExit} = renderWizard({input: allFlags});
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).deliver();
		await ui.waitFor('Enter save it');
		await ui.press(keys.ctrlC);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130));
		expect(fakes.services.tokenClient.revoke).toHaveBeenCalledWith(expect.objectContaining({token: tokenSet().refreshToken}));
		expect(ui.frame()).toContain('Cancelled. Nothing was saved.');

		const saved = renderWizard({input: allFlags});
		await saved.ui.waitFor('Waiting for the login');
		(await saved.fakes.catcher()).deliver();
		await saved.ui.waitFor('Enter save it');
		await saved.ui.press(keys.enter);
		await saved.ui.waitFor('Save it as');
		await saved.ui.press(keys.enter);
		await saved.ui.waitFor('Next steps');
		await saved.ui.press(keys.ctrlC);
		await vi.waitFor(() => expect(saved.onExit).toHaveBeenCalled());
		expect(saved.fakes.services.tokenClient.revoke).not.toHaveBeenCalled();
	});

	it('Ctrl+C after the token was issued revokes it before leaving; Ctrl+C again leaves at once', async () => {
		const client = fakeTokenClient({revokeGate: new Promise(() => {})});
		client.refresh.mockImplementation(async ({signal}: {signal: AbortSignal}) => new Promise((_resolve, reject) => {
			signal.addEventListener('abort', () => reject(oauthError('cancelled')), {once: true});
		}));
		const {ui, fakes, onExit} = renderWizard({input: allFlags}, {tokenClient: client});
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).deliver();
		await ui.waitFor('Proving the refresh token works (one refresh)…');
		await ui.press(keys.ctrlC);
		const frame = await ui.waitFor('Revoking the refresh token already issued… Ctrl+C again to leave now.');
		expect(frame).toContain('Cancelled. Nothing was saved.');
		expect(client.revoke).toHaveBeenCalledWith(expect.objectContaining({token: tokenSet().refreshToken}));
		expect(onExit).not.toHaveBeenCalled();
		const started = Date.now();
		await ui.press(keys.ctrlC);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130), {timeout: 1000});
		expect(Date.now() - started).toBeLessThan(1000);
		expect(onExit).toHaveBeenCalledOnce();
		expect(ui.frame()).toContain('Cancelled. Nothing was saved.');
		expect(ui.frame()).not.toContain('Revoking');
		expect(fs.existsSync(`${fakes.dir}/orgs.json`)).toBe(false);
	});

	it('SIGINT/SIGTERM during the exchange aborts its request too', async () => {
		const client = fakeTokenClient({gate: new Promise(() => {})});
		const controller = new AbortController();
		const {ui, fakes, onExit} = renderWizard({input: allFlags, signal: controller.signal}, {tokenClient: client});
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).deliver();
		await ui.waitFor('Exchanging the authorization code');
		controller.abort();
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130), {timeout: 1000});
		expect((client.exchangeCode.mock.calls[0]![0] as {signal: AbortSignal}).signal.aborted).toBe(true);
	});

	it('--reveal: the result opens with the refresh token shown in full', async () => {
		const {ui, fakes} = renderWizard({input: allFlags, reveal: true});
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).deliver();
		const frame = await ui.waitFor('step 3 of 3 · Your refresh token');
		expect(frame.replaceAll(/\n\s*/g, '')).toContain(tokenSet().refreshToken);
		expect(frame).not.toMatch(/Refresh token\s+5Aep…/);
		await ui.press('r');
		await ui.waitFor(/Refresh token\s+5Aep…/);
	});

	it('Ctrl+C in a text field cancels too', async () => {
		const {ui, onExit} = renderWizard();
		await ui.waitFor('Welcome');
		await ui.press(keys.enter);
		await ui.waitFor('Consumer Key');
		await ui.press(keys.ctrlC);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130));
	});

	it('cancels on SIGINT/SIGTERM (the abort signal)', async () => {
		const controller = new AbortController();
		const {ui, onExit} = renderWizard({signal: controller.signal});
		await ui.waitFor('Welcome');
		controller.abort();
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130));
	});

	it('opens at Welcome when no orgs are saved, and at the saved orgs otherwise', async () => {
		const empty = renderWizard({mode: 'home'});
		await empty.ui.waitFor('Welcome to sfrt');
		empty.ui.unmount();

		const dir = tempDir();
		new OrgStore(dir).save(savedOrgFromLogin(loginResult(), loginSettings(), 'prod'));
		const {ui, onExit} = renderWizard({mode: 'home'}, {configDir: dir});
		const frame = await ui.waitFor('Saved orgs');
		expect(frame).toMatch(/\* prod\s+ada@example\.com/);
		await ui.press('a');
		await ui.waitFor('Welcome to sfrt');
		await ui.press(keys.escape);
		await ui.waitFor('Saved orgs');
		await ui.press('q');
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(0));
	});

	it('runs the demo with its key and secret filled in and its user shown', async () => {
		const {ui, fakes} = renderWizard({
			mode: 'demo',
			input: {domain: 'http://127.0.0.1:4000', redirectUri: 'http://localhost:1717/OauthRedirect'},
			defaults: {clientId: VALID_KEY, clientSecret: 'demo-secret'},
			demo: {username: 'demo@sfrt.example', password: 'demo1234', loginUrl: 'http://127.0.0.1:4000'},
		});
		await ui.waitFor('Start the demo');
		await ui.press(keys.enter);
		await ui.waitFor(/Demo key \(already filled in\):\n\s*3MVG9/);
		await ui.press(keys.enter);
		await ui.waitFor(/Demo secret \(already filled in\):\n\s*demo-secret/);
		await ui.press(keys.enter);
		await ui.waitFor('Demo login: username demo@sfrt.example · password demo1234');
		await ui.waitFor(/^\s*http:\/\/127\.0\.0\.1:4000\/services\/oauth2\/authorize\?\S+$/m);
		expect((await fakes.catcher()).catcher.options!.redirectUri.url).toBe('http://localhost:1717/OauthRedirect');
	});
});
