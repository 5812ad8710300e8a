import {authorizeLines} from '../cli/explain.js';
import {cliText} from '../cli/messages.js';
import type {CommandContext} from '../cli/context.js';
import {colours, formatFields} from '../cli/format.js';
import {runtimeOf} from '../cli/runtime.js';
import {startCatcher} from '../oauth/catcher.js';
import {DEFAULT_LOGIN_TIMEOUT_MS} from '../oauth/login-timeout.js';
import {checkAuthorizeUrl} from '../oauth/preflight.js';
import {loopbackSource, startLogin, type LoginEvent} from '../login/engine.js';
import {pasteSource} from '../login/paste.js';
import {deviceSource} from '../login/device.js';
import {portForward, remoteReason} from '../system/remote.js';
import {systemText} from '../system/messages.js';
import type {LoginMethod, resolveLoginSettings} from '../login/settings.js';
import {readPaste} from '../system/read-paste.js';
import type {SavedOrg} from '../store/saved-org.js';
import {openBrowser} from '../system/browser.js';
import {loginText as text} from './messages.js';
import {orgJson} from '../orgs/view.js';
import {formatSfdxAuthUrl} from '../orgs/sfdx-url.js';
import {orgFields} from '../present/org-fields.js';

export interface PlainLoginOptions {
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
export async function plainLogin(context: CommandContext, options: PlainLoginOptions): Promise<number> {
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

