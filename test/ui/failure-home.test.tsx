import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {oauthError} from '../../source/oauth/oauth-error.js';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
import {storeError} from '../../source/store/org-store.js';
import {Home} from '../../source/ui/home.js';
import {Failure} from '../../source/ui/steps/failure.js';
import {keys, loginResult, loginSettings, renderUi} from './helpers.js';

afterEach(cleanup);

describe('Failure', () => {
	it('shows the message, the fix and the code, then try again / go back / quit', async () => {
		const onChoose = vi.fn();
		const error = oauthError('redirect-uri-mismatch', {params: {redirectUri: 'http://localhost:1717/OauthRedirect'}});
		const ui = renderUi(<Failure error={error} back="redirect-uri" header={{}} onChoose={onChoose} />);
		const frame = await ui.waitFor('That did not work');
		expect(frame).toMatch(/✖ Salesforce refused the callback URL http:\/\/localhost:1717\/OauthRedirect/);
		expect(frame).toMatch(/Fix: In Setup → App Manager → your app → Edit → OAuth Settings/);
		expect(frame).toContain('(redirect-uri-mismatch)');
		expect(frame).toContain('❯ Try again');
		expect(frame).toContain('Go back and change the Callback URL');
		expect(frame).toContain('Quit');
		await ui.press(keys.enter);
		expect(onChoose).toHaveBeenLastCalledWith('retry');
		await ui.press(keys.down);
		await ui.waitFor('❯ Go back');
		await ui.press(keys.enter);
		expect(onChoose).toHaveBeenLastCalledWith('back');
		await ui.press(keys.down);
		await ui.waitFor('❯ Quit');
		await ui.press(keys.enter);
		expect(onChoose).toHaveBeenLastCalledWith('quit');
	});

	it('drops the choices in its final frame', async () => {
		const ui = renderUi(<Failure error={oauthError('access-denied')} back="client-id" header={{}} final onChoose={() => {}} />);
		const frame = await ui.waitFor('access was denied');
		expect(frame).not.toContain('Try again');
	});
});

describe('Home', () => {
	const org = (alias: string, username: string) => savedOrgFromLogin(loginResult({identity: {username, displayName: username, orgId: '00D000000000001AAA', userId: '005000000000001AAA'}}), loginSettings(), alias);

	it('lists the saved orgs with the default marked, and offers to add one or quit', async () => {
		const onChoose = vi.fn();
		const ui = renderUi(<Home orgs={[org('prod', 'ada@example.com'), org('uat', 'ada@example.com.uat')]} defaultAlias="prod" onChoose={onChoose} />);
		const frame = await ui.waitFor('Saved orgs');
		expect(frame).toMatch(/prod\s+ada@example\.com \(default\)/);
		expect(frame).toMatch(/uat\s+ada@example\.com\.uat/);
		expect(frame).toContain('❯ Add an org');
		await ui.press(keys.enter);
		expect(onChoose).toHaveBeenLastCalledWith('add');
		await ui.press(keys.down);
		await ui.waitFor('❯ Quit');
		await ui.press(keys.enter);
		expect(onChoose).toHaveBeenLastCalledWith('quit');
	});

	it('shows why the saved orgs cannot be read', async () => {
		const error = storeError('store-unreadable', {params: {path: '/x/orgs.json', reason: 'bad JSON'}});
		const ui = renderUi(<Home orgs={error} onChoose={() => {}} />);
		const frame = await ui.waitFor('cannot be read');
		expect(frame).toContain('bad JSON');
		expect(frame).toContain('Add an org');
	});
});
