/**
 * Ink component tests on a terminal of a given size: ink-testing-library's stdout is always 100
 * columns and has no rows, so the home screen (which fits itself to the terminal) gets this one.
 * Same interface as renderUi (helpers.tsx), plus the frame's size and resize().
 */
import {EventEmitter} from 'node:events';
import {setTimeout as sleep} from 'node:timers/promises';
import {Box, render} from 'ink';
import type {ReactElement} from 'react';
import {afterEach} from 'vitest';
import {cellWidth} from '../../source/present/cells.js';
import {stripAnsi} from '../../source/ui/terminal.js';
import {ThemeProvider} from '../../source/ui/theme.js';
import {PrintedAbove} from '../../source/ui/components/whole-value.js';
import {keys, type Ui} from './helpers.js';

class SizedStdout extends EventEmitter {
	readonly frames: string[] = [];
	isTTY = true;
	constructor(public columns: number, public rows: number) {
		super();
	}
	write = (frame: string) => {
		this.frames.push(frame);
		return true;
	};
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	data: string | null = null;
	write = (data: string) => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};
}

const mounted: Array<() => void> = [];
afterEach(() => {
	for (const unmount of mounted.splice(0)) unmount();
});

export interface SizedUi extends Ui {
	/** The last frame's rows. */
	lines(): string[];
	/** The widest row of the last frame, in cells. */
	widest(): number;
	resize(columns: number, rows: number): Promise<void>;
}

/** Renders `tree` as the wizard lays out the home: the whole width, one column of padding each side. */
export function renderSized(tree: ReactElement, size: {columns: number; rows: number}): SizedUi {
	const stdout = new SizedStdout(size.columns, size.rows);
	const stdin = new FakeStdin();
	const wrapped = (
		<ThemeProvider colour={false}>
			<PrintedAbove>
				<Box flexDirection="column" width={size.columns} paddingX={1}>{tree}</Box>
			</PrintedAbove>
		</ThemeProvider>
	);
	const instance = render(wrapped, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		stderr: new SizedStdout(size.columns, size.rows) as unknown as NodeJS.WriteStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	mounted.push(() => instance.unmount());
	const frame = () => stripAnsi([...stdout.frames].reverse().find(f => stripAnsi(f).trim() !== '') ?? '');
	const matches = (pattern: string | RegExp) => (typeof pattern === 'string' ? frame().includes(pattern) : pattern.test(frame()));
	const poll = async (done: () => boolean, what: string, timeoutMs: number) => {
		const deadline = Date.now() + timeoutMs;
		while (!done()) {
			if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Last frame:\n${frame()}`);
			await sleep(5);
		}
		return frame();
	};
	const press = async (key: string) => {
		const before = stdout.frames.length;
		stdin.write(key);
		const deadline = Date.now() + (key === keys.escape ? 120 : 80);
		while (stdout.frames.length === before && Date.now() < deadline) await sleep(2);
		await sleep(5);
	};
	const lines = () => frame().replace(/\n$/, '').split('\n');
	return {
		frame,
		lines,
		widest: () => Math.max(0, ...lines().map(line => cellWidth(line))),
		async waitFor(pattern, timeoutMs = 3000) {
			await poll(() => matches(pattern), String(pattern), timeoutMs);
			await sleep(25);
			return frame();
		},
		waitForGone: (pattern, timeoutMs = 3000) => poll(() => !matches(pattern), `${String(pattern)} to go`, timeoutMs),
		press,
		async type(text) {
			for (const character of text) await press(character);
		},
		async paste(text, shows = text) {
			stdin.write(text);
			await poll(() => frame().includes(shows), `the pasted ${JSON.stringify(shows)}`, 3000);
			await sleep(5);
		},
		written: () => stdout.frames.join(''),
		unmount: () => instance.unmount(),
		async resize(columns, rows) {
			stdout.columns = columns;
			stdout.rows = rows;
			instance.rerender(
				<ThemeProvider colour={false}>
					<PrintedAbove>
						<Box flexDirection="column" width={columns} paddingX={1}>{tree}</Box>
					</PrintedAbove>
				</ThemeProvider>,
			);
			stdout.emit('resize');
			await sleep(30);
		},
	};
}
