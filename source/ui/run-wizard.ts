// Placeholder until the wizard lands (issue 3): it keeps `sfrt` and `sfrt login` honest on a terminal.
import type {CommandContext} from '../cli/context.js';
import type {LoginInput} from '../commands/login-settings.js';

export interface WizardRequest {
	mode: 'home' | 'login' | 'demo';
	input?: LoginInput;
	alias?: string;
	timeoutMs?: number;
	openBrowser?: boolean;
}

export async function runWizard(_request: WizardRequest, context: CommandContext): Promise<number> {
	context.stderr.write('The wizard is not built yet. Use: sfrt login --client-id <key> --json\n');
	return 2;
}
