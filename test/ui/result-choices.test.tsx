import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
import {OrgStore} from '../../source/store/org-store.js';
import {Result} from '../../source/ui/steps/result.js';
import {Wizard} from '../../source/ui/wizard.js';
import {fakeServices, keys, loginResult, loginSettings, renderUi, tempDir, VALID_KEY} from './helpers.js';

afterEach(cleanup);

const token = loginResult().tokens.refreshToken;
const bob = {username: 'bob@example.com', displayName: 'Bob', orgId: '00D000000000002AAA', userId: '005000000000002AAA'};

function setup(options: {store?: OrgStore; fromHome?: boolean; revoke?: () => Promise<void>} = {}) {
	const store = options.store ?? new OrgStore(tempDir());
	const onFinish = vi.fn();
	const ui = renderUi(<Result login={loginResult()} settings={loginSettings()} store={() => store} fromHome={options.fromHome} revoke={options.revoke} header={{step: 7, total: 7}} onFinish={onFinish} />);
	return {ui, store, onFinish};
}

describe('Result: the alias', () => {
	it('flags an alias another login holds as it is typed, before Enter, without naming a CLI flag', async () => {
		const store = new OrgStore(tempDir());
		store.save(savedOrgFromLogin(loginResult({identity: bob}), loginSettings(), 'uat'));
		const {ui} = setup({store});
		await ui.waitFor('Enter save it');
		await ui.press(keys.enter);
		await ui.waitFor('Save it as (alias):');
		for (let i = 0; i < 'ada@example.com'.length; i++) await ui.press(keys.backspace);
		await ui.type('uat');
		const frame = await ui.waitFor('✖ The alias "uat" is already used by bob@example.com.');
		expect(frame).not.toContain('--alias');
		expect(frame.replaceAll(/\s+/g, ' ')).toContain('Type another alias.');
		await ui.type('2');
		await ui.waitForGone('already used');
	});

	it('refuses an alias starting with a dash as it is typed', async () => {
		const {ui} = setup();
		await ui.press(keys.enter);
		await ui.waitFor('Save it as (alias):');
		for (let i = 0; i < 'ada@example.com'.length; i++) await ui.press(keys.backspace);
		await ui.type('-x');
		await ui.waitFor('starts with a dash');
	});
});

describe('Result: not saving', () => {
	it('n on the review asks what to do with the token; revoking it says so and saves nothing', async () => {
		const revoke = vi.fn(async () => {});
		const {ui, store, onFinish} = setup({revoke});
		const review = await ui.waitFor('n don\'t save');
		expect(review).toContain('r reveal the token');
		await ui.press('n');
		const question = await ui.waitFor('This refresh token stays valid at Salesforce');
		expect(question).toMatch(/❯ Revoke it at Salesforce\s+nobody can use it then\s+Leave it valid, unsaved\s+shows it to copy\s+Go back and save it/);
		await ui.press(keys.enter);
		const done = await ui.waitFor('✔ Revoked the refresh token at Salesforce. Nothing was saved.');
		expect(revoke).toHaveBeenCalledOnce();
		expect(done).toContain('Enter or q quit');
		expect(fs.existsSync(store.path)).toBe(false);
		await ui.press('q');
		await vi.waitFor(() => expect(onFinish).toHaveBeenCalledWith(undefined));
	});

	it('leaving it valid shows the token to copy, and says it is the only copy', async () => {
		const {ui} = setup({revoke: async () => {}});
		await ui.waitFor('n don\'t save');
		await ui.press('n');
		await ui.waitFor('❯ Revoke it at Salesforce');
		await ui.press(keys.down);
		await ui.waitFor('❯ Leave it valid, unsaved');
		await ui.press(keys.enter);
		const frame = await ui.waitFor('Not saved.');
		expect(frame).toContain(token);
		expect(frame).toContain('r hide');
		expect(frame).not.toContain('r reveal');
	});

	it('a failed revoke says so and shows the token, which stays valid', async () => {
		const {ui} = setup({revoke: async () => {
			throw new Error('no answer');
		}});
		await ui.press('n');
		await ui.waitFor('❯ Revoke it at Salesforce');
		await ui.press(keys.enter);
		const frame = await ui.waitFor('could not be revoked');
		expect(frame).toContain(token);
		expect(frame).toContain('Not saved.');
	});

	it('"go back" returns to the review, and the token can still be saved', async () => {
		const {ui} = setup({revoke: async () => {}});
		await ui.press('n');
		await ui.waitFor('❯ Revoke it at Salesforce');
		await ui.press(keys.up);
		await ui.waitFor('❯ Go back and save it');
		await ui.press(keys.enter);
		await ui.waitFor('Enter save it');
		await ui.press(keys.enter);
		await ui.waitFor('Save it as');
		await ui.press(keys.enter);
		await ui.waitFor('✔ Saved as "ada@example.com".');
	});
});

