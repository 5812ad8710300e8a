import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
import {OrgStore} from '../../source/store/org-store.js';
import {Result} from '../../source/ui/steps/result.js';
import {keys, loginResult, loginSettings, renderUi, tempDir} from './helpers.js';

afterEach(cleanup);

const token = loginResult().tokens.refreshToken;

function setup(options: {alias?: string; store?: OrgStore; demo?: boolean; reveal?: boolean} = {}) {
	const dir = tempDir();
	const store = options.store ?? new OrgStore(dir);
	const onFinish = vi.fn();
	const onSaved = vi.fn();
	const ui = renderUi(<Result login={loginResult()} settings={loginSettings()} alias={options.alias} store={() => store} demo={options.demo ?? false} reveal={options.reveal} header={{step: 7, total: 7}} onSaved={onSaved} onFinish={onFinish} />);
	return {ui, store, onFinish, onSaved, dir};
}

function savedOrgs(store: OrgStore) {
	return JSON.parse(fs.readFileSync(store.path, 'utf8')).orgs as Record<string, {username: string; refreshToken: string}>;
}

describe('Result', () => {
	it('shows who logged in with the token masked; r reveals and hides it', async () => {
		const {ui} = setup();
		const frame = await ui.waitFor('✔ Logged in as ada@example.com. The refresh token works.');
		expect(frame).toMatch(/Username\s+ada@example\.com/);
		expect(frame).toMatch(/Org ID\s+00D000000000001AAA/);
		expect(frame).toMatch(/Instance URL\s+https:\/\/acme\.my\.salesforce\.com/);
		expect(frame).toMatch(/Scopes\s+api refresh_token/);
		expect(frame).toMatch(/Refresh token\s+5Aep…bFeK/);
		expect(frame).not.toContain(token);
		await ui.press('r');
		await ui.waitFor(token);
		await ui.press('r');
		await ui.waitForGone(token);
	});

	it('--reveal: opens with the token shown; r hides it', async () => {
		const {ui} = setup({reveal: true});
		const frame = await ui.waitFor(token);
		// Too long to stand beside its label at 100 columns: on a row of its own, whole.
		expect(frame).toMatch(new RegExp(`Refresh token\\s*\\n\\s*${token.replaceAll('.', '\\.')}\\n`));
		await ui.press('r');
		const hidden = await ui.waitForGone(token);
		expect(hidden).toMatch(/Refresh token\s+5Aep…bFeK/);
	});

	it('copies the token with OSC 52 without showing it', async () => {
		const {ui} = setup();
		await ui.waitFor('c copy it');
		await ui.press('c');
		const frame = await ui.waitFor('Sent the refresh token to the clipboard');
		expect(frame).not.toContain(token);
		expect(ui.written()).toContain(`\u001B]52;c;${Buffer.from(token).toString('base64')}\u0007`);
	});

	it('asks for an alias (default: the username), saves, and shows the next steps', async () => {
		const {ui, store, onFinish, onSaved} = setup();
		await ui.waitFor('Enter save it');
		await ui.press(keys.enter);
		await ui.waitFor('❯ ada@example.com');
		await ui.press(keys.enter);
		const frame = await ui.waitFor('Next steps');
		expect(frame).toContain('✔ Saved as "ada@example.com". It is your default org.');
		expect(frame).toContain(`File: ${store.path}`);
		expect(frame.split('\n').map(line => line.trim())).toContain('sfrt export ada@example.com --format env');
		expect(frame.split('\n').map(line => line.trim())).toContain('sfrt token ada@example.com');
		expect(onSaved).toHaveBeenCalledWith('ada@example.com');
		expect(savedOrgs(store)['ada@example.com']?.refreshToken).toBe(token);
		await ui.press(keys.enter);
		await vi.waitFor(() => expect(onFinish).toHaveBeenCalledWith('ada@example.com'));
		expect(ui.frame()).not.toContain('Enter finish');
	});

	it('checks the alias as it is typed', async () => {
		const {ui, store} = setup();
		await ui.press(keys.enter);
		await ui.waitFor('Save it as (alias):');
		await ui.paste(' x', 'ada@example.com x');
		await ui.waitFor(/cannot be used: it has characters that are not allowed/);
		await ui.press(keys.enter);
		expect(fs.existsSync(store.path) && Object.keys(savedOrgs(store))).toBeFalsy();
	});

	it('refuses an alias that another login holds, inline, and lets another be typed', async () => {
		const dir = tempDir();
		const store = new OrgStore(dir);
		const other = savedOrgFromLogin(loginResult({identity: {username: 'bob@example.com', displayName: 'Bob', orgId: '00D000000000002AAA', userId: '005000000000002AAA'}}), loginSettings(), 'ada@example.com');
		store.save({...other, orgId: '00D000000000002AAA', userId: '005000000000002AAA'});
		const {ui} = setup({store});
		await ui.press(keys.enter);
		await ui.waitFor('Save it as (alias):');
		await ui.press(keys.enter);
		await ui.waitFor('✖ The alias "ada@example.com" is already used by bob@example.com.');
		await ui.type('2');
		await ui.press(keys.enter);
		await ui.waitFor('✔ Saved as "ada@example.com2".');
		expect(Object.keys(savedOrgs(store)).sort()).toEqual(['ada@example.com', 'ada@example.com2']);
	});

	it('asks before replacing the same login saved before; "don\'t save" keeps the old one', async () => {
		const dir = tempDir();
		const store = new OrgStore(dir);
		store.save({...savedOrgFromLogin(loginResult(), loginSettings(), 'old'), refreshToken: 'old-token'});
		const {ui, onSaved} = setup({store});
		await ui.press(keys.enter);
		await ui.waitFor('Save it as');
		await ui.press(keys.enter);
		const frame = await ui.waitFor('This login (same org, user and app) is already saved as "old".');
		expect(frame).toMatch(/❯ Replace the token of "old" with this new one\n/);
		await ui.press(keys.down);
		await ui.waitFor('❯ Don\'t save this token');
		await ui.press(keys.enter);
		await ui.waitFor('❯ Leave it valid, unsaved');
		await ui.press(keys.enter);
		await ui.waitFor('Not saved.');
		expect(onSaved).not.toHaveBeenCalled();
		expect(savedOrgs(store).old?.refreshToken).toBe('old-token');
	});

	it('offers the alias the same login is saved under, so logging in again does not rename it', async () => {
		const dir = tempDir();
		const store = new OrgStore(dir);
		store.save({...savedOrgFromLogin(loginResult(), loginSettings(), 'r1'), refreshToken: 'old-token'});
		const {ui} = setup({store});
		await ui.press(keys.enter);
		const frame = await ui.waitFor('❯ r1');
		expect(frame).not.toContain('❯ ada@example.com');
		await ui.press(keys.enter);
		await ui.waitFor('already saved as "r1"');
		await ui.press(keys.enter);
		await ui.waitFor('✔ Saved as "r1".');
		expect(Object.keys(savedOrgs(store))).toEqual(['r1']);
		expect(savedOrgs(store).r1?.refreshToken).toBe(token);
	});

	it('offers the username when only another login of the same user is saved (another app)', async () => {
		const dir = tempDir();
		const store = new OrgStore(dir);
		store.save(savedOrgFromLogin(loginResult(), loginSettings({clientId: `${loginSettings().clientId}X`}), 'other-app'));
		const {ui} = setup({store});
		await ui.press(keys.enter);
		await ui.waitFor('❯ ada@example.com');
	});

	it('--alias wins over the saved alias', async () => {
		const dir = tempDir();
		const store = new OrgStore(dir);
		store.save(savedOrgFromLogin(loginResult(), loginSettings(), 'r1'));
		const {ui} = setup({store, alias: 'uat'});
		await ui.press(keys.enter);
		await ui.waitFor('already saved as "r1"');
		await ui.press(keys.enter);
		await ui.waitFor('✔ Saved as "uat".');
		expect(Object.keys(savedOrgs(store))).toEqual(['uat']);
	});

	it('replaces the same login when told to', async () => {
		const dir = tempDir();
		const store = new OrgStore(dir);
		store.save({...savedOrgFromLogin(loginResult(), loginSettings(), 'old'), refreshToken: 'old-token'});
		const {ui} = setup({store, alias: 'new'});
		await ui.press(keys.enter);
		const question = await ui.waitFor('already saved as "old"');
		// The alias asked for differs: replacing renames the entry too, and says so.
		expect(question.replaceAll(/\s+/g, ' ')).toContain('❯ Replace the token of "old" with this new one, and rename "old" to "new"');
		await ui.press(keys.enter);
		await ui.waitFor(/✔ Saved as "new"\. It is your default org\. Renamed from "old": the same login, with the\s+new token\./);
		expect(Object.keys(savedOrgs(store))).toEqual(['new']);
		expect(savedOrgs(store).new?.refreshToken).toBe(token);
	});

	it('saves under --alias without asking', async () => {
		const {ui, store} = setup({alias: 'uat'});
		await ui.press(keys.enter);
		await ui.waitFor('✔ Saved as "uat".');
		expect(ui.frame()).not.toContain('Save it as');
		expect(path.basename(store.path)).toBe('orgs.json');
	});

	it('says the demo store is temporary', async () => {
		const {ui} = setup({demo: true, alias: 'demo'});
		await ui.press(keys.enter);
		await ui.waitFor('temporary folder');
	});
});
