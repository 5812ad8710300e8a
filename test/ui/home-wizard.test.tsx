/** The home screen inside the wizard: adding an org through the login flow, quitting, Ctrl+C. */
import {cleanup} from 'ink-testing-library';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
import {OrgStore} from '../../source/store/org-store.js';
import {Wizard} from '../../source/ui/wizard.js';
import {resolveLoginHost} from '../../source/oauth/hosts.js';
import {parseRedirectUri} from '../../source/oauth/redirect-uri.js';
import {fakeServices, identity, keys, loginResult, loginSettings, renderUi, tempDir, VALID_KEY} from './helpers.js';

afterEach(cleanup);

/** A wizard in home mode over a store holding "bob" (another user than the fake login's ada). */
function setup() {
	const dir = tempDir();
	new OrgStore(dir).save(savedOrgFromLogin(loginResult({identity: {...identity, username: 'bob@example.com', userId: '005000000000002AAA'}}), loginSettings(), 'bob'));
	const fakes = fakeServices({configDir: dir});
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
		await ui.waitFor('step 1 of 7 · Consumer Key');
		await ui.paste(VALID_KEY, VALID_KEY.slice(0, 30));
		await ui.press(keys.enter);
		await ui.waitFor('step 2 of 7 · Consumer Secret');
		await ui.press(keys.enter);
		await ui.waitFor('step 3 of 7 · Where to log in');
		await ui.press(keys.enter);
		await ui.waitFor('step 4 of 7 · Callback URL');
		await ui.press(keys.enter);
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).deliver('code-1');
		await ui.waitFor('step 7 of 7 · Your refresh token');
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
		await ui.waitFor('step 7 of 7 · Your refresh token');
		expect(fakes.services.tokenClient.exchangeCode).toHaveBeenCalledWith(expect.objectContaining({clientSecret: 'kept-secret', loginUrl: 'https://test.salesforce.com'}));
		await ui.press(keys.enter);
		// The same login, under the same alias: replaced without asking.
		const frame = await ui.waitFor('Next steps');
		expect(frame).toContain('Saved as "ada-uat".');
		expect(frame).toContain('It replaced the entry "ada-uat".');
		expect(fakes.services.store().list().map(org => org.alias)).toEqual(['ada-uat']);
	});
});
