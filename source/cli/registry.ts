import type {Command} from './command.js';

interface Entry {
	summary: string;
	load: () => Promise<{command: Command}>;
}

/** Every command, loaded only when used so that start-up stays fast. */
export const commands: Record<string, Entry> = {
	login: {summary: 'log in to an org and save its refresh token', load: () => import('../commands/login.js')},
	demo: {summary: 'try the whole flow against a built-in Salesforce emulator', load: () => import('../commands/demo.js')},
	list: {summary: 'list the saved orgs', load: () => import('../commands/list.js')},
	show: {summary: 'show one saved org (secrets masked unless --reveal)', load: () => import('../commands/show.js')},
	token: {summary: 'print a valid access token for scripts', load: () => import('../commands/token.js')},
	refresh: {summary: 'prove saved refresh tokens still work (one org or --all)', load: () => import('../commands/refresh.js')},
	export: {summary: "print an org's credentials as env, shell, json or sfdx-url", load: () => import('../commands/export.js')},
	import: {summary: 'add an org from an SFDX auth URL', load: () => import('../commands/import.js')},
	default: {summary: 'show or set the default org', load: () => import('../commands/default.js')},
	rename: {summary: 'give a saved org another alias', load: () => import('../commands/rename.js')},
	remove: {summary: 'revoke an org\'s refresh token and forget the org', load: () => import('../commands/remove.js')},
	config: {summary: 'show where sfrt keeps its files (config path)', load: () => import('../commands/config.js')},
};
