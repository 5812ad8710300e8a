/**
 * Frames never taller than the terminal: at 60×20 the demo's login step fits, its spinner
 * redraws in place (the scrollback does not grow), and resizing leaves one clean frame.
 */
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {ensureBuilt} from '../helpers/cli.js';
import {removeTempDirs, tempDir} from '../helpers/temp-dir.js';
import {runInTmux, type TmuxRun} from '../helpers/tmux.js';

let run: TmuxRun | undefined;
beforeAll(ensureBuilt);
afterEach(() => {
	run?.kill();
	run = undefined;
	removeTempDirs();
});

const count = (screen: string, text: string) => screen.split(text).length - 1;

describe('a small terminal (tmux, 60×20)', () => {
	it('the demo login step fits, redraws in place, and survives resizing', async () => {
		const dir = tempDir();
		run = runInTmux(['demo'], {env: {PATH: process.env.PATH, HOME: dir, SFRT_CONFIG_DIR: path.join(dir, 'config'), BROWSER: 'true', NO_COLOR: '1'}, cols: 60, rows: 20});
		await run.waitFor('Start the demo');
		// The welcome fits: its choices and key hints (the explanation gives way).
		const welcome = await run.waitFor('Ctrl+C cancel');
		expect(welcome).toContain('Quit');
		run.send('Enter');
		// Accept every filled-in value until the login waits.
		for (let step = 1; step <= 2 && !run.screen().includes('Waiting for the login'); step++) {
			await run.waitFor(new RegExp(`step (${step}|3) of 5`));
			if (!run.screen().includes('step 3 of 5')) run.send('Enter');
		}
		const screen = await run.waitFor('Waiting for the login');
		// The whole step is on screen, key hints included.
		expect(screen).toContain('step 3 of 5');
		expect(screen).toContain('Ctrl+C cancel');
		const before = run.historySize();
		await sleep(2000);
		// The spinner turned about 20 times; not one frame went into the scrollback.
		expect(run.historySize() - before).toBe(0);

		run.resize(100, 30);
		await sleep(300);
		run.resize(50, 16);
		await sleep(300);
		run.resize(60, 20);
		await sleep(500);
		const after = run.screen();
		expect(count(after, 'step 3 of 5')).toBe(1);
		expect(count(after, 'Waiting for the login')).toBe(1);
		run.send('C-c');
		expect(await run.exited()).toBe(130);
	});

	it('the setup guide scrolls its steps and keeps its key hints on screen', async () => {
		const dir = tempDir();
		run = runInTmux(['login'], {env: {PATH: process.env.PATH, HOME: dir, SFRT_CONFIG_DIR: path.join(dir, 'config'), NO_COLOR: '1'}, cols: 60, rows: 20});
		await run.waitFor('No, show me how to create the app');
		run.send('Down');
		await run.waitFor('❯ No, show me how to create the app');
		run.send('Enter');
		const first = await run.waitFor('Create an External Client App');
		expect(first).toMatch(/steps 1–\d of 7/);
		expect(first).toContain('Ctrl+C cancel');
		expect(first).not.toContain('7.  Wait 2 to 10 minutes');
		for (let i = 0; i < 6; i++) run.send('Down');
		const last = await run.waitFor('7.  Wait 2 to 10 minutes');
		expect(last).toMatch(/steps \d–7 of 7/);
		expect(last).toContain('Ctrl+C cancel');
		expect(run.historySize()).toBeLessThan(20);
	});
});
