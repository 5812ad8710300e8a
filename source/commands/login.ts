import type {Command} from '../cli/command.js';
import {canPrompt, type CommandContext} from '../cli/context.js';
import {colours, formatFields} from '../cli/format.js';
import {DEFAULT_LOGIN_TIMEOUT_MS} from '../oauth/catcher.js';
import {loopbackLogin, prepareLogin, type LoginPhase} from '../oauth/login.js';
import {createTokenClient} from '../oauth/token-client.js';
import {savedOrgFromLogin} from '../store/from-login.js';
import {aliasFromUsername, configDir, OrgStore, validateAlias} from '../store/org-store.js';
import {openBrowser} from '../system/browser.js';
import {cliError} from '../cli/cli-error.js';
import {loginInputFrom, resolveLoginSettings, resolveScopes} from './login-settings.js';
import {loginText as text} from './messages.js';
import {orgJson} from '../orgs/view.js';
import {orgFields} from '../present/org-fields.js';

export const command: Command = {
	name: 'login',
	help: text.help,
	maxPositionals: 0,
	options: {
		'client-id': {type: 'string'},
		'client-secret': {type: 'string'},
		domain: {type: 'string', short: 'd'},
		'redirect-uri': {type: 'string'},
		scopes: {type: 'string'},
		prompt: {type: 'string'},
		alias: {type: 'string', short: 'a'},
		browser: {type: 'boolean', default: true},
		timeout: {type: 'string'},
		json: {type: 'boolean', default: false},
		reveal: {type: 'boolean', default: false},
	},
	async run({values}, context) {
		const json = values.json === true;
		const input = loginInputFrom(values, context.env);
		const alias = typeof values.alias === 'string' ? validateAlias(values.alias) : undefined;
		const timeoutMs = parseTimeout(values.timeout);
		if (!json && canPrompt(context)) {
			// No wizard step asks for scopes: a bad --scopes is a usage error before anything is drawn.
			resolveScopes(input.scopes);
			const {runWizard} = await import('../ui/run-wizard.js');
			return runWizard({mode: 'login', input, ...(alias ? {alias} : {}), timeoutMs, openBrowser: values.browser !== false, reveal: values.reveal === true}, context);
		}
		return plainLogin(context, {settings: resolveLoginSettings(input), alias, timeoutMs, json, reveal: values.reveal === true, browser: values.browser !== false});
	},
};

const MAX_TIMEOUT_SECONDS = 2_147_483;

function parseTimeout(value: unknown): number {
	if (value === undefined) return DEFAULT_LOGIN_TIMEOUT_MS;
	const seconds = Number(value);
	// setTimeout holds at most 2^31-1 ms.
	if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value.trim()) || seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
		throw cliError('usage', {params: {reason: `--timeout takes a number of seconds from 1 to ${MAX_TIMEOUT_SECONDS}, not "${String(value)}".`, command: 'login'}});
	}
	return Math.round(seconds * 1000);
}

interface PlainLoginOptions {
	settings: ReturnType<typeof resolveLoginSettings>;
	alias: string | undefined;
	timeoutMs: number;
	json: boolean;
	reveal: boolean;
	browser: boolean;
}

/** The login without a UI: progress on stderr, the result on stdout. */
async function plainLogin(context: CommandContext, options: PlainLoginOptions): Promise<number> {
	const c = colours(context.stderr, context.env);
	const say = (line: string) => context.stderr.write(`${line}\n`);
	const store = new OrgStore(configDir(context.env));
	const pending = prepareLogin(options.settings);

	const result = await loopbackLogin(pending, {
		client: createTokenClient(),
		timeoutMs: options.timeoutMs,
		signal: context.signal,
		async onListening() {
			say(text.openUrl);
			say(c.cyan(pending.authorizeUrl));
			if (options.browser) {
				const launch = await openBrowser(pending.authorizeUrl, context.env);
				if (!launch.ok) say(c.yellow(text.browserFailed(launch.reason)));
			}
			say(c.dim(text.waiting(options.settings.redirectUri.url, Math.round(options.timeoutMs / 1000))));
		},
		onPhase(phase: LoginPhase) {
			say(c.dim(text.phases[phase]));
		},
	});

	// Logging in again keeps the alias the login already has, unless --alias names another.
	const existing = store.findSameLogin({orgId: result.identity.orgId, userId: result.identity.userId, clientId: options.settings.clientId});
	const wanted = options.alias ?? existing?.alias ?? aliasFromUsername(result.identity.username);
	const {org, replaced} = store.save(savedOrgFromLogin(result, options.settings, wanted), {onAliasTaken: 'suffix'});
	const isDefault = store.defaultAlias() === org.alias;
	const notes = [
		...(org.alias === wanted ? [] : [text.aliasTaken(wanted, org.alias)]),
		...(replaced ? [text.replaced(replaced)] : []),
		...(result.rotated ? [text.rotated] : []),
	];

	if (options.json) {
		context.stdout.write(`${JSON.stringify({ok: true, org: orgJson(org, {reveal: options.reveal, isDefault}), rotated: result.rotated, replaced: replaced ?? null, notes, storePath: store.path})}\n`);
		return 0;
	}
	for (const note of notes) say(c.yellow(note));
	context.stdout.write(`${c.green('✔')} ${text.success(org.username, org.alias)}\n\n`);
	context.stdout.write(formatFields(orgFields(org, {reveal: options.reveal, isDefault})));
	context.stdout.write(`\n${text.savedTo(store.path)}\n${options.reveal ? '' : text.revealTip(org.alias)}`);
	return 0;
}
