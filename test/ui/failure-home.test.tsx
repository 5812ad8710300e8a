import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {oauthError} from '../../source/oauth/oauth-error.js';
import {Failure} from '../../source/ui/steps/failure.js';
import {keys, renderUi} from './helpers.js';

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

// The home screen's tests are in home.test.tsx and home-wizard.test.tsx.
