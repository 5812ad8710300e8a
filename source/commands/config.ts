import path from 'node:path';
import type {Command} from '../cli/command.js';
import {cliError} from '../cli/cli-error.js';
import {configText as text} from './orgs-messages.js';
import {runtimeOf} from '../cli/runtime.js';

export const command: Command = {
	name: 'config',
	get help() {
		return text.help;
	},
	maxPositionals: 1,
	options: {
		json: {type: 'boolean', default: false},
	},
	async run({values, positionals}, context) {
		const what = positionals[0];
		if (what !== 'path') {
			throw cliError('usage', {params: {reason: what === undefined ? text.missing : text.unknown(what), command: 'config'}});
		}
		const store = runtimeOf(context).store();
		if (values.json === true) {
			context.stdout.write(`${JSON.stringify({ok: true, path: store.path, directory: path.dirname(store.path)})}\n`);
		} else {
			context.stdout.write(`${store.path}\n`);
		}
		return 0;
	},
};
