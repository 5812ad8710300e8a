/**
 * Runs the built CLI inside tmux, a real terminal emulator with scrollback: tests read the
 * screen the way a person copies from it (`capture-pane -J` joins soft-wrapped rows) and see
 * how much the scrollback grew (frames that flood it).
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';

const root = path.resolve(import.meta.dirname, '../..');
const cliPath = path.join(root, 'dist/cli.js');

export interface TmuxRun {
	/** The visible screen, soft-wrapped rows joined (what a mouse selection gives). */
	screen(): string;
	/** Everything, scrollback included, soft-wrapped rows joined. */
	history(): string;
	/** Lines that scrolled off the top into the scrollback. */
	historySize(): number;
	/** Where the terminal's cursor is: after sfrt exits, where the shell prompt would start. */
	cursor(): {x: number; y: number};
	waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<string>;
	/** Sends keys as tmux names them (Enter, Escape, Down, PageDown, C-c) or literal text. */
	send(keys: string, options?: {literal?: boolean}): void;
	/** Waits until the process has ended; returns its exit code. */
	exited(timeoutMs?: number): Promise<number>;
	resize(cols: number, rows: number): void;
	kill(): void;
}

let sessions = 0;

export function runInTmux(args: string[], options: {env: NodeJS.ProcessEnv; cols: number; rows: number}): TmuxRun {
	const name = `sfrt-${process.pid}-${++sessions}`;
	const socket = path.join(os.tmpdir(), `${name}.sock`);
	const exitFile = path.join(os.tmpdir(), `${name}.exit`);
	const tmux = (...rest: string[]) => execFileSync('tmux', ['-S', socket, ...rest], {encoding: 'utf8'});
	const env = {...options.env, CI: 'false', TERM: 'xterm-256color'};
	const exports = Object.entries(env).filter(([, value]) => value !== undefined).map(([key, value]) => `${key}=${shellQuote(value!)}`).join(' ');
	const command = `env -i ${exports} ${shellQuote(process.execPath)} ${shellQuote(cliPath)} ${args.map(shellQuote).join(' ')}; echo $? > ${shellQuote(exitFile)}; sleep 600`;
	tmux('-f', '/dev/null', 'new-session', '-d', '-s', name, '-x', String(options.cols), '-y', String(options.rows), command);
	tmux('set-option', '-t', name, 'history-limit', '100000');
	const capture = (...extra: string[]) => tmux('capture-pane', '-t', name, '-p', '-J', ...extra);
	const run: TmuxRun = {
		screen: () => capture(),
		history: () => capture('-S', '-'),
		historySize: () => Number(tmux('display-message', '-t', name, '-p', '#{history_size}').trim()),
		cursor() {
			const [x, y] = tmux('display-message', '-t', name, '-p', '#{cursor_x} #{cursor_y}').trim().split(' ').map(Number);
			return {x: x!, y: y!};
		},
		async waitFor(pattern, timeoutMs = 10_000) {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const screen = run.screen();
				if (typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen)) {
					// Ink subscribes to input in an effect after the frame: give it a moment.
					await sleep(60);
					return screen;
				}
				if (Date.now() > deadline) throw new Error(`Timed out waiting for ${String(pattern)}. Screen:\n${screen}`);
				await sleep(25);
			}
		},
		send(keys, {literal = false} = {}) {
			tmux('send-keys', '-t', name, ...(literal ? ['-l'] : []), keys);
		},
		async exited(timeoutMs = 10_000) {
			const deadline = Date.now() + timeoutMs;
			while (!fs.existsSync(exitFile) || fs.readFileSync(exitFile, 'utf8').trim() === '') {
				if (Date.now() > deadline) throw new Error(`sfrt did not exit. Screen:\n${run.screen()}`);
				await sleep(25);
			}
			return Number(fs.readFileSync(exitFile, 'utf8').trim());
		},
		resize(cols, rows) {
			tmux('resize-window', '-t', name, '-x', String(cols), '-y', String(rows));
		},
		kill() {
			try {
				tmux('kill-server');
			} catch {}
			fs.rmSync(exitFile, {force: true});
			fs.rmSync(socket, {force: true});
		},
	};
	return run;
}

function shellQuote(value: string): string {
	return `'${value.replaceAll("'", `'\\''`)}'`;
}
