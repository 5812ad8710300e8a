import {cliError} from '../cli/cli-error.js';
import type {Command} from '../cli/command.js';
import type {CommandContext} from '../cli/context.js';
import {formatError} from '../cli/format.js';
import {errorFromPageText, unknownPageError} from '../oauth/page-error.js';
import {whyText as text} from './why-messages.js';

export const command: Command = {
	name: 'why',
	get help() {
		return text.help;
	},
	// Unquoted text arrives as many words: they are one error.
	maxPositionals: Number.POSITIVE_INFINITY,
	options: {
		json: {type: 'boolean', default: false},
	},
	async run({values, positionals}, context) {
		const said = (await errorText(positionals, context)).trim();
		if (!said) throw cliError('usage', {params: {reason: text.needsText, command: 'why'}});
		const error = errorFromPageText(said);
		if (!error) throw unknownPageError(said, 'pasted');
		if (values.json === true) {
			context.stdout.write(`${JSON.stringify({ok: true, error})}\n`);
			return 0;
		}
		context.stdout.write(formatError(error, context.stdout, context.env));
		return 0;
	},
};

/** The words given, or stdin for "-" (or when nothing is given and stdin is piped). */
async function errorText(positionals: string[], context: CommandContext): Promise<string> {
	const stdin = context.stdin as NodeJS.ReadStream;
	const fromStdin = positionals.length === 1 && positionals[0] === '-';
	if (!fromStdin && (positionals.length > 0 || stdin.isTTY)) return positionals.join(' ');
	if (stdin.isTTY) context.stderr.write(`${text.stdinIsTerminal}\n`);
	let input = '';
	for await (const chunk of stdin) input += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
	return input;
}
