import {explainOption} from '../cli/explain.js';
import type {Command} from '../cli/command.js';
import {canPrompt} from '../cli/context.js';
import {runtimeOf} from '../cli/runtime.js';
import {DEFAULT_LOGIN_TIMEOUT_MS} from '../oauth/login-timeout.js';
import type {LoginMethod} from '../login/settings.js';
import {loginInputOfOrg, resolveLoginSettings, resolveScopes, type LoginInput} from '../login/settings.js';
import {validateAlias} from '../store/org-store.js';
import {cliError} from '../cli/cli-error.js';
import {loginText as text} from './messages.js';

// The login without a UI (plain-login.ts) and the wizard are each loaded only when chosen.
export const command: Command = {
	name: 'login',
	get help() {
		return text.help;
	},
	maxPositionals: 0,
	options: {
		...explainOption,
		'client-id': {type: 'string'},
		'client-secret': {type: 'string'},
		domain: {type: 'string', short: 'd'},
		'redirect-uri': {type: 'string'},
		scopes: {type: 'string'},
		prompt: {type: 'string'},
		alias: {type: 'string', short: 'a'},
		org: {type: 'string'},
		paste: {type: 'boolean', default: false},
		device: {type: 'boolean', default: false},
		browser: {type: 'boolean', default: true},
		timeout: {type: 'string'},
		json: {type: 'boolean', default: false},
		reveal: {type: 'boolean', default: false},
	},
	async run({values}, context) {
		const json = values.json === true;
		// --org: log in again to a saved org with what it was logged in with; flags override.
		const relogin = typeof values.org === 'string' ? runtimeOf(context).store().resolve(values.org) : undefined;
		const given = loginInputFrom(values, relogin ? {} : context.env);
		const input: LoginInput = relogin ? {...loginInputOfOrg(relogin), ...definedOnly(given)} : given;
		const alias = typeof values.alias === 'string' ? validateAlias(values.alias) : undefined;
		const timeoutMs = parseTimeout(values.timeout);
		if (values.paste === true && values.device === true) throw cliError('usage', {params: {reason: text.pasteAndDevice, command: 'login'}});
		const method: LoginMethod | undefined = values.paste === true ? 'paste' : values.device === true ? 'device' : undefined;
		// --explain writes each step on stderr, which a wizard on the same terminal would overwrite.
		if (!json && values.explain !== true && canPrompt(context)) {
			// No wizard step asks for scopes: a bad --scopes is a usage error before anything is drawn.
			resolveScopes(input.scopes);
			const {startWizard} = await import('../ui/start-wizard.js');
			return startWizard({mode: 'login', input: {...input, ...(method ? {method} : {})}, ...(alias ? {alias} : {}), ...(relogin ? {relogin} : {}), timeoutMs, openBrowser: values.browser !== false, reveal: values.reveal === true}, context);
		}
		const {plainLogin} = await import('./plain-login.js');
		return plainLogin(context, {settings: resolveLoginSettings(input, {paste: method !== undefined}), method: method ?? 'browser', alias, relogin, timeoutMs, json, reveal: values.reveal === true, browser: values.browser !== false});
	},
};

const MAX_TIMEOUT_SECONDS = 2_147_483;

function parseTimeout(value: unknown): number {
	if (value === undefined) return DEFAULT_LOGIN_TIMEOUT_MS;
	const seconds = Number(value);
	// setTimeout holds at most 2^31-1 ms.
	if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value.trim()) || seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
		throw cliError('usage', {params: {reason: text.badTimeout(MAX_TIMEOUT_SECONDS, String(value)), command: 'login'}});
	}
	return Math.round(seconds * 1000);
}

function definedOnly(input: LoginInput): LoginInput {
	return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

/** What `sfrt login` was given, as flags or environment. */
function loginInputFrom(values: Record<string, unknown>, env: NodeJS.ProcessEnv): LoginInput {
	const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
	return {
		clientId: text(values['client-id']) ?? (env.SFRT_CLIENT_ID || undefined),
		clientSecret: text(values['client-secret']) ?? (env.SFRT_CLIENT_SECRET || undefined),
		domain: text(values.domain),
		redirectUri: text(values['redirect-uri']),
		scopes: text(values.scopes),
		prompt: text(values.prompt),
	};
}