describe('Result: keys say what they do', () => {
	it('"r hide" while the token is shown; the copy note does not ask to press r', async () => {
		const {ui} = setup();
		await ui.waitFor('r reveal the token');
		await ui.press('r');
		const shown = await ui.waitFor(token);
		expect(shown).toContain('r hide the token');
		expect(shown).not.toContain('r reveal');
		await ui.press('c');
		const copied = (await ui.waitFor('Sent the refresh token to the clipboard')).replaceAll(/\s+/g, ' ');
		expect(copied).not.toContain('press r');
		expect(copied).toContain('select it on screen');
	});

	it('from the saved orgs, finishing says it goes back to them, not "quit"', async () => {
		const {ui, onFinish} = setup({fromHome: true});
		await ui.press(keys.enter);
		await ui.waitFor('Save it as');
		await ui.press(keys.enter);
		const frame = await ui.waitFor('Next steps');
		expect(frame).toContain('Enter or Esc back to the saved orgs');
		expect(frame).not.toContain('quit');
		await ui.press(keys.escape);
		await vi.waitFor(() => expect(onFinish).toHaveBeenCalledWith('ada@example.com'));
	});

	it('the demo\'s next steps work after the demo (its store is deleted): no "sfrt export <alias>"', async () => {
		const store = new OrgStore(tempDir());
		const ui = renderUi(<Result login={loginResult()} settings={loginSettings()} alias="demo" store={() => store} demo header={{}} onFinish={() => {}} />);
		await ui.press(keys.enter);
		const frame = await ui.waitFor('Next steps');
		expect(frame).toContain('deleted when the demo ends');
		expect(frame).not.toContain('sfrt export demo');
		expect(frame).not.toContain('sfrt token demo');
		expect(frame).toMatch(/^\s*sfrt login\s*$/m);
	});
});

describe('Wizard: an unreadable store', () => {
	it('fails before the browser login, with the store\'s error and fix; Try again reads it afresh', async () => {
		const dir = tempDir();
		fs.writeFileSync(path.join(dir, 'orgs.json'), '{not json', {mode: 0o600});
		const fakes = fakeServices({configDir: dir});
		const ui = renderUi(<Wizard mode="login" timeoutMs={300_000} autoOpen services={fakes.services} input={{clientId: VALID_KEY, clientSecret: 's', domain: 'login', redirectUri: 'http://localhost:1717/OauthRedirect'}} />);
		const frame = await ui.waitFor('That did not work');
		expect(frame).toContain('(store-unreadable)');
		expect(frame.replaceAll(/\s+/g, ' ')).toContain('Fix or move the file');
		expect(frame).not.toContain('Go back and change');
		expect(fakes.services.startCatcher).not.toHaveBeenCalled();
		expect(fakes.services.openBrowser).not.toHaveBeenCalled();
		fs.writeFileSync(path.join(dir, 'orgs.json'), '{}', {mode: 0o600});
		await ui.press(keys.enter);
		await ui.waitFor('Waiting for the login');
	});

	it('Result: n on the review (no revoke offered) still lets the person leave without saving', async () => {
		const {ui} = setup();
		await ui.press('n');
		const frame = await ui.waitFor('❯ Leave it valid, unsaved');
		expect(frame).not.toContain('Revoke it');
	});
});
