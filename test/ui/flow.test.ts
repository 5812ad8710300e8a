import {describe, expect, it} from 'vitest';
import {firstScreen, initialValues, nextStep, presetSteps, previousStep, skippedSteps, stepNumber, suggestBack, totalSteps} from '../../source/ui/flow.js';
import {clipboardSequence, colourAllowed, formatDuration, hyperlink, stripAnsi, supportsHyperlinks} from '../../source/ui/terminal.js';
import {trimWrappedRow} from '../../source/ui/components/text.js';
import {VALID_KEY} from './helpers.js';

describe('flow', () => {
	it('skips only the values given that check out', () => {
		expect(presetSteps({})).toEqual([]);
		// A callback URL for the catcher says how the login comes back, unless the machine looks remote.
		expect(presetSteps({clientId: VALID_KEY, clientSecret: '', domain: 'test', redirectUri: 'http://localhost:1717/OauthRedirect'})).toEqual(['client-id', 'client-secret', 'login-host', 'method', 'redirect-uri']);
		expect(presetSteps({clientId: VALID_KEY, redirectUri: 'http://localhost:1717/OauthRedirect'}, {remote: true})).toEqual(['client-id', 'redirect-uri']);
		expect(presetSteps({clientId: 'has space', domain: 'acme.lightning.force.com', redirectUri: 'https://x.com/cb'})).toEqual([]);
		// --paste: any registered URL will do, Salesforce's https success page too.
		expect(presetSteps({method: 'paste', redirectUri: 'https://login.salesforce.com/services/oauth2/success'})).toEqual(['method', 'redirect-uri']);
	});

	it('walks forward over skipped steps, and back over all of them', () => {
		expect(nextStep('welcome', [])).toBe('client-id');
		expect(nextStep('client-id', ['client-secret', 'login-host'])).toBe('method');
		expect(nextStep('client-id', ['client-secret', 'login-host', 'method', 'redirect-uri'])).toBe('authorize');
		expect(previousStep('authorize')).toBe('redirect-uri');
		// The device flow has no callback URL: the step is neither shown nor gone back to.
		expect(nextStep('method', skippedSteps([], {method: 'device'}))).toBe('authorize');
		expect(nextStep('method', skippedSteps([], {method: 'paste'}))).toBe('redirect-uri');
		expect(previousStep('authorize', {method: 'device'})).toBe('method');
		expect(previousStep('redirect-uri')).toBe('method');
		expect(previousStep('login-host')).toBe('client-secret');
		expect(previousStep('client-id')).toBe('welcome');
	});

	it('starts where the mode and the flags say', () => {
		expect(firstScreen('home', false, [])).toBe('welcome');
		expect(firstScreen('home', true, [])).toBe('home');
		expect(firstScreen('login', false, [])).toBe('welcome');
		expect(firstScreen('login', false, ['client-id', 'client-secret'])).toBe('login-host');
		expect(firstScreen('login', false, ['client-id', 'client-secret', 'login-host', 'method', 'redirect-uri'])).toBe('authorize');
		expect(firstScreen('demo', false, ['login-host', 'redirect-uri'])).toBe('welcome');
		// A Consumer Key given but failing its check: straight to its step, not Welcome.
		expect(firstScreen('login', false, ['login-host'], true)).toBe('client-id');
		expect(firstScreen('demo', false, [], true)).toBe('welcome');
	});

	it('fills values from flags, then defaults', () => {
		expect(initialValues({clientId: 'a'}, {clientId: 'b', clientSecret: 'c'})).toEqual({clientId: 'a', clientSecret: 'c', domain: '', redirectUri: 'http://localhost:1717/OauthRedirect', method: 'browser'});
		expect(initialValues({method: 'device'}, {method: 'paste'}).method).toBe('device');
	});

	it('numbers the steps and points errors at their value', () => {
		expect(stepNumber('client-id')).toBe(1);
		expect(stepNumber('method')).toBe(4);
		expect(stepNumber('result')).toBe(8);
		expect(stepNumber('welcome')).toBeUndefined();
		expect(suggestBack({code: 'invalid-client-id'})).toBe('client-id');
		expect(suggestBack({code: 'invalid-client'})).toBe('client-secret');
		expect(suggestBack({code: 'not-json'})).toBe('login-host');
		expect(suggestBack({code: 'login-host-unreachable'})).toBe('login-host');
		expect(suggestBack({code: 'not-a-login-host'})).toBe('login-host');
		expect(suggestBack({code: 'port-in-use'})).toBe('redirect-uri');
		expect(suggestBack({code: 'device-flow-disabled'})).toBe('method');
		expect(suggestBack({code: 'cross-org-app'})).toBe('login-host');
		// No value typed in the wizard fixes these: no "go back and change the Consumer Key".
		for (const code of ['access-denied', 'login-timeout', 'no-refresh-token', 'invalid-scope', 'authentication-failure', 'store-unreadable']) {
			expect(suggestBack({code})).toBeUndefined();
		}
	});

	it('numbers only the steps shown: skipped steps are not counted', () => {
		// The demo skips the login address and the callback URL: 1, 2, 3, then 4 of 6.
		const skip = ['login-host', 'redirect-uri'] as const;
		expect(totalSteps(skip)).toBe(6);
		expect(stepNumber('client-secret', skip)).toBe(2);
		expect(stepNumber('method', skip)).toBe(3);
		expect(stepNumber('authorize', skip)).toBe(4);
		expect(stepNumber('result', skip)).toBe(6);
		expect(totalSteps()).toBe(8);
	});
});

describe('terminal', () => {
	it('follows NO_COLOR and TERM=dumb', () => {
		expect(colourAllowed({})).toBe(true);
		expect(colourAllowed({NO_COLOR: '1'})).toBe(false);
		expect(colourAllowed({NO_COLOR: ''})).toBe(true);
		expect(colourAllowed({TERM: 'dumb'})).toBe(false);
	});

	it('uses hyperlinks only where terminals support them', () => {
		const tty = {isTTY: true};
		expect(supportsHyperlinks({TERM: 'xterm-256color'}, tty)).toBe(false);
		expect(supportsHyperlinks({TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4.0'}, tty)).toBe(true);
		expect(supportsHyperlinks({VTE_VERSION: '7200'}, tty)).toBe(true);
		expect(supportsHyperlinks({VTE_VERSION: '7200'}, {isTTY: false})).toBe(false);
		expect(supportsHyperlinks({WT_SESSION: 'x', CI: 'true'}, tty)).toBe(false);
		expect(supportsHyperlinks({FORCE_HYPERLINK: '1'}, {isTTY: false})).toBe(true);
	});

	it('writes OSC 8 links and OSC 52 copies', () => {
		expect(hyperlink('here', 'https://x.test/')).toBe('\u001B]8;;https://x.test/\u0007here\u001B]8;;\u0007');
		expect(clipboardSequence('hi')).toBe('\u001B]52;c;aGk=\u0007');
		expect(stripAnsi(`\u001B[31m${hyperlink('here', 'https://x.test/')}\u001B[39m`)).toBe('here');
	});

	it('formats the time left', () => {
		expect(formatDuration(300_000)).toBe('5:00');
		expect(formatDuration(61_001)).toBe('1:02');
		expect(formatDuration(-5)).toBe('0:00');
	});

	it('drops the space Ink leaves at the start of a wrapped row', () => {
		expect(trimWrappedRow(' and more', 0)).toBe(' and more');
		expect(trimWrappedRow(' and more', 1)).toBe('and more');
		expect(trimWrappedRow('\u001B[2m and more', 2)).toBe('\u001B[2mand more');
	});
});
