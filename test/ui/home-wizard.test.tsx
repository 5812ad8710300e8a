/** The home screen inside the wizard: adding an org through the login flow, quitting, Ctrl+C. */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
import {OrgStore} from '../../source/store/org-store.js';
import type {WizardServices} from '../../source/ui/services.js';
import {Wizard} from '../../source/ui/wizard.js';
import {resolveLoginHost} from '../../source/oauth/hosts.js';
import {parseRedirectUri} from '../../source/oauth/redirect-uri.js';
import {oauthError} from '../../source/oauth/oauth-error.js';
import {fakeServices, fakeTokenClient, identity, keys, loginResult, loginSettings, renderUi, tempDir, VALID_KEY} from './helpers.js';

afterEach(cleanup);

/** A wizard in home mode over a store holding "bob" (another user than the fake login's ada), and more. */
function setup(options: {others?: string[]; services?: Partial<WizardServices>} = {}) {
	const dir = tempDir();
	const store = new OrgStore(dir);
	for (const [n, name] of ['bob', ...(options.others ?? [])].entries()) {
		store.save(savedOrgFromLogin(loginResult({identity: {...identity, username: `${name}@example.com`, userId: `00500000000000${n + 2}AAA`}}), loginSettings(), name));
	}
	const fakes = fakeServices({configDir: dir, ...options.services});
	const onExit = vi.fn();
	const ui = renderUi(<Wizard mode="home" timeoutMs={300_000} autoOpen services={fakes.services} onExit={onExit} />);
	return {ui, fakes, onExit};
}

