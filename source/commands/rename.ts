import type {Command} from '../cli/command.js';
import {cliError} from '../cli/cli-error.js';
import {orgListItem} from '../orgs/view.js';
import {cliText} from '../cli/messages.js';
import {renameText as text} from './orgs-messages.js';
import {runtimeOf} from '../cli/runtime.js';

export const command: Command = {
	name: 'rename',
	get help() {
		return text.help;
	},
	maxPositionals: 2,
	options: {
		json: {type: 'boolean', default: false},
	},
	async run({values, positionals}, context) {
		const [from, to] = positionals;
		if (from === undefined || to === undefined) {
			throw cliError('usage', {params: {reason: cliText.usage.renameNeedsAliases, command: 'rename'}});
		}
		const store = runtimeOf(context).store();
		const org = store.rename(from, to);
		if (values.json === true) {
			context.stdout.write(`${JSON.stringify({ok: true, from, to: org.alias, org: orgListItem(org, store.defaultAlias())})}\n`);
		} else {
			context.stdout.write(`${text.done(from, org.alias)}\n`);
		}
		return 0;
	},
};
