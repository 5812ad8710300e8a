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
import {ThemeProvider} from '../../source/ui/theme.js';
import {PrintedAbove} from '../../source/ui/components/whole-value.js';
import {driveUi, type Ui} from './helpers.js';

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
	/** Resolves once no new frame has come for `quietMs` (Japanese text draws a second frame once measured). */
	settled(quietMs?: number): Promise<void>;
}

/** Renders `tree` as the wizard lays out the home: the whole width, one column of padding each side. */
export function renderSized(tree: ReactElement, size: {columns: number; rows: number}): SizedUi {
	const stdout = new SizedStdout(size.columns, size.rows);
	const stdin = new FakeStdin();
	const wrapped = (columns: number) => (
		<ThemeProvider colour={false}>
			<PrintedAbove>
				<Box flexDirection="column" width={columns} paddingX={1}>{tree}</Box>
			</PrintedAbove>
		</ThemeProvider>
	);
	const instance = render(wrapped(size.columns), {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		stderr: new SizedStdout(size.columns, size.rows) as unknown as NodeJS.WriteStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	mounted.push(() => instance.unmount());
	const ui = driveUi(stdout.frames, key => stdin.write(key), () => instance.unmount());
	const lines = () => ui.frame().replace(/\n$/, '').split('\n');
	return {
		...ui,
		lines,
		widest: () => Math.max(0, ...lines().map(line => cellWidth(line))),
		async settled(quietMs = 50) {
			for (let count = -1; count !== stdout.frames.length;) {
				count = stdout.frames.length;
				await sleep(quietMs);
			}
		},
		async resize(columns, rows) {
			stdout.columns = columns;
			stdout.rows = rows;
			instance.rerender(wrapped(columns));
			stdout.emit('resize');
			await sleep(30);
		},
	};
}
