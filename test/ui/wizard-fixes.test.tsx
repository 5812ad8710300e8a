import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {oauthError} from '../../source/oauth/oauth-error.js';
import {allFlags, fakeTokenClient, keys, renderWizard, VALID_KEY} from './helpers.js';

afterEach(cleanup);


describe('Wizard: failures offer what can fix them', () => {
	it.each([
		['access-denied', oauthError('access-denied')],
		['login-timeout', oauthError('login-timeout', {params: {seconds: 300}})],
	])('%s: no "go back and change the Consumer Key", only try again or quit', async (_code, error) => {
		const {ui, fakes} = renderWizard({input: allFlags});
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).fail(error);
		const frame = await ui.waitFor('That did not work');
		expect(frame).not.toContain('Go back and change');
		expect(frame).toMatch(/❯ Try again\s+Quit/);
		expect(frame).not.toContain('Esc back');
	});

	it('no refresh token: no "go back", and the fix says to try again, not to pass --scopes', async () => {
		const client = fakeTokenClient({fail: {at: 'exchangeCode', error: oauthError('no-refresh-token')}});
		const {ui, fakes} = renderWizard({input: allFlags}, {tokenClient: client});
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).deliver();
		const frame = await ui.waitFor('That did not work');
		expect(frame).not.toContain('Go back and change');
		expect(frame).not.toContain('--scopes');
		expect(frame.replaceAll(/\s+/g, ' ')).toContain('choose Try again');
	});

	it('the timeout fix says Try again opens a new login URL (the old one is gone from the screen)', async () => {
		const {ui, fakes} = renderWizard({input: allFlags});
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).fail(oauthError('login-timeout', {params: {seconds: 300}}));
		const frame = (await ui.waitFor('That did not work')).replaceAll(/\s+/g, ' ');
		expect(frame).not.toContain('Open the login URL again');
		expect(frame).not.toContain('--timeout');
		expect(frame).toContain('Choose Try again: it opens a new login URL.');
	});

	it('port in use: the fix names the Callback URL step, not --redirect-uri, and the error code stays', async () => {
		const startCatcher = vi.fn(async () => {
			throw oauthError('port-in-use', {params: {port: 1717, host: 'localhost'}});
		});
		const {ui} = renderWizard({input: allFlags}, {startCatcher});
		const frame = await ui.waitFor('That did not work');
		const text = frame.replaceAll(/\s+/g, ' ');
		expect(text).toContain('Port 1717 on localhost is already in use');
		expect(text).not.toContain('--redirect-uri');
		expect(text).toContain('go back to the Callback URL step');
		expect(frame).toContain('(port-in-use)');
		expect(frame).toContain('Go back and change the Callback URL');
	});

	it('no secret sent to an app that requires one: the fix says to paste it on the Consumer Secret step', async () => {
		const error = oauthError('invalid-client', {variant: 'no-secret'});
		const client = fakeTokenClient({fail: {at: 'exchangeCode', error}});
		const {ui, fakes} = renderWizard({input: {...allFlags, clientSecret: ''}}, {tokenClient: client});
		await ui.waitFor('Waiting for the login');
		(await fakes.catcher()).deliver();
		const frame = await ui.waitFor('That did not work');
		const text = frame.replaceAll(/\s+/g, ' ');
		expect(text).toContain('No Consumer Secret was sent, and this app requires one');
		expect(text).toContain('Go back to the Consumer Secret step and paste it');
		expect(text).not.toContain('--client-secret');
		expect(text).not.toContain('leave it empty');
		expect(frame).toContain('(invalid-client)');
	});
});

describe('Wizard: step numbers', () => {
	it('counts only the steps shown: the demo goes 1, 2, 3 of 5, not 2 then 5 of 7', async () => {
		const {ui} = renderWizard({
			mode: 'demo',
			input: {domain: 'https://emulator.test', redirectUri: 'http://localhost:1717/OauthRedirect'},
			defaults: {clientId: VALID_KEY, clientSecret: 'demo-secret'},
			demo: {username: 'demo@example.com', password: 'pw', loginUrl: 'https://emulator.test'},
		});
		await ui.waitFor('Start the demo');
		await ui.press(keys.enter);
		await ui.waitFor('step 1 of 5 · Consumer Key');
		await ui.press(keys.enter);
		await ui.waitFor('step 2 of 5 · Consumer Secret');
		await ui.press(keys.enter);
		const login = await ui.waitFor('Log in and allow access');
		expect(login).toContain('step 3 of 5');
	});
});
