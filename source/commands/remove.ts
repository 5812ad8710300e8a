import {explainOption} from '../cli/explain.js';
import type {Command} from '../cli/command.js';
import {cliError} from '../cli/cli-error.js';
import {colours} from '../cli/format.js';
import {removeOrg, type RemoveResult} from '../orgs/remove.js';
import {cliText} from '../cli/messages.js';
import {removeText as text} from './orgs-messages.js';
import {runtimeOf} from '../cli/runtime.js';

export const command: Command = {
	name: 'remove',
	get help() {
		return text.help;
	},
	maxPositionals: 1,
	options: {
		...explainOption,
		'keep-remote': {type: 'boolean', default: false},
		force: {type: 'boolean', default: false},
		json: {type: 'boolean', default: false},
	},
	async run({values, positionals}, context) {
		const alias = positionals[0];
		if (alias === undefined) throw cliError('usage', {params: {reason: cliText.usage.removeNeedsAlias, command: 'remove'}});
		const store = runtimeOf(context).store();
		const result = await removeOrg(store, alias, {keepRemote: values['keep-remote'] === true, force: values.force === true, signal: context.signal}, runtimeOf(context).tokenClient);
		if (values.json === true) {
			context.stdout.write(`${JSON.stringify({
				ok: true,
				alias: result.org.alias,
				username: result.org.username,
				revoke: result.revoke,
				revokedAt: result.revokedAt ?? null,
				revokeError: result.revokeError ? {code: result.revokeError.code, message: result.revokeError.message, hint: result.revokeError.hint} : null,
				wasDefault: result.wasDefault,
			})}\n`);
			return 0;
		}
		context.stdout.write(describe(result, context));
		return 0;
	},
};

function describe(result: RemoveResult, context: Parameters<Command['run']>[1]): string {
	const c = colours(context.stdout, context.env);
	const {alias, username} = result.org;
	const revoke = {
		revoked: () => text.revoked(alias),
		'already-invalid': () => text.alreadyInvalid(alias),
		skipped: () => text.skipped(alias),
		failed: () => c.yellow(text.failed(alias, result.revokeError?.message ?? text.unknownReason)),
	}[result.revoke]();
	return [revoke, `${c.green('✔')} ${text.removed(alias, username)}`, ...(result.wasDefault ? [text.wasDefault] : [])].join('\n') + '\n';
}
