import type {Command} from '../cli/command.js';
import {exportOrg, parseExportFormat} from '../orgs/export.js';
import {exportText as text} from './orgs-messages.js';
import {runtimeOf} from '../cli/runtime.js';

export const command: Command = {
	name: 'export',
	get help() {
		return text.help;
	},
	maxPositionals: 1,
	options: {
		format: {type: 'string', short: 'f', default: 'env'},
		json: {type: 'boolean', default: false},
	},
	async run({values, positionals}, context) {
		const format = parseExportFormat(String(values.format));
		const store = runtimeOf(context).store();
		const org = store.resolve(positionals[0]);
		const output = exportOrg(org, format);
		if (values.json === true) {
			context.stdout.write(`${JSON.stringify({ok: true, alias: org.alias, format, output})}\n`);
			return 0;
		}
		context.stdout.write(output);
		return 0;
	},
};