describe('Wizard home', () => {
	it('a adds an org through the login flow, then comes back home with it selected', async () => {
		const {ui, fakes} = setup();
		await ui.waitFor(/❯ \* bob/);
		await ui.press('a');
		await ui.waitFor('Welcome to sfrt');
		await ui.press(keys.escape);
		await ui.waitFor(/❯ \* bob/);
		await ui.press('a');
		await ui.waitFor('Welcome to sfrt');
		await ui.press(keys.enter);
		await ui.waitFor('step 1 of 8 · Consumer Key');
		await ui.paste(VALID_KEY, VALID_KEY.slice(0, 30));
		await ui.press(keys.enter);
		await ui.waitFor('step 2 of 8 · Consumer Secret');
		await ui.press(keys.enter);
		await ui.waitFor('step 3 of 8 · Where to log in');
		await ui.press(keys.enter);
		await ui.waitFor('step 4 of 8 · How to log in');
		await ui.press(keys.enter);
		await ui.waitFor('step 5 of 8 · Callback URL');
		await ui.press(keys.enter);
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).deliver('code-1');
		await ui.waitFor('step 8 of 8 · Your refresh token');
		await ui.press(keys.enter);
		await ui.waitFor('Save it as');
		await ui.press(keys.enter);
		await ui.waitFor('Next steps');
		await ui.press(keys.enter);
		const frame = await ui.waitFor('Saved orgs');
		expect(frame).toMatch(/❯ {3}ada@example\.com\s+ada@example\.com/);
		expect(frame).toMatch(/ {3}\* bob\s+bob@example\.com/);
		expect(fakes.services.store().list().map(org => org.alias)).toEqual(['ada@example.com', 'bob']);
	});

	it('q says bye and exits 0', async () => {
		const {ui, onExit} = setup();
		await ui.waitFor('Saved orgs');
		await ui.press('q');
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(0));
		expect(ui.frame()).toContain('Bye.');
	});

	it('Ctrl+C exits 130 without claiming nothing was saved', async () => {
		const {ui, onExit} = setup();
		await ui.waitFor('Saved orgs');
		await ui.press(keys.ctrlC);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130));
		expect(ui.frame()).toContain('Cancelled.');
		expect(ui.frame()).not.toContain('Nothing was saved');
	});

	it('l logs in again to the selected org with its saved values, and keeps its alias', async () => {
		const dir = tempDir();
		const saved = loginSettings({loginHost: resolveLoginHost('test'), redirectUri: parseRedirectUri('http://localhost:1818/Back'), clientSecret: 'kept-secret'});
		new OrgStore(dir).save(savedOrgFromLogin(loginResult(), saved, 'ada-uat'));
		const fakes = fakeServices({configDir: dir});
		const ui = renderUi(<Wizard mode="home" timeoutMs={300_000} autoOpen services={fakes.services} onExit={vi.fn()} />);
		await ui.waitFor(/❯ \* ada-uat/);
		await ui.press('l');
		// Straight to the browser: nothing to type again.
		await ui.waitFor('Waiting for the login');
		const url = new URL(vi.mocked(fakes.services.openBrowser).mock.calls[0]![0]);
		expect(url.origin).toBe('https://test.salesforce.com');
		expect(url.searchParams.get('client_id')).toBe(VALID_KEY);
		expect(url.searchParams.get('redirect_uri')).toBe('http://localhost:1818/Back');
		(await fakes.catcher()).deliver('code-2');
		// Only the steps shown are counted: the browser, the check, the token.
		await ui.waitFor('step 3 of 3 · Your refresh token');
		expect(fakes.services.tokenClient.exchangeCode).toHaveBeenCalledWith(expect.objectContaining({clientSecret: 'kept-secret', loginUrl: 'https://test.salesforce.com'}));
		await ui.press(keys.enter);
		// The same login, under the same alias: replaced without asking.
		const frame = await ui.waitFor('Next steps');
		expect(frame).toContain('Saved as "ada-uat".');
		expect(frame).toMatch(/The new token replaced the old\s+one./);
		expect(fakes.services.store().list().map(org => org.alias)).toEqual(['ada-uat']);
	});

	it('coming back from the login flow selects the org that was selected', async () => {
		const {ui} = setup({others: ['carol', 'dave']});
		await ui.waitFor(/❯ \* bob/);
		await ui.press(keys.down);
		await ui.waitFor(/❯ {3}carol/);
		await ui.press('a');
		await ui.waitFor('Welcome to sfrt');
		await ui.press(keys.escape);
		const frame = await ui.waitFor('Saved orgs');
		expect(frame).toMatch(/❯ {3}carol/);
	});

	it('Ctrl+C while a remove revokes: the revoke stops, the org is kept, and nothing claims a removal', async () => {
		const tokenClient = fakeTokenClient({revokeGate: new Promise<void>(() => {})});
		const {ui, onExit, fakes} = setup({services: {tokenClient}});
		await ui.waitFor(/❯ \* bob/);
		await ui.press('x');
		await ui.waitFor('forget bob? y/N');
		await ui.press('y');
		await ui.waitFor('Revoking the refresh token of "bob"');
		await ui.press(keys.ctrlC);
		await vi.waitFor(() => expect(onExit).toHaveBeenCalledWith(130));
		const request = tokenClient.revoke.mock.calls[0]![0] as {signal?: AbortSignal};
		expect(request.signal?.aborted).toBe(true);
		expect(fakes.services.store().list().map(org => org.alias)).toEqual(['bob']);
		const frame = await ui.waitFor('Cancelled: "bob" was kept.');
		expect(frame).toContain('sfrt refresh bob');
		expect(frame).not.toMatch(/Revoked|Forgot|forgot/);
	});

	it('a refresh that finds the token dead offers l to log in again', async () => {
		const tokenClient = fakeTokenClient({fail: {at: 'refresh', error: oauthError('refresh-token-invalid')}});
		const {ui} = setup({services: {tokenClient}});
		const list = await ui.waitFor(/❯ \* bob/);
		expect(list).toContain('l log in again');
		await ui.press('r');
		const frame = await ui.waitFor('Press l to log in to "bob" again');
		expect(frame).toContain('bob: revoked or expired');
		await ui.press('l');
		await ui.waitFor('Waiting for the login');
	});
});
