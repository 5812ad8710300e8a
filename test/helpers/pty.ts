/**
 * Runs the built CLI in a real pseudo-terminal and keeps a small model of the screen (enough of
 * a VT100 for Ink: cursor moves, erase line/display, wrapping, scrolling, wide characters), so
 * tests can wait for what a person would see rather than for bytes.
 */
import {setTimeout as sleep} from 'node:timers/promises';
import pty from '@lydell/node-pty';
import stringWidth from 'string-width';
import {cliPath, repoRoot} from './cli.js';
import {keys} from './keys.js';

/** A terminal screen: rows of cells, a cursor, and nothing else (no colours, no scrollback). */
export class Screen {
	readonly rows: number;
	readonly cols: number;
	#grid: string[][];
	#x = 0;
	#y = 0;
	#pending = '';

	constructor(cols: number, rows: number) {
		this.cols = cols;
		this.rows = rows;
		this.#grid = Array.from({length: rows}, () => this.#blank());
	}

	#blank(): string[] {
		return Array.from({length: this.cols}, () => ' ');
	}

	write(data: string): void {
		const text = this.#pending + data;
		this.#pending = '';
		let i = 0;
		while (i < text.length) {
			const ch = text[i]!;
			if (ch === '\u001B') {
				const consumed = this.#escape(text, i);
				if (consumed === 0) {
					this.#pending = text.slice(i);
					return;
				}
				i += consumed;
				continue;
			}
			i++;
			if (ch === '\r') this.#x = 0;
			else if (ch === '\n') this.#lineFeed();
			else if (ch === '\b') this.#x = Math.max(0, this.#x - 1);
			else if (ch === '\u0007' || ch < ' ') continue;
			else {
				// Code points, not UTF-16 units.
				const code = ch.codePointAt(0)!;
				let glyph = ch;
				if (code > 0xFFFF) {
					glyph = text.slice(i - 1, i + 1);
					i++;
				}
				// A wide character (Japanese) takes two cells: the second holds nothing.
				const width = stringWidth(glyph);
				if (width === 0) continue;
				if (this.#x + width > this.cols) {
					this.#x = 0;
					this.#lineFeed();
				}
				this.#grid[this.#y]![this.#x] = glyph;
				if (width === 2) this.#grid[this.#y]![this.#x + 1] = '';
				this.#x += width;
			}
		}
	}

	/** Returns how many characters the escape sequence at `i` uses, or 0 if it is incomplete. */
	#escape(text: string, i: number): number {
		const next = text[i + 1];
		if (next === undefined) return 0;
		if (next === ']') {
			// OSC … BEL or ST.
			for (let j = i + 2; j < text.length; j++) {
				if (text[j] === '\u0007') return j - i + 1;
				if (text[j] === '\u001B' && text[j + 1] === '\\') return j - i + 2;
			}
			return 0;
		}
		if (next !== '[') return 2;
		let j = i + 2;
		while (j < text.length && /[0-?]/.test(text[j]!)) j++;
		while (j < text.length && /[ -/]/.test(text[j]!)) j++;
		if (j >= text.length) return 0;
		const params = text.slice(i + 2, j);
		this.#csi(params, text[j]!);
		return j - i + 1;
	}

	#csi(params: string, final: string): void {
		if (params.startsWith('?') || params.startsWith('>') || params.startsWith('<') || params.startsWith('=')) return;
		const numbers = params.split(';').map(part => Number.parseInt(part, 10));
		const n = Number.isNaN(numbers[0]!) ? 1 : Math.max(1, numbers[0]!);
		switch (final) {
			case 'A': this.#y = Math.max(0, this.#y - n); break;
			case 'B': this.#y = Math.min(this.rows - 1, this.#y + n); break;
			case 'C': this.#x = Math.min(this.cols - 1, this.#x + n); break;
			case 'D': this.#x = Math.max(0, this.#x - n); break;
			case 'E': this.#y = Math.min(this.rows - 1, this.#y + n); this.#x = 0; break;
			case 'F': this.#y = Math.max(0, this.#y - n); this.#x = 0; break;
			case 'G': this.#x = Math.min(this.cols - 1, n - 1); break;
			case 'H':
			case 'f': {
				const row = Number.isNaN(numbers[0]!) ? 1 : numbers[0]!;
				const col = Number.isNaN(numbers[1] ?? Number.NaN) ? 1 : numbers[1]!;
				this.#y = Math.min(this.rows - 1, Math.max(0, row - 1));
				this.#x = Math.min(this.cols - 1, Math.max(0, col - 1));
				break;
			}
			case 'K': {
				const mode = Number.isNaN(numbers[0]!) ? 0 : numbers[0]!;
				const line = this.#grid[this.#y]!;
				const [from, to] = mode === 0 ? [this.#x, this.cols] : mode === 1 ? [0, this.#x + 1] : [0, this.cols];
				for (let x = from; x < to; x++) line[x] = ' ';
				break;
			}
			case 'J': {
				const mode = Number.isNaN(numbers[0]!) ? 0 : numbers[0]!;
				if (mode === 2 || mode === 3) {
					this.#grid = Array.from({length: this.rows}, () => this.#blank());
				} else if (mode === 0) {
					const line = this.#grid[this.#y]!;
					for (let x = this.#x; x < this.cols; x++) line[x] = ' ';
					for (let y = this.#y + 1; y < this.rows; y++) this.#grid[y] = this.#blank();
				}
				break;
			}
			default:
		}
	}

	#lineFeed(): void {
		if (this.#y < this.rows - 1) {
			this.#y++;
			return;
		}
		this.#grid.shift();
		this.#grid.push(this.#blank());
	}

	/** What is on screen, trailing spaces and blank lines removed. */
	text(): string {
		const lines = this.#grid.map(line => line.join('').replace(/\s+$/, ''));
		while (lines.length > 0 && lines.at(-1) === '') lines.pop();
		return lines.join('\n');
	}
}

