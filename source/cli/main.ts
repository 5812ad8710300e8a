import {parseArgs} from 'node:util';
import {toSfrtError} from '../errors.js';
import {chooseLocale} from '../i18n/choose.js';
import {locales, setLocale} from '../i18n/index.js';
import {cliError} from './cli-error.js';
import {configDir} from '../store/config-dir.js';
import type {Command} from './command.js';
import {canPrompt, type CommandContext} from './context.js';
import {formatError} from './format.js';
import {cliText} from './messages.js';
import {commandNames, commands} from './registry.js';
import {version} from './version.js';

/** Runs one sfrt invocation and returns its exit code. Nothing here loads Ink or React. */
export async function main(args: string[], context: CommandContext): Promise<number> {
	const {locale, argv, unknown} = chooseLocale(args, context.env);
	setLocale(locale);
	const [name, ...rest] = argv;
	const json = argv.includes('--json');
	try {
		if (unknown !== undefined) throw cliError('unknown-language', {params: {value: unknown, known: locales.join(', ')}});
		if (name === undefined) {
			if (!canPrompt(context)) throw cliError('no-tty');
			const {startWizard} = await import('../ui/start-wizard.js');
			return await startWizard({mode: 'home'}, context);
		}
		if (name === '-h' || name === '--help' || name === 'help') {
			const topic = rest[0];
			if (topic && Object.hasOwn(commands, topic)) return printHelp((await commands[topic]!.load()).command, context);
			context.stdout.write(await mainText());
			return 0;
		}
		if (name === '-v' || name === '--version') {
			context.stdout.write(`${version()}\n`);
			return 0;
		}
		if (!Object.hasOwn(commands, name)) throw cliError('unknown-command', {params: {name}});
		const {command} = await commands[name]!.load();
		if (rest.includes('--help') || rest.includes('-h')) return printHelp(command, context);
		const parsed = parse(command, rest);
		// Stopped before it started (a signal while sfrt was loading): say so like any cancel.
		if (context.signal.aborted) throw (await import('../oauth/oauth-error.js')).oauthError('cancelled');
		// --explain: the command's steps on stderr; its own output is unchanged.
		return await command.run(parsed, parsed.values.explain === true ? (await import('./explain.js')).explaining(context) : context);
	} catch (error) {
		const failure = toSfrtError(error);
		if (failure.code === 'internal' && context.env.SFRT_DEBUG) context.stderr.write(`${(error as Error)?.stack ?? error}\n`);
		if (json) context.stdout.write(`${JSON.stringify({ok: false, error: failure})}\n`);
		context.stderr.write(formatError(failure, context.stderr, context.env));
		return failure.exitCode;
	}
}

/** node:util's parseArgs explains in English of its own: say it in ours, naming the option. */
function parseProblem(error: unknown): string {
	const {code, message} = error as {code?: string; message: string};
	const option = /'(-[^']*)'/.exec(message)?.[1] ?? '';
	const value = /'(-[^']*) <value>'/.exec(message)?.[1];
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return cliText.usage.unknownOption(option);
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
		return value ? cliText.usage.optionNeedsValue(value.split(', ').at(-1)!) : cliText.usage.optionTakesNoValue(option.split(', ').at(-1)!);
	}
	return message.split('\n')[0]!;
}

function parse(command: Command, args: string[]) {
	let parsed;
	try {
		parsed = parseArgs({args, options: command.options, allowPositionals: true, strict: true, allowNegative: true});
	} catch (error) {
		throw cliError('usage', {params: {reason: parseProblem(error), command: command.name}});
	}
	if (parsed.positionals.length > command.maxPositionals) {
		const extra = parsed.positionals.slice(command.maxPositionals).join(' ');
		throw cliError('usage', {params: {reason: cliText.usage.unexpectedArgument(extra), command: command.name}});
	}
	return parsed;
}

function printHelp(command: Command, context: CommandContext): number {
	context.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
	return 0;
}

/** The list of commands lines up in columns: string-width is loaded for it, not for every start. */
async function mainText(): Promise<string> {
	const {padCells, widest} = await import('../present/cells.js');
	const width = widest(commandNames);
	const list = commandNames.map(name => `  ${padCells(name, width)}  ${cliText.summaries[name]}`).join('\n');
	return cliText.mainHelp(list, configDir());
}
