// How commands open the wizard: the first screen goes up at once, then Ink and React load.
import type {CommandContext} from '../cli/context.js';
import {colours} from '../cli/format.js';
import {runtimeOf} from '../cli/runtime.js';
import {OrgStore} from '../store/org-store.js';
import {remoteReason} from '../system/remote.js';
import {firstFrame} from './first-frame.js';
import type {WizardRequest} from './run-wizard.js';

export async function startWizard(request: WizardRequest, context: CommandContext): Promise<number> {
	const firstFrameLines = await drawFirstFrame(request, context);
	let runWizard;
	try {
		({runWizard} = await import('./run-wizard.js'));
	} catch (error) {
		// The terminal as it was: the cursor back, keys echoed again.
		if (firstFrameLines > 0) restoreTerminal(context);
		throw error;
	}
	return runWizard(request, context, firstFrameLines);
}

/** Draws the Welcome screen when the wizard opens on it; returns how many lines it took (0: none drawn). */
async function drawFirstFrame(request: WizardRequest, context: CommandContext): Promise<number> {
	const stdout = context.stdout as NodeJS.WriteStream;
	if (!stdout.isTTY || request.services) return 0;
	const lines = await firstFrame({
		mode: request.mode,
		input: request.input ?? {},
		hasSavedOrgs: () => savedOrgsIn(request, context),
		remote: remoteReason(context.env) !== undefined,
		columns: stdout.columns,
		rows: stdout.rows,
		paint: colours(context.stdout, context.env),
	});
	if (!lines) return 0;
	// Keys pressed before Ink runs wait for it, unechoed: they would break the frame.
	(context.stdin as NodeJS.ReadStream).setRawMode?.(true);
	// Hidden as Ink hides it: no cursor blinking under the frame.
	stdout.write(`\u001B[?25l${lines.join('\n')}\n`);
	return lines.length;
}

function savedOrgsIn(request: WizardRequest, context: CommandContext): boolean {
	try {
		const store = request.configDir ? new OrgStore(request.configDir) : runtimeOf(context).store();
		return store.list().length > 0;
	} catch {
		// The wizard shows what is wrong with the store: not a Welcome screen.
		return true;
	}
}

function restoreTerminal(context: CommandContext): void {
	(context.stdin as NodeJS.ReadStream).setRawMode?.(false);
	context.stdout.write('\u001B[?25h');
}
