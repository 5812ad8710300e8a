import type {ParseArgsOptionsConfig} from 'node:util';
import type {CommandContext} from './context.js';

export interface ParsedArgs {
	values: Record<string, string | boolean | Array<string | boolean> | undefined>;
	positionals: string[];
}

/** One `sfrt <name>` command. Its module must not import Ink or React at the top level. */
export interface Command {
	name: string;
	/** Full help text: usage, flags, examples, in the active language (a getter: the language is chosen after commands may load). */
	readonly help: string;
	options: ParseArgsOptionsConfig;
	/** How many positional arguments it takes at most. */
	maxPositionals: number;
	run(args: ParsedArgs, context: CommandContext): Promise<number>;
}