/** The built CLI running in a pseudo-terminal: a screen to read and keys to send. */
export interface TerminalRun {
	/** Everything the CLI wrote, raw. */
	output(): string;
	screen(): string;
	/** Waits until the screen shows `pattern`; fails with the screen after `timeoutMs`. */
	waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
	write(data: string): void;
	/** Sends one key and waits for the screen to change (Ink re-subscribes input after each render). */
	press(key: string, settleMs?: number): Promise<void>;
	/** Types text one character at a time, each after the previous one showed. */
	type(text: string): Promise<void>;
	readonly exited: Promise<{exitCode: number; signal?: number | undefined}>;
	readonly pid: number;
	kill(): void;
}

export {keys};

export function spawnCli(args: string[], options: {env: NodeJS.ProcessEnv; cols?: number; rows?: number; cwd?: string}): TerminalRun {
	const cols = options.cols ?? 80;
	const rows = options.rows ?? 50;
	const screen = new Screen(cols, rows);
	let raw = '';
	const child = pty.spawn(process.execPath, [cliPath, ...args], {
		name: 'xterm-256color',
		cols,
		rows,
		cwd: options.cwd ?? repoRoot,
		env: options.env as Record<string, string>,
	});
	let alive = true;
	child.onData(data => {
		raw += data;
		screen.write(data);
	});
	const exited = new Promise<{exitCode: number; signal?: number | undefined}>(resolve => {
		child.onExit(event => {
			alive = false;
			resolve(event);
		});
	});

	const waitFor = async (pattern: string | RegExp, timeoutMs = 10_000): Promise<string> => {
		const deadline = Date.now() + timeoutMs;
		for (;;) {
			const text = screen.text();
			if (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)) {
				// Ink writes a frame before React runs its effects, where useInput subscribes.
				await sleep(30);
				return text;
			}
			if (Date.now() > deadline) {
				throw new Error(`Timed out after ${timeoutMs} ms waiting for ${String(pattern)}. Screen:\n${text}`);
			}
			await sleep(25);
		}
	};

	const press = async (key: string, settleMs = 1000) => {
		const before = screen.text();
		child.write(key);
		const deadline = Date.now() + settleMs;
		while (screen.text() === before && Date.now() < deadline) await sleep(10);
		// Let Ink re-subscribe its input handlers after the render.
		await sleep(15);
	};

	return {
		output: () => raw,
		screen: () => screen.text(),
		waitFor,
		write: data => child.write(data),
		press,
		async type(text) {
			for (const ch of text) await press(ch);
		},
		exited,
		pid: child.pid,
		kill() {
			if (alive) child.kill('SIGKILL');
		},
	};
}
