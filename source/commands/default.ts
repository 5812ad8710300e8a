import type {Command} from '../cli/command.js';
import {orgListItem} from '../orgs/view.js';
import {defaultText as text} from './orgs-messages.js';
import {runtimeOf} from '../cli/runtime.js';

export const command: Command = {
	name: 'default',
	get help() {
		return text.help;
	},
	maxPositionals: 1,
	options: {
		json: {type: 'boolean', default: false},
	},
	async run({values, positionals}, context) {
		const store = runtimeOf(context).store();
		const json = values.json === true;
		const alias = positionals[0];
		if (alias === undefined) {
			const current = store.defaultAlias();
			const org = current === undefined ? undefined : store.get(current);
			if (json) {
				context.stdout.write(`${JSON.stringify({ok: true, defaultAlias: org?.alias ?? null, org: org ? orgListItem(org, org.alias) : null})}\n`);
			} else if (org) {
				context.stdout.write(`${org.alias}\n`);
			} else {
				context.stderr.write(`${text.none}\n`);
			}
			return 0;
		}
		const org = store.setDefault(alias);
		if (json) {
			context.stdout.write(`${JSON.stringify({ok: true, defaultAlias: org.alias, org: orgListItem(org, org.alias)})}\n`);
		} else {
			context.stdout.write(`${text.set(org.alias, org.username)}\n`);
		}
		return 0;
	},
};
