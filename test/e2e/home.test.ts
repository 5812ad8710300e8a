/**
 * The home screen end to end: `node dist/cli.js` with no arguments in a real pseudo-terminal,
 * over orgs saved by real logins against an in-process emulator. Refresh, reveal and remove
 * go over loopback HTTP to the emulator, exactly as they would go to Salesforce.
 * Run `npm run build` first (`npm test` does).
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it, vi} from 'vitest';
import {cliPath} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {keys, spawnCli, type TerminalRun} from '../helpers/pty.js';

let f: EmulatorStore | undefined;
let run: TerminalRun | undefined;

beforeAll(() => {
	if (!fs.existsSync(cliPath)) throw new Error(`${cliPath} is missing: run "npm run build" first (npm test does).`);
});

afterEach(async () => {
	run?.kill();
	run = undefined;
	await f?.close();
	f = undefined;
});

/** Three orgs saved through real logins: dev, prod (the default) and uat, verified 2 h ago. */
async function setup() {
	f = await startEmulatorStore({users: 3});
	const {configDir, store, emulator} = f;
	await f.seed({alias: 'prod'});
	await f.seed({alias: 'uat', username: 'user2@example.com'});
	await f.seed({alias: 'dev', username: 'user3@example.com'});
	store.update('uat', {lastVerifiedAt: new Date(Date.now() - 2 * 3600_000).toISOString()});
	const env: NodeJS.ProcessEnv = {...process.env, CI: 'false', TERM: 'xterm-256color', NO_COLOR: '1', SFRT_CONFIG_DIR: configDir};
	delete env.FORCE_HYPERLINK;
	delete env.FORCE_COLOR;
	return {configDir, env, emulator};
}

function savedOrgs(configDir: string): Record<string, {username: string; refreshToken: string; lastVerifiedAt: string}> {
	return JSON.parse(fs.readFileSync(path.join(configDir, 'orgs.json'), 'utf8')).orgs;
}

/** The screen as one string with each row's line breaks undone: a wrapped token reads whole. */
const unwrapped = (screen: string) => screen.split('\n').map(line => line.trim()).join('');

describe('sfrt (home) on a terminal', () => {
	it('selects an org, refreshes it, reveals its token, removes it (revoked at Salesforce), then quits with 0', async () => {
		const {configDir, env} = await setup();
		const before = savedOrgs(configDir).uat!;
		run = spawnCli([], {env});

		const list = await run.waitFor('Saved orgs');
		expect(list).toMatch(/❯ {3}dev\s+user3@example\.com\s+local emulator\s+just now/);
		expect(list).toMatch(/\* prod\s+user1@example\.com/);
		expect(list).toMatch(/uat\s+user2@example\.com\s+local emulator\s+2 h ago/);
		const screens = [list];

		await run.press(keys.down);
		await run.waitFor(/❯ \* prod/);
		await run.press(keys.down);
		await run.waitFor(/❯ {3}uat/);

		await run.press('r');
		const refreshed = await run.waitFor(/❯ {3}uat\s+user2@example\.com\s+local emulator\s+just now\s+✔ ok/);
		screens.push(refreshed);
		const after = savedOrgs(configDir).uat!;
		expect(Date.parse(after.lastVerifiedAt)).toBeGreaterThan(Date.parse(before.lastVerifiedAt));

		await run.press(keys.enter);
		const details = await run.waitFor('Org uat');
		expect(details).toMatch(/Username\s+user2@example\.com/);
		expect(unwrapped(details)).not.toContain(after.refreshToken);
		await run.press('v');
		await run.waitFor('v hide the token');
		// Wider than this 80-column terminal: f shows it whole on a screen of its own; any key comes back.
		await run.waitFor('press f to see the Refresh token whole');
		await run.press('f');
		await vi.waitFor(() => expect(unwrapped(run!.screen())).toContain(after.refreshToken));
		const revealed = run.screen();
		await run.press('x');
		await run.waitFor('v hide the token');
		// One resize listener for all the values on screen: Node's "possible memory leak" warning never lands on it.
		expect(run.output()).not.toContain('MaxListenersExceededWarning');
		screens.push(revealed);

		await run.press(keys.escape);
		await run.waitFor('x remove');
		await run.press('x');
		screens.push(await run.waitFor('Revoke the refresh token at Salesforce and forget uat? y/N'));
		await run.press('y');
		const removed = await run.waitFor('Revoked the refresh token at Salesforce and forgot "uat".');
		expect(removed).not.toMatch(/ uat\s+user2/);
		expect(savedOrgs(configDir).uat).toBeUndefined();
		expect(Object.keys(savedOrgs(configDir)).sort()).toEqual(['dev', 'prod']);
		expect(f!.emulator.isRefreshTokenValid(after.refreshToken)).toBe(false);
		expect(f!.emulator.isRefreshTokenValid(savedOrgs(configDir).prod!.refreshToken)).toBe(true);
		screens.push(removed);

		for (const screen of screens) for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

		await run.press('q');
		expect((await run.exited).exitCode).toBe(0);
		expect(run.screen()).toContain('Bye.');
	});

	it('Ctrl+C on the home screen exits 130', async () => {
		const {env} = await setup();
		run = spawnCli([], {env});
		await run.waitFor('Saved orgs');
		run.write(keys.ctrlC);
		expect((await run.exited).exitCode).toBe(130);
		expect(run.screen()).toContain('Cancelled.');
	});
});
