/**
 * The home screen with more orgs than rows, in tmux (a real emulator with scrollback): the
 * title, the headings and the selection stay on screen, and redraws do not pile frames into
 * the scrollback. Run `npm run build` first (`npm test` does).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {OrgStore} from '../../source/store/org-store.js';
import {ensureBuilt} from '../helpers/cli.js';
import {seedOrg, startSeedEmulator} from '../helpers/seed-org.js';
import {runInTmux, type TmuxRun} from '../helpers/tmux.js';

let emulator: Emulator | undefined;
let run: TmuxRun | undefined;
let tempDir: string | undefined;

beforeAll(ensureBuilt);

afterEach(async () => {
	run?.kill();
	run = undefined;
	await emulator?.close();
	emulator = undefined;
	if (tempDir) fs.rmSync(tempDir, {recursive: true, force: true});
	tempDir = undefined;
});

const alias = (n: number) => `org-${String(n).padStart(2, '0')}`;

/** `count` orgs saved through real logins: org-01 (user1, the default) … org-NN. */
async function seedMany(count: number) {
	emulator = await startSeedEmulator(count);
	tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sfrt-e2e-viewport-'));
	const configDir = path.join(tempDir, 'config');
	const store = new OrgStore(configDir);
	for (let n = 1; n <= count; n++) await seedOrg(emulator, store, {alias: alias(n), username: `user${n}@example.com`});
	const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', SFRT_CONFIG_DIR: configDir};
	delete env.FORCE_HYPERLINK;
	delete env.FORCE_COLOR;
	return {env, store};
}

const lines = (screen: string) => screen.replace(/\n+$/, '').split('\n');

describe('sfrt (home) with more orgs than rows', () => {
	it('45 orgs at 100×30: 40 × ↓ keeps the title, the headings and the selection on screen, and the scrollback does not grow by a screen', async () => {
		const {env} = await seedMany(45);
		run = runInTmux([], {env, cols: 100, rows: 30});
		const first = await run.waitFor('Saved orgs');
		expect(first).toMatch(/❯ \* org-01\s+user1@example\.com/);
		expect(first).toMatch(/1–\d+ of 45/);
		expect(lines(first).length).toBeLessThan(30);
		const before = run.historySize();

		for (let n = 2; n <= 41; n++) {
			run.send('Down');
			await run.waitFor(new RegExp(`❯ {3}${alias(n)} `));
		}
		const screen = run.screen();
		expect(screen).toContain('Saved orgs');
		expect(screen).toMatch(/ALIAS\s+USERNAME\s+KIND\s+VERIFIED\s+STATUS/);
		expect(screen).toMatch(/❯ {3}org-41\s+user41@example\.com/);
		expect(screen).toMatch(/\d+–41 of 45/);
		expect(screen).toContain('q quit');
		expect(run.historySize() - before).toBeLessThan(30);
	}, 60_000);

	it('a 2-second refresh spinner does not reprint the frame into the scrollback', async () => {
		const {env} = await seedMany(45);
		run = runInTmux([], {env, cols: 100, rows: 30});
		await run.waitFor('Saved orgs');
		const before = run.historySize();
		emulator!.faults.latencyMs = 1000;
		run.send('r');
		await run.waitFor('refreshing');
		await run.waitFor('✔ ok', 15_000);
		expect(run.screen()).toContain('Saved orgs');
		expect(run.historySize() - before).toBeLessThan(30);
	}, 60_000);

	it('at 80×24, PgDn, End and Home move by pages and to the ends, and a resize keeps the frame inside the terminal', async () => {
		const {env} = await seedMany(30);
		run = runInTmux([], {env, cols: 80, rows: 24});
		await run.waitFor('Saved orgs');
		const before = run.historySize();
		run.send('End');
		let screen = await run.waitFor(/❯ {3}org-30 /);
		expect(screen).toMatch(/\d+–30 of 30/);
		expect(screen).toContain('ALIAS');
		run.send('Home');
		await run.waitFor(/❯ \* org-01 /);
		// The first PgDn goes to the bottom of the page, the next one a page further.
		run.send('PageDown');
		screen = await run.waitFor(/❯ {3}org-1\d /);
		expect(screen).toMatch(/org-01 /);
		run.send('PageDown');
		screen = await run.waitFor(/❯ {3}org-2\d /);
		expect(screen).not.toMatch(/org-01 /);
		run.resize(80, 16);
		screen = await run.waitFor(/1?\d–\d+ of 30/);
		await new Promise(resolve => setTimeout(resolve, 300));
		screen = run.screen();
		expect(screen).toContain('Saved orgs');
		expect(screen).toMatch(/❯ {3}org-\d\d /);
		expect(lines(screen).length).toBeLessThan(16);
		// The terminal itself pushes what no longer fits, and Ink clears once: at most the old screen.
		expect(run.historySize() - before).toBeLessThanOrEqual(24);
	}, 60_000);

	it('Esc on the list does not quit; q does', async () => {
		const {env} = await seedMany(3);
		run = runInTmux([], {env, cols: 100, rows: 30});
		await run.waitFor('Saved orgs');
		run.send('Escape');
		await new Promise(resolve => setTimeout(resolve, 400));
		expect(run.screen()).toContain('Saved orgs');
		expect(run.screen()).not.toContain('Bye.');
		run.send('q');
		expect(await run.exited()).toBe(0);
		expect(run.screen()).toContain('Bye.');
	}, 30_000);
});
