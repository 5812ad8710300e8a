import type {Command} from './command.js';
import type {CommandName} from './messages.js';

interface Entry {
	load: () => Promise<{command: Command}>;
}

/**
 * Every command, loaded only when used so that start-up stays fast. Its one-line summary is in
 * the catalog (cli/messages.ts), under the same name.
 */
const entries = {
	login: {load: () => import('../commands/login.js')},
	demo: {load: () => import('../commands/demo.js')},
	list: {load: () => import('../commands/list.js')},
	show: {load: () => import('../commands/show.js')},
	token: {load: () => import('../commands/token.js')},
	refresh: {load: () => import('../commands/refresh.js')},
	export: {load: () => import('../commands/export.js')},
	import: {load: () => import('../commands/import.js')},
	default: {load: () => import('../commands/default.js')},
	rename: {load: () => import('../commands/rename.js')},
	remove: {load: () => import('../commands/remove.js')},
	config: {load: () => import('../commands/config.js')},
	doctor: {load: () => import('../commands/doctor.js')},
	why: {load: () => import('../commands/why.js')},
} satisfies Record<CommandName, Entry>;

export const commands: Readonly<Record<string, Entry>> = entries;

/** The command names in the order `sfrt --help` lists them. */
export const commandNames = Object.keys(entries) as CommandName[];
