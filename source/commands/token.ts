import {explainOption} from '../cli/explain.js';
import type {Command} from '../cli/command.js';
import {getAccessToken} from '../orgs/access-token.js';
import {tokenText as text} from './orgs-messages.js';
import {runtimeOf} from '../cli/runtime.js';

export const command: Command = {
	name: 'token',
	get help() {
		return text.help;
	},
	maxPositionals: 1,
	options: {
		...explainOption,
		fresh: {type: 'boolean', default: false},
		json: {type: 'boolean', default: false},
	},
	async run({values, positionals}, context) {
		const store = runtimeOf(context).store();
		const result = await getAccessToken(store, positionals[0], runtimeOf(context).tokenClient, {fresh: values.fresh === true});
		if (values.json === true) {
			context.stdout.write(`${JSON.stringify({
				ok: true,
				accessToken: result.accessToken,
				instanceUrl: result.instanceUrl,
				issuedAt: new Date(result.issuedAt).toISOString(),
				alias: result.org.alias,
				username: result.org.username,
				refreshed: result.refreshed,
				rotated: result.rotated,
			})}\n`);
			return 0;
		}
		context.stdout.write(`${result.accessToken}\n`);
		return 0;
	},
};
