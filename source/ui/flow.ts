/**
 * The wizard as data: which screens exist, where Enter and Esc lead, and which values came
 * ready from flags. No Ink here, so the rules can be read (and tested) on their own.
 */
import type {LoginInput, LoginMethod} from '../login/settings.js';
import type {SfrtError} from '../errors.js';
import type {LoginResult, LoginSettings} from '../oauth/login.js';
import {DEFAULT_REDIRECT_URI} from '../oauth/redirect-uri.js';
import {checkConsumerKey, checkConsumerSecret, checkLoginHost, checkRedirectUri} from './validate.js';

export type WizardMode = 'home' | 'login' | 'demo';

/** The steps that ask for a value, in order. */
export const inputSteps = ['client-id', 'client-secret', 'login-host', 'method', 'redirect-uri'] as const;
export type InputStep = (typeof inputSteps)[number];

/** Everything typed so far. Never thrown away: a wrong value is fixed by going back to it. */
export interface WizardValues {
	clientId: string;
	clientSecret: string;
	/** "login", "test" or a URL. */
	domain: string;
	redirectUri: string;
	/** How the login comes back: the catcher, a pasted address, or the device flow. */
	method: LoginMethod;
}

export type Screen =
	| {name: 'home'; selected?: string | undefined}
	| {name: 'welcome'}
	| {name: 'guide'}
	| {name: InputStep}
	| {name: 'authorize'; attempt: number; settings: LoginSettings; method: LoginMethod}
	| {name: 'exchange'; attempt: number; settings: LoginSettings; method: LoginMethod}
	| {name: 'result'; settings: LoginSettings; login: LoginResult}
	| {name: 'failure'; error: SfrtError; back: InputStep | undefined; attempt: number; final?: boolean}
	| {name: 'cancelled'; fromHome?: boolean}
	| {name: 'bye'};

export type ScreenName = Screen['name'];

/** Numbered steps, for "step n of 7" in the header (welcome and the guide are not counted). */
const numbered: ScreenName[] = ['client-id', 'client-secret', 'login-host', 'method', 'redirect-uri', 'authorize', 'exchange', 'result'];

/** The steps this run does not show: those given as flags, and the callback URL for the device flow (it has none). */
export function skippedSteps(skip: readonly InputStep[], values: Pick<WizardValues, 'method'>): InputStep[] {
	return values.method === 'device' && !skip.includes('redirect-uri') ? [...skip, 'redirect-uri'] : [...skip];
}

/**
 * "step n of N" counts only the steps this run shows: a value given as a flag (or the demo's
 * emulator address) skips its step, and the count does not jump over it. Going back to such a
 * step shows it, and it counts again.
 */
export function stepNumber(name: ScreenName, skip: readonly InputStep[] = []): number | undefined {
	const shown = numbered.filter(step => !(skip as readonly ScreenName[]).includes(step));
	const index = shown.indexOf(name);
	return index === -1 ? undefined : index + 1;
}

export function totalSteps(skip: readonly InputStep[] = []): number {
	return numbered.filter(step => !(skip as readonly ScreenName[]).includes(step)).length;
}

export function initialValues(input: LoginInput, defaults: LoginInput = {}): WizardValues {
	return {
		clientId: input.clientId ?? defaults.clientId ?? '',
		clientSecret: input.clientSecret ?? defaults.clientSecret ?? '',
		domain: input.domain ?? defaults.domain ?? '',
		redirectUri: input.redirectUri ?? defaults.redirectUri ?? DEFAULT_REDIRECT_URI,
		method: input.method ?? defaults.method ?? 'browser',
	};
}

/**
 * The steps whose value was given (as a flag or in the environment) and checks out: the
 * wizard skips them on the way forward, create-astro style. A value that fails its check is
 * asked for, with the problem shown.
 */
export function presetSteps(input: LoginInput, options: {remote?: boolean} = {}): InputStep[] {
	const steps: InputStep[] = [];
	if (input.clientId !== undefined && checkConsumerKey(input.clientId).error === undefined) steps.push('client-id');
	if (input.clientSecret !== undefined && checkConsumerSecret(input.clientSecret).error === undefined) steps.push('client-secret');
	if (input.domain !== undefined && checkLoginHost(input.domain).ok) steps.push('login-host');
	// A callback URL given for the catcher says how the login comes back, unless this machine looks remote.
	if (input.method !== undefined || (input.redirectUri !== undefined && !options.remote && checkRedirectUri(input.redirectUri).ok)) steps.push('method');
	if (input.redirectUri !== undefined && checkRedirectUri(input.redirectUri, input.method).ok) steps.push('redirect-uri');
	return steps;
}

/** The first input step after `after` that is not skipped, or the login itself. */
export function nextStep(after: InputStep | 'welcome', skip: readonly InputStep[]): InputStep | 'authorize' {
	const start = after === 'welcome' ? 0 : inputSteps.indexOf(after) + 1;
	return inputSteps.slice(start).find(step => !skip.includes(step)) ?? 'authorize';
}

/**
 * Going back visits every value, skipped or not: the user went back to change one. The callback
 * URL is not one of a device login's values.
 */
export function previousStep(before: InputStep | 'authorize', values?: Pick<WizardValues, 'method'>): InputStep | 'welcome' {
	const index = before === 'authorize' ? inputSteps.length : inputSteps.indexOf(before);
	const previous = inputSteps[index - 1] ?? 'welcome';
	return previous === 'redirect-uri' && values?.method === 'device' ? 'method' : previous;
}

/**
 * Where the wizard opens. `sfrt login` given a Consumer Key (even one that fails its check)
 * skips Welcome: the user has an app, and a bad value is best shown at once on its own step.
 */
export function firstScreen(mode: WizardMode, hasOrgs: boolean, skip: readonly InputStep[], clientIdGiven = false): 'home' | 'welcome' | InputStep | 'authorize' {
	if (mode === 'home') return hasOrgs ? 'home' : 'welcome';
	if (mode === 'login' && (clientIdGiven || skip.includes('client-id'))) return nextStep('welcome', skip);
	return 'welcome';
}

/**
 * The value an error is about, where "go back and change …" leads; none when no value typed in
 * the wizard can fix it (the person denied access, the login timed out, the app lacks a scope):
 * then the failure offers Try again and Quit only.
 */
export function suggestBack(error: Pick<SfrtError, 'code'>): InputStep | undefined {
	switch (error.code) {
		case 'missing-client-id':
		case 'invalid-client-id':
		case 'invalid-request':
			return 'client-id';
		case 'invalid-client':
			return 'client-secret';
		case 'bad-domain':
		case 'lightning-domain':
		case 'insecure-domain':
		case 'not-json':
		case 'network':
		case 'unsupported-grant-type':
		case 'app-not-installed':
		case 'login-host-unreachable':
		case 'not-a-login-host':
			return 'login-host';
		case 'cross-org-app':
			return 'login-host';
		case 'device-flow-disabled':
			return 'method';
		case 'bad-redirect-uri':
		case 'redirect-uri-mismatch':
		case 'port-in-use':
		case 'port-permission':
		case 'loopback-failed':
			return 'redirect-uri';
		default:
			return undefined;
	}
}
