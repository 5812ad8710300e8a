import type {Command} from '../cli/command.js';
import {formatFields, secret} from '../cli/format.js';
import {orgDetails} from '../orgs/view.js';
import {orgFields} from '../orgs/view.js';
import {showText as text} from './orgs-messages.js';
import {runtimeOf} from '../cli/runtime.js';

export const command: Command = {
	name: 'show',
	help: text.help,
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
		const fields = orgFields(org, {reveal, isDefault});
		const at = fields.findIndex(([label]) => label === 'Consumer Key') + 1;
		fields.splice(at, 0, [text.consumerSecret, org.clientSecret ? secret(org.clientSecret, reveal) : '(none)']);
		fields.push([text.tokenIssued, org.accessTokenIssuedAt === undefined ? '(unknown)' : new Date(org.accessTokenIssuedAt).toISOString()]);
		fields.push([text.identityUrl, org.identityUrl]);
		context.stdout.write(formatFields(fields));
		if (!reveal) context.stdout.write(text.revealTip(org.alias));
		return 0;
	},
};
