import type {Command} from './command.js';

interface Entry {
	summary: string;
	load: () => Promise<{command: Command}>;
}

/** Every command, loaded only when used so that start-up stays fast. */
export const commands: Record<string, Entry> = {
	login: {summary: 'log in to an org and save its refresh token', load: () => import('../commands/login.js')},
};
