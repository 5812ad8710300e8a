import fs from 'node:fs';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {oauthError} from '../../source/oauth/oauth-error.js';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
import {OrgStore} from '../../source/store/org-store.js';
import {Wizard, type WizardProps} from '../../source/ui/wizard.js';
import {fakeServices, fakeTokenClient, keys, loginResult, loginSettings, renderUi, tempDir, VALID_KEY} from './helpers.js';

afterEach(cleanup);

function setup(props: Partial<WizardProps> = {}, serviceOverrides: Parameters<typeof fakeServices>[0] = {}) {
	const fakes = fakeServices(serviceOverrides);
	const onExit = vi.fn();
	const ui = renderUi(<Wizard mode="login" timeoutMs={300_000} autoOpen services={fakes.services} onExit={onExit} {...props} />);
	return {ui, fakes, onExit};
}

const allFlags = {clientId: VALID_KEY, clientSecret: 'shh', domain: 'test', redirectUri: 'http://localhost:1717/OauthRedirect'};

describe('Wizard', () => {
	it('walks from Welcome to a saved org, everything typed, within 80 columns', async () => {
		const {ui, fakes, onExit} = setup();
		await ui.waitFor('Do you have a Consumer Key');
		await ui.press(keys.enter);
		await ui.waitFor('step 1 of 7 · Consumer Key');
		await ui.paste(VALID_KEY, VALID_KEY.slice(0, 30));
		await ui.press(keys.enter);
		await ui.waitFor('step 2 of 7 · Consumer Secret');
		await ui.paste('s3cret', '6 characters, hidden.');
		await ui.press(keys.enter);
		await ui.waitFor('step 3 of 7 · Where to log in');
		await ui.press(keys.down);
		await ui.waitFor('❯ Sandbox');
		await ui.press(keys.enter);
		await ui.waitFor('step 4 of 7 · Callback URL');
		await ui.press(keys.enter);
		const waiting = await ui.waitFor('Waiting for the login');
		expect(waiting).toContain('step 5 of 7');
		const caught = await fakes.catcher();
		expect(vi.mocked(fakes.services.openBrowser).mock.calls[0]![0]).toMatch(/^https:\/\/test\.salesforce\.com\/services\/oauth2\/authorize\?/);
		caught.deliver('code-1');
		await ui.waitFor('step 7 of 7 · Your refresh token');
		expect(fakes.services.tokenClient.exchangeCode).toHaveBeenCalledWith(expect.objectContaining({code: 'code-1', clientSecret: 's3cret', loginUrl: 'https://test.salesforce.com'}));
		expect(caught.outcomes).toEqual([{ok: true, username: 'ada@example.com', orgId: '00D000000000001AAA'}]);
		expect(caught.catcher.closed).toBe(1);
		await ui.press(keys.enter);
		await ui.waitFor('Save it as');
		await ui.press(keys.enter);
		const saved = await ui.waitFor('Next steps');
		for (const line of saved.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
		await ui.press(keys.enter);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(0));
		const orgs = JSON.parse(fs.readFileSync(`${fakes.dir}/orgs.json`, 'utf8')).orgs;
		expect(orgs['ada@example.com']).toMatchObject({clientId: VALID_KEY, clientSecret: 's3cret', loginUrl: 'https://test.salesforce.com', kind: 'sandbox'});
	});

	it('keeps every value when going back, including a masked secret', async () => {
		const {ui} = setup({input: {clientId: VALID_KEY}});
		await ui.waitFor('Consumer Secret');
		await ui.paste('abc', '3 characters, hidden.');
		await ui.press(keys.enter);
		await ui.waitFor('Where to log in');
		await ui.press(keys.escape);
		await ui.waitFor('3 characters, hidden.');
		await ui.press(keys.escape);
		const key = await ui.waitFor('step 1 of 7 · Consumer Key');
		expect(key).toContain(VALID_KEY.slice(0, 40));
		await ui.press(keys.escape);
		await ui.waitFor('Welcome to sfrt');
	});

	it('skips the steps whose flags were given and starts the login at once', async () => {
		const {ui, fakes} = setup({input: allFlags});
		const frame = await ui.waitFor('Waiting for the login');
		expect(frame).toContain('step 5 of 7');
		expect(fakes.services.startCatcher).toHaveBeenCalledOnce();
		await ui.press('b');
		const callback = await ui.waitFor('step 4 of 7 · Callback URL');
		expect(callback).toContain('http://localhost:1717/OauthRedirect');
		expect((await fakes.catcher()).catcher.closed).toBe(1);
	});

	it('asks again for a flag value that fails its check', async () => {
		const {ui} = setup({input: {...allFlags, domain: 'acme.lightning.force.com'}});
		const frame = await ui.waitFor('step 3 of 7 · Where to log in');
		expect(frame).toContain('❯ My Domain URL');
		await ui.press(keys.enter);
		await ui.waitFor('acme.lightning.force.com is a Lightning Experience address');
	});

	it('shows an error with its fix; "go back" opens the value it is about, and the login runs again', async () => {
		const {ui, fakes} = setup({input: allFlags});
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).fail(oauthError('redirect-uri-mismatch', {params: {redirectUri: 'http://localhost:1717/OauthRedirect'}}));
		const frame = await ui.waitFor('That did not work');
		expect(frame).toContain('Salesforce refused the callback URL');
		expect(frame).toContain('Fix: In Setup');
		expect(fakes.catchers[0]!.catcher.closed).toBe(1);
		await ui.press(keys.down);
		await ui.waitFor('❯ Go back and change the Callback URL');
		await ui.press(keys.enter);
		await ui.waitFor('step 4 of 7 · Callback URL');
		await ui.paste('x', 'OauthRedirectx');
		await ui.press(keys.enter);
		await ui.waitFor('Waiting for the login to come back to http://localhost:1717/OauthRedirectx');
		expect(fakes.services.startCatcher).toHaveBeenCalledTimes(2);
	});

	it('shows an unknown Consumer Key before any browser opens; "go back" opens the Consumer Key', async () => {
		const checkAuthorizeUrl = vi.fn(async () => oauthError('invalid-client-id'));
		const {ui, fakes} = setup({input: allFlags}, {checkAuthorizeUrl});
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
		const key = await ui.waitFor('step 1 of 7 · Consumer Key');
		expect(key).toContain(VALID_KEY.slice(0, 40));
		expect(fs.existsSync(`${fakes.dir}/orgs.json`)).toBe(false);
	});

	it('an unregistered callback URL found by the check leads back to the Callback URL', async () => {
		const checkAuthorizeUrl = vi.fn(async () => oauthError('redirect-uri-mismatch', {params: {redirectUri: allFlags.redirectUri}}));
		const {ui, fakes} = setup({input: allFlags}, {checkAuthorizeUrl});
		const frame = await ui.waitFor('That did not work');
		expect(frame).toContain('Salesforce refused the callback URL http://localhost:1717/OauthRedirect');
		expect(fakes.services.openBrowser).not.toHaveBeenCalled();
		await ui.press(keys.down);
		await ui.waitFor('❯ Go back and change the Callback URL');
		await ui.press(keys.enter);
		await ui.waitFor('step 4 of 7 · Callback URL');
	});

	it('"try again" starts a fresh login; an exchange error points at the secret', async () => {
		const client = fakeTokenClient({fail: {at: 'exchangeCode', error: oauthError('invalid-client')}});
		const {ui, fakes} = setup({input: allFlags}, {tokenClient: client});
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
		const {ui, fakes, onExit} = setup({input: allFlags});
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
		const {ui, fakes, onExit} = setup({input: allFlags});
		await ui.waitFor('Waiting for the login');
		await ui.press(keys.ctrlC);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130));
		expect(ui.frame()).toContain('Cancelled. Nothing was saved.');
		expect((await fakes.catcher()).catcher.closed).toBeGreaterThanOrEqual(1);
		expect(fs.existsSync(`${fakes.dir}/orgs.json`)).toBe(false);
	});

	it('Ctrl+C in a text field cancels too', async () => {
		const {ui, onExit} = setup();
		await ui.waitFor('Welcome');
		await ui.press(keys.enter);
		await ui.waitFor('Consumer Key');
		await ui.press(keys.ctrlC);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130));
	});

	it('cancels on SIGINT/SIGTERM (the abort signal)', async () => {
		const controller = new AbortController();
		const {ui, onExit} = setup({signal: controller.signal});
		await ui.waitFor('Welcome');
		controller.abort();
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130));
	});

	it('opens at Welcome when no orgs are saved, and at the saved orgs otherwise', async () => {
		const empty = setup({mode: 'home'});
		await empty.ui.waitFor('Welcome to sfrt');
		empty.ui.unmount();

		const dir = tempDir();
		new OrgStore(dir).save(savedOrgFromLogin(loginResult(), loginSettings(), 'prod'));
		const {ui, onExit} = setup({mode: 'home'}, {configDir: dir});
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
		const {ui, fakes} = setup({
			mode: 'demo',
			input: {domain: 'http://127.0.0.1:4000', redirectUri: 'http://localhost:1717/OauthRedirect'},
			defaults: {clientId: VALID_KEY, clientSecret: 'demo-secret'},
			demo: {username: 'demo@sfrt.example', password: 'demo1234', loginUrl: 'http://127.0.0.1:4000'},
		});
		await ui.waitFor('Start the demo');
		await ui.press(keys.enter);
		await ui.waitFor('Demo key: 3MVG9');
		await ui.press(keys.enter);
		await ui.waitFor('Demo secret: demo-secret');
		await ui.press(keys.enter);
		const frame = await ui.waitFor('Demo login: username demo@sfrt.example · password demo1234');
		expect(frame).toContain('http://127.0.0.1:4000/services/oauth2/authorize');
		expect((await fakes.catcher()).catcher.options!.redirectUri.url).toBe('http://localhost:1717/OauthRedirect');
	});
});
