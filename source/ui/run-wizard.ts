// Imported only on demand (main.ts and the commands load it with import()), so it may load Ink and React.
import {render} from 'ink';
import {createElement} from 'react';
import type {CommandContext} from '../cli/context.js';
import {runtimeOf} from '../cli/runtime.js';
import type {Relogin} from '../login/save.js';
import type {LoginInput} from '../login/settings.js';
import {DEFAULT_LOGIN_TIMEOUT_MS} from '../oauth/login-timeout.js';
import {realServices, type WizardServices} from './services.js';
import {eraseFirstFrame} from './first-frame.js';
import {terminalFeatures} from './terminal.js';
import {Wizard} from './wizard.js';

export interface WizardRequest {
	mode: 'home' | 'login' | 'demo';
	/** Values given as flags or environment: their steps are skipped. */
	input?: LoginInput;
	/** Save under this alias without asking. */
	alias?: string;
	/** Logging in again to this saved org: its entry is replaced without asking (if the same user logs in). */
	relogin?: Relogin;
	timeoutMs?: number;
	/** Open the browser at once (default true); `o` opens it either way. */
	openBrowser?: boolean;
	/** Values shown pre-filled but still asked (the demo's Consumer Key and Secret). */
	defaults?: LoginInput;
	/** Where saved orgs go; default configDir(context.env). The demo passes a temporary folder. */
	configDir?: string;
	/** The demo's emulator and user, shown where they help. */
	demo?: {username: string; password: string; loginUrl: string};
	/** Start the result screen with the refresh token shown in full (--reveal). */
	reveal?: boolean;
	/** Replaces the real browser, catcher, token client or store (tests). */
	services?: Partial<WizardServices>;
}

/**
 * Renders the wizard on the terminal and resolves with the exit code once it has left:
 * 0 done, 1 or 2 after an error the user quit on, 130 cancelled. Ctrl+C is handled by the
 * wizard itself (exitOnCtrlC off) so that it can close the loopback catcher first.
 */
export async function runWizard(request: WizardRequest, context: CommandContext, firstFrameLines = 0): Promise<number> {
	const stdout = context.stdout as NodeJS.WriteStream;
	if (firstFrameLines > 0) drawOver(stdout, firstFrameLines);
	const services: WizardServices = {
		...realServices({env: context.env, runtime: runtimeOf(context), configDir: request.configDir, terminal: terminalFeatures(context.env, stdout)}),
		...request.services,
	};
	let exitCode = 1;
	const instance = render(
		createElement(Wizard, {
			mode: request.mode,
			input: request.input ?? {},
			defaults: request.defaults ?? {},
			alias: request.alias,
			relogin: request.relogin,
			timeoutMs: request.timeoutMs ?? DEFAULT_LOGIN_TIMEOUT_MS,
			autoOpen: request.openBrowser ?? true,
			demo: request.demo,
			services,
			signal: context.signal,
			reveal: request.reveal ?? false,
			onExit: code => {
				exitCode = code;
			},
		}),
		{
			stdout,
			stdin: context.stdin as NodeJS.ReadStream,
			stderr: context.stderr as NodeJS.WriteStream,
			exitOnCtrlC: false,
		},
	);
	await instance.waitUntilExit();
	return exitCode;
}

/** Ink's first write starts by erasing the first frame startWizard drew: one write, so no flicker. */
function drawOver(stdout: NodeJS.WriteStream, lines: number): void {
	const write = stdout.write;
	stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
		stdout.write = write;
		const erased = typeof chunk === 'string' ? eraseFirstFrame(lines) + chunk : Buffer.concat([Buffer.from(eraseFirstFrame(lines)), chunk as Uint8Array]);
		return (write as (...args: unknown[]) => boolean).call(this, erased, ...rest);
	} as typeof stdout.write;
}
