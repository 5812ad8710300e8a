/**
 * The wizard's first screen, drawn before Ink and React load (they take a few hundred
 * milliseconds to start). Only the Welcome screen is drawn this way: it is what a new user sees
 * first, and it holds nothing but text. Ink draws the same screen over it once it runs
 * (eraseFirstFrame). Nothing here may import Ink or React.
 */
import type {LoginInput} from '../login/settings.js';
import type {colours} from '../cli/format.js';
import {breakLines, hasWideCharacters} from '../present/line-break.js';
import {firstScreen, presetSteps, type WizardMode} from './flow.js';
import {MAX_WIDTH} from './layout.js';
import {common, welcome} from './messages.js';

type Paint = Pick<ReturnType<typeof colours>, 'bold' | 'dim' | 'cyan'>;

export interface FirstFrameOptions {
	mode: WizardMode;
	input: LoginInput;
	hasSavedOrgs: () => boolean;
	remote: boolean;
	columns: number;
	rows: number;
	/** The terminal's colours (cli/format.ts colours()), plain when it has none. */
	paint: Paint;
}

/** The Welcome screen as Ink would draw it, line by line; undefined when the first screen is another one, or too tall. */
export async function firstFrame(options: FirstFrameOptions): Promise<string[] | undefined> {
	if (options.mode === 'demo' || !options.columns || !options.rows) return undefined;
	const skip = presetSteps(options.input, {remote: options.remote});
	const hasOrgs = options.mode === 'home' && options.hasSavedOrgs();
	if (firstScreen(options.mode, hasOrgs, skip, options.input.clientId !== undefined) !== 'welcome') return undefined;
	const paint = options.paint;
	// The wizard's box: at most MAX_WIDTH wide, one column of padding on each side.
	const width = Math.min(options.columns, MAX_WIDTH) - 2;
	const wrap = await wrapperFor([welcome.intro, ...welcome.points, welcome.question], width - 2);
	const lines = [
		paint.bold(paint.cyan(common.brand)) + paint.dim(common.separator) + paint.bold(welcome.title),
		'',
		...wrap(welcome.intro, width),
		...welcome.points.flatMap((point, i) => wrap(`${i + 1}. ${point}`, width - 2).map(row => `  ${row}`)),
		'',
		...wrap(welcome.question, width).map(paint.bold),
		'',
		paint.cyan(`❯ ${welcome.yes}`),
		`  ${welcome.no}`,
		`  ${welcome.quit}`,
		'',
		...wrap(common.keyLine(common.keys.choose, common.keys.ctrlC), width).map(paint.dim),
	];
	// A screen taller than the terminal is drawn compact by the wizard: leave that to Ink.
	if (lines.length > options.rows - 1) return undefined;
	return lines.map(line => ` ${line}`);
}

type Wrap = (text: string, width: number) => string[];

/**
 * Wraps as the wizard's Text does: Japanese with breakLines; other text as Ink wraps it
 * (wrap-ansi, and components/text.tsx drops the space a wrapped row starts with). Plain ASCII
 * words that fit a row wrap the same way at each space, without loading wrap-ansi and its
 * Unicode tables.
 */
async function wrapperFor(texts: string[], narrowest: number): Promise<Wrap> {
	const simple = texts.every(text => /^[\x20-\x7E]*$/.test(text) && text.split(' ').every(word => word.length <= narrowest));
	if (simple) return wrapAtSpaces;
	const {default: wrapAnsi} = await import('wrap-ansi');
	return (text, width) => (hasWideCharacters(text)
		? breakLines(text, width)
		: wrapAnsi(text, width, {trim: false, hard: true}).split('\n').map((row, index) => (index === 0 ? row : row.replace(/^ +/, ''))));
}

function wrapAtSpaces(text: string, width: number): string[] {
	const rows = [''];
	for (const word of text.split(' ')) {
		const row = rows.at(-1)!;
		if (row === '') rows[rows.length - 1] = word;
		else if (row.length + 1 + word.length <= width) rows[rows.length - 1] = `${row} ${word}`;
		else rows.push(word);
	}
	return rows;
}

/** Moves up over a first frame of `lines` lines and clears from there down: Ink draws in its place. */
export function eraseFirstFrame(lines: number): string {
	return `\u001B[${lines}F\u001B[J`;
}
