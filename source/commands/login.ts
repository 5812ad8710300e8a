import {authorizeLines, explainOption} from '../cli/explain.js';
import {cliText} from '../cli/messages.js';
import type {Command} from '../cli/command.js';
import {canPrompt, type CommandContext} from '../cli/context.js';
import {colours, formatFields} from '../cli/format.js';
import {runtimeOf} from '../cli/runtime.js';
import {DEFAULT_LOGIN_TIMEOUT_MS, startCatcher} from '../oauth/catcher.js';
import {checkAuthorizeUrl} from '../oauth/preflight.js';
import {loopbackSource, startLogin, type LoginEvent} from '../login/engine.js';
import {pasteSource} from '../login/paste.js';
import {deviceSource} from '../login/device.js';
import {portForward, remoteReason} from '../system/remote.js';
import {systemText} from '../system/messages.js';
import type {LoginMethod} from '../login/settings.js';
import {readPaste} from '../system/read-paste.js';
import {loginInputOfOrg, resolveLoginSettings, resolveScopes, type LoginInput} from '../login/settings.js';
import {validateAlias} from '../store/org-store.js';
import type {SavedOrg} from '../store/saved-org.js';
import {openBrowser} from '../system/browser.js';
import {cliError} from '../cli/cli-error.js';
import {loginText as text} from './messages.js';
import {orgJson} from '../orgs/view.js';
import {formatSfdxAuthUrl} from '../orgs/sfdx-url.js';
import {orgFields} from '../present/org-fields.js';

export const command: Command = {
	name: 'login',
	help: text.help,
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
			const {runWizard} = await import('../ui/run-wizard.js');
			return runWizard({mode: 'login', input: {...input, ...(method ? {method} : {})}, ...(alias ? {alias} : {}), ...(relogin ? {relogin} : {}), timeoutMs, openBrowser: values.browser !== false, reveal: values.reveal === true}, context);
		}
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

interface PlainLoginOptions {
	/** --paste: the code comes from a line pasted on stdin; --device: the device flow; else the loopback catcher. */
	method: LoginMethod;
	settings: ReturnType<typeof resolveLoginSettings>;
	alias: string | undefined;
	timeoutMs: number;
	json: boolean;
	reveal: boolean;
	browser: boolean;
	/** --org: the saved org this login renews. */
	relogin: SavedOrg | undefined;
}

/** The login without a UI: progress on stderr, the result on stdout. */
async function plainLogin(context: CommandContext, options: PlainLoginOptions): Promise<number> {
	const c = colours(context.stderr, context.env);
	const say = (line: string) => context.stderr.write(`${line}\n`);
	const runtime = runtimeOf(context);
	const {settings, method} = options;
	const remote = remoteReason(context.env);
	const adviseRemote = (reason: string) => say(c.yellow(text.remote(reason, portForward(settings.redirectUri))));
	const sources = {
		browser: () => loopbackSource(startCatcher, {timeoutMs: options.timeoutMs}),
		paste: () => pasteSource(signal => readPaste(context.stdin, signal)),
		// The device code's own life bounds its wait, unless --timeout says otherwise.
		device: () => deviceSource(runtime.tokenClient, {timeoutMs: options.timeoutMs === DEFAULT_LOGIN_TIMEOUT_MS ? undefined : options.timeoutMs, onSlowDown: intervalMs => say(c.dim(text.slowDown(Math.round(intervalMs / 1000))))}),
	};

	const login = startLogin({
		settings,
		source: sources[method](),
		client: runtime.tokenClient,
		// The device flow has no authorize URL: asking for its code checks the app.
		check: method === 'device' ? undefined : (url, check, {signal}) => checkAuthorizeUrl(url, check, {signal, gateway: runtime.gateway}),
		// Paste mode and the device flow are for a browser elsewhere, and so is a remote machine.
		openBrowser: options.browser && method === 'browser' && !remote ? url => openBrowser(url, context.env) : undefined,
		signal: context.signal,
		save: {store: runtime.store(), alias: options.alias, relogin: options.relogin, onAliasTaken: 'suffix'},
		onEvent(event: LoginEvent) {
			if (event.type === 'waiting' && event.device) {
				say(text.deviceOpen(c.cyan(event.device.verificationUri)));
				say(text.deviceCode(c.bold(event.device.userCode)));
				say(c.dim(text.devicePageErrorAdvice));
				say(c.dim(text.deviceWaiting(Math.round(((event.deadline ?? Date.now()) - Date.now()) / 60_000))));
			} else if (event.type === 'waiting') {
				for (const line of context.explain ? authorizeLines(event.authorizeUrl) : []) context.explain!(line);
				say(text.openUrl);
				say(c.cyan(event.authorizeUrl));
				if (method === 'paste') say(c.dim(text.pasteAsk));
				else {
					say(c.dim(text.waiting(settings.redirectUri.url, Math.round(options.timeoutMs / 1000))));
					say(c.dim(text.pageErrorAdvice));
					if (remote) adviseRemote(systemText.remoteReasons[remote]);
				}
			} else if (event.type === 'browser' && typeof event.state === 'object' && !event.state.ok) {
				say(c.yellow(text.browserFailed(event.state.reason)));
				if (method === 'browser' && !remote) adviseRemote(systemText.remoteReasons['browser-failed']);
			} else if (event.type === 'failed' && event.unsaved) {
				// Nothing else holds this token now: the person keeps it, by hand, until the store works again.
				const url = formatSfdxAuthUrl({clientId: settings.clientId, clientSecret: settings.clientSecret, refreshToken: event.unsaved.tokens.refreshToken, instanceUrl: event.unsaved.tokens.instanceUrl}, () => event.error);
				say(c.yellow(text.unsaved));
				say(url);
			} else if (event.type === 'code-received') {
				context.explain?.(method === 'device' ? cliText.explain.deviceTokens : cliText.explain.codeArrived);
			} else if (event.type === 'phase') {
				say(c.dim(text.phases[event.phase]));
			}
		},
	});
	const {result, saved} = await login.done;
	const {org, replaced, wanted, isDefault, path, notRelogin} = saved!;
	const notes = [
		...(notRelogin ? [text.notRelogin(org.username, notRelogin)] : []),
		...(org.alias === wanted ? [] : [text.aliasTaken(wanted, org.alias)]),
		...(replaced ? [text.replaced(replaced)] : []),
		...(result.rotated ? [text.rotated] : []),
	];

	if (options.json) {
		context.stdout.write(`${JSON.stringify({ok: true, org: orgJson(org, {reveal: options.reveal, isDefault}), rotated: result.rotated, replaced: replaced ?? null, notes, storePath: path})}\n`);
		return 0;
	}
	for (const note of notes) say(c.yellow(note));
	context.stdout.write(`${c.green('✔')} ${text.success(org.username, org.alias)}\n\n`);
	context.stdout.write(formatFields(orgFields(org, {reveal: options.reveal, isDefault})));
	context.stdout.write(`\n${text.savedTo(path)}\n${options.reveal ? '' : text.revealTip(org.alias)}`);
	return 0;
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
