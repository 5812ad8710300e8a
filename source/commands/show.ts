import type {Command} from '../cli/command.js';
import {formatFields} from '../cli/format.js';
import {orgDetails} from '../orgs/view.js';
import {orgFields} from '../present/org-fields.js';
import {showText as text} from './orgs-messages.js';
import {runtimeOf} from '../cli/runtime.js';

export const command: Command = {
	name: 'show',
	get help() {
		return text.help;
	},
	maxPositionals: 1,
	options: {
		reveal: {type: 'boolean', default: false},
		json: {type: 'boolean', default: false},
	},
	async run({values, positionals}, context) {
		const store = runtimeOf(context).store();
		const org = store.resolve(positionals[0]);
		const reveal = values.reveal === true;
		const isDefault = store.defaultAlias() === org.alias;
		if (values.json === true) {
			context.stdout.write(`${JSON.stringify({ok: true, org: orgDetails(org, {reveal, isDefault})})}\n`);
			return 0;
		}
		context.stdout.write(formatFields(orgFields(org, {set: 'show', reveal, isDefault})));
		if (!reveal) context.stdout.write(text.revealTip(org.alias));
		return 0;
	},
};
