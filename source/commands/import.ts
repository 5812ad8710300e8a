import {explainOption} from '../cli/explain.js';
import type {Command} from '../cli/command.js';
import type {CommandContext} from '../cli/context.js';
import {colours, formatFields} from '../cli/format.js';
import {importSfdxUrl, sfdxUrlFromInput} from '../orgs/import.js';
import {orgsError} from '../orgs/orgs-error.js';
import {orgDetails} from '../orgs/view.js';
import {orgFields} from '../present/org-fields.js';
import {importText as text} from './orgs-messages.js';
import {runtimeOf} from '../cli/runtime.js';

export const command: Command = {
	name: 'import',
	get help() {
		return text.help;
	},
	maxPositionals: 1,
	options: {
		...explainOption,
		alias: {type: 'string', short: 'a'},
		reveal: {type: 'boolean', default: false},
		json: {type: 'boolean', default: false},
	},
	async run({values, positionals}, context) {
		const url = await readUrl(positionals[0], context);
		const store = runtimeOf(context).store();
		const alias = typeof values.alias === 'string' ? values.alias : undefined;
		const result = await importSfdxUrl(url, store, runtimeOf(context).tokenClient, {alias});
		const {org} = result;
		const reveal = values.reveal === true;
		const isDefault = store.defaultAlias() === org.alias;
		const notes = [
			...(org.alias === result.wantedAlias ? [] : [text.aliasTaken(result.wantedAlias, org.alias)]),
			...(result.replaced ? [text.replaced(result.replaced)] : []),
			...(result.rotated ? [text.rotated] : []),
		];
		if (values.json === true) {
			context.stdout.write(`${JSON.stringify({ok: true, org: orgDetails(org, {reveal, isDefault}), replaced: result.replaced ?? null, rotated: result.rotated, notes, storePath: store.path})}\n`);
			return 0;
		}
		const c = colours(context.stdout, context.env);
		for (const note of notes) context.stderr.write(`${colours(context.stderr, context.env).yellow(note)}\n`);
		context.stdout.write(`${c.green('✔')} ${text.success(org.username, org.alias)}\n\n`);
		context.stdout.write(formatFields(orgFields(org, {reveal, isDefault})));
		return 0;
	},
};

/** The URL from the argument, or from stdin for "-" or when stdin is piped. */
async function readUrl(argument: string | undefined, context: CommandContext): Promise<string> {
	if (argument !== undefined && argument !== '-') return argument;
	const stdin = context.stdin as NodeJS.ReadStream;
	if (argument === undefined && stdin.isTTY) throw orgsError('no-sfdx-url');
	if (stdin.isTTY) context.stderr.write(`${text.stdinIsTerminal}\n`);
	let input = '';
	for await (const chunk of stdin) input += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
	const url = sfdxUrlFromInput(input);
	if (!url) throw orgsError('no-sfdx-url');
	return url;
}
