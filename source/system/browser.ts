import {spawn} from 'node:child_process';
import {systemText} from './messages.js';

export type BrowserLaunch = {ok: true; command: string} | {ok: false; command: string; reason: string};

/** How long a launcher may run before we take it that the browser is up. */
const SETTLE_MS = 1500;

/**
 * Opens a URL in the user's browser: $BROWSER when set (as xdg-open does), else the platform's
 * opener. The launcher's exit code tells whether it worked: `xdg-open` exits 3 when it finds
 * no browser, and we report that instead of pretending.
 */
export function openBrowser(url: string, env: NodeJS.ProcessEnv = process.env): Promise<BrowserLaunch> {
	const command = browserCommand(url, env);
	return new Promise(resolve => {
		let child;
		try {
			child = spawn(command.file, command.args, {detached: true, stdio: 'ignore', shell: command.shell, env});
		} catch (error) {
			resolve({ok: false, command: command.display, reason: (error as Error).message});
			return;
		}
		const timer = setTimeout(() => {
			child.unref();
			resolve({ok: true, command: command.display});
		}, SETTLE_MS);
		child.once('error', error => {
			clearTimeout(timer);
			resolve({ok: false, command: command.display, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? systemText.browser.notInstalled(command.display) : error.message});
		});
		child.once('exit', code => {
			clearTimeout(timer);
			resolve(code === 0 ? {ok: true, command: command.display} : {ok: false, command: command.display, reason: systemText.browser.exited(command.display, code)});
		});
	});
}

interface Command {
	file: string;
	args: string[];
	shell: boolean;
	display: string;
}

function browserCommand(url: string, env: NodeJS.ProcessEnv): Command {
	const fromEnv = env.BROWSER?.split(':')[0]?.trim();
	if (fromEnv) {
		const line = fromEnv.includes('%s') ? fromEnv.replaceAll('%s', shellQuote(url)) : `${fromEnv} ${shellQuote(url)}`;
		return {file: line, args: [], shell: true, display: systemText.browser.fromEnv(fromEnv)};
	}
	if (process.platform === 'darwin') return {file: 'open', args: [url], shell: false, display: 'open'};
	if (process.platform === 'win32') return {file: 'rundll32', args: ['url.dll,FileProtocolHandler', url], shell: false, display: 'rundll32'};
	return {file: 'xdg-open', args: [url], shell: false, display: 'xdg-open'};
}

export function shellQuote(value: string): string {
	return `'${value.replaceAll("'", `'\\''`)}'`;
}
