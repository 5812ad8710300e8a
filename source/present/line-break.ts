import {cellWidth} from './cells.js';

/**
 * Breaks text that holds wide (Japanese) characters into lines of at most `width` cells, the way
 * Japanese is set: a line may end after any wide character, not only at a space (Ink's wrapping
 * breaks only at spaces, so a Japanese sentence jumped whole to the next line or was cut
 * anywhere). Latin words stay whole, and the kinsoku rules hold: no closing bracket, stop,
 * comma or prolonged sound mark starts a line, and no opening bracket ends one.
 */
export function breakLines(text: string, width: number): string[] {
	return lineRanges(text, width).map(({start, end}) => text.slice(start, end));
}

/** Where each line of breakLines starts and ends in `text` (the spaces at a break belong to no line). */
export function lineRanges(text: string, width: number): Array<{start: number; end: number}> {
	const cells = Math.max(2, Math.floor(width));
	const ranges: Array<{start: number; end: number}> = [];
	let offset = 0;
	for (const paragraph of text.split('\n')) {
		ranges.push(...breakParagraph(paragraph, cells).map(({start, end}) => ({start: start + offset, end: end + offset})));
		offset += paragraph.length + 1;
	}
	return ranges;
}

const WIDE = '\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6';
const WIDE_CHARACTER = new RegExp(`[${WIDE}]`);
/** A run of spaces, one wide character, or a run of anything else (a Latin word). */
const PIECE = new RegExp(`( +)|[${WIDE}]|[^ ${WIDE}]+`, 'g');

/** Whether the text holds a character two cells wide: only such text needs breakLines. */
export function hasWideCharacters(text: string): boolean {
	return WIDE_CHARACTER.test(text);
}

/** Characters a line must not start with (行頭禁則). */
const NO_LINE_START = new Set([...'、。，．・：；？！゛゜ヽヾゝゞ々ー）」』】〕］｝〉》〙〗ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ…‥,.:;?!)]}%']);
/** Characters a line must not end with (行末禁則). */
const NO_LINE_END = new Set([...'（「『【〔［｛〈《〘〖([{']);

interface Piece {
	text: string;
	start: number;
	space: boolean;
}

/** What no line breaks inside: a Latin word, one wide character, or a run of spaces. */
function pieces(text: string, width: number): Piece[] {
	const found: Piece[] = [];
	for (const match of text.matchAll(PIECE)) {
		const piece = {text: match[0], start: match.index, space: match[1] !== undefined};
		// Wider than a line on its own (a long URL): cut it, as Ink would.
		if (!piece.space && cellWidth(piece.text) > width) found.push(...cut(piece, width));
		else found.push(piece);
	}
	return found;
}

function cut(piece: Piece, width: number): Piece[] {
	const parts: Piece[] = [];
	let part = '';
	let start = piece.start;
	for (const character of piece.text) {
		if (cellWidth(part + character) > width) {
			parts.push({text: part, start, space: false});
			start += part.length;
			part = '';
		}
		part += character;
	}
	parts.push({text: part, start, space: false});
	return parts;
}

function breakParagraph(text: string, width: number): Array<{start: number; end: number}> {
	const lines: Piece[][] = [];
	let line: Piece[] = [];
	for (const piece of pieces(text, width)) {
		// A wrapped line never starts with spaces (the paragraph's own indent stays).
		if (piece.space && line.length === 0 && lines.length > 0) continue;
		if (widthOf(trimmed([...line, piece])) <= width) {
			line.push(piece);
			continue;
		}
		const moved = line.splice(breakAt(line, piece, width));
		lines.push(trimmed(line));
		line = withoutLeadingSpaces([...moved, piece]);
	}
	lines.push(trimmed(line));
	avoidShortLastLine(lines, width);
	return lines.map(pieces => (pieces.length === 0
		? {start: text.length, end: text.length}
		: {start: pieces[0]!.start, end: pieces.at(-1)!.start + pieces.at(-1)!.text.length}));
}

/** A last line this short ("す。") reads as broken off: it takes a little from the line before. */
const SHORT_LAST_LINE = 4;

function avoidShortLastLine(lines: Piece[][], width: number): void {
	if (lines.length < 2 || widthOf(lines.at(-1)!) > SHORT_LAST_LINE || widthOf(lines.at(-1)!) === 0) return;
	const previous = lines.at(-2)!;
	for (let take = 1; take <= 4 && take < previous.length; take++) {
		const kept = trimmed(previous.slice(0, previous.length - take));
		const last = withoutLeadingSpaces([...previous.slice(previous.length - take), ...lines.at(-1)!]);
		if (kept.length === 0 || widthOf(last) > width) return;
		if (NO_LINE_END.has([...kept.at(-1)!.text].at(-1)!) || NO_LINE_START.has([...last[0]!.text][0]!)) continue;
		if (widthOf(last) <= SHORT_LAST_LINE) continue;
		lines[lines.length - 2] = kept;
		lines[lines.length - 1] = last;
		return;
	}
}

/**
 * Where to end the line before `piece`, which no longer fits: the latest place where neither
 * the line would end with an opening bracket nor the next one start with a closing mark, and
 * what moves down fits. Without one, just before the piece.
 */
function breakAt(line: readonly Piece[], piece: Piece, width: number): number {
	for (let at = line.length; at > 0; at--) {
		const before = trimmed(line.slice(0, at));
		const after = withoutLeadingSpaces([...line.slice(at), piece]);
		if (before.length === 0 || widthOf(after) > width) continue;
		if (NO_LINE_END.has([...before.at(-1)!.text].at(-1)!) || NO_LINE_START.has([...after[0]!.text][0]!)) continue;
		return at;
	}
	return line.length;
}

function widthOf(line: readonly Piece[]): number {
	return cellWidth(line.map(piece => piece.text).join(''));
}

function trimmed(line: Piece[]): Piece[] {
	let end = line.length;
	while (end > 0 && line[end - 1]!.space) end--;
	return line.slice(0, end);
}

function withoutLeadingSpaces(line: Piece[]): Piece[] {
	const start = line.findIndex(piece => !piece.space);
	return start === -1 ? [] : line.slice(start);
}
