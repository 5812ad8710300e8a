/** `sfrt demo`: the same wizard against the built-in emulator, with a throwaway store. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {demoFixture} from '../../source/emulator/index.js';
import {cliPath, repoRoot, runBuilt} from '../helpers/cli.js';
import {keys, spawnCli, type TerminalRun} from '../helpers/pty.js';

const driver = path.join(repoRoot, 'test/helpers/browser-driver.mjs');
let run: TerminalRun | undefined;
let driverOut: string | undefined;
let tempDir: string | undefined;

beforeAll(() => {
	if (!fs.existsSync(cliPath)) throw new Error(`${cliPath} is missing: run "npm run build" first (npm test does).`);
});

afterEach(() => {
	run?.kill();
	run = undefined;
	if (driverOut && fs.existsSync(`${driverOut}.pid`)) {
		try {
			process.kill(Number(fs.readFileSync(`${driverOut}.pid`, 'utf8')), 'SIGTERM');
		} catch {}
	}
	if (tempDir) fs.rmSync(tempDir, {recursive: true, force: true});
	tempDir = undefined;
});

describe('sfrt demo', () => {
	it('without a terminal, prints the demo credentials and exits 2', async () => {
		const result = await runBuilt(['demo'], {env: {...process.env, CI: 'false'}});
		expect(result.code).toBe(2);
		const {app, user} = demoFixture();
		expect(result.stderr).toContain('not an interactive terminal');
		for (const value of [app.clientId, app.clientSecret, user.username, user.password]) expect(result.stderr).toContain(value);
	});

	it('runs the whole flow against the emulator and leaves the user\'s orgs alone', async () => {
		const {user} = demoFixture();
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sfrt-demo-e2e-'));
		tempDir = dir;
		driverOut = path.join(dir, 'browser.json');
		const configDir = path.join(dir, 'config');
		run = spawnCli(['demo'], {
			env: {
				...process.env,
				CI: 'false',
				TERM: 'xterm-256color',
				SFRT_CONFIG_DIR: configDir,
				BROWSER: `${process.execPath} ${driver}`,
				SFRT_DRIVER_OUT: driverOut,
				SFRT_DRIVER_USERNAME: user.username,
				SFRT_DRIVER_PASSWORD: user.password,
			},
		});
		await run.waitFor('Start the demo');
		await run.press(keys.enter);
		await run.waitFor('Demo key (already filled in):');
		await run.press(keys.enter);
		await run.waitFor('Demo secret (already filled in):');
		await run.press(keys.enter);
		const login = await run.waitFor(`Demo login: username ${user.username} · password ${user.password}`);
		expect(login).toMatch(/Waiting for the login to come back to http:\/\/localhost:\d+\/OauthRedirect/);
		await run.waitFor('Your refresh token', 30_000);
		await run.press(keys.enter);
		await run.waitFor('Save it as');
		await run.press(keys.enter);
		const saved = await run.waitFor('Next steps');
		const file = /File: (\S+orgs\.json)/.exec(saved)?.[1];
		expect(file).toBeDefined();
		expect(saved).toContain('temporary folder');
		await run.press(keys.enter);
		expect((await run.exited).exitCode).toBe(0);
		for (let i = 0; i < 40 && !fs.existsSync(driverOut); i++) await sleep(50);
		expect(JSON.parse(fs.readFileSync(driverOut, 'utf8'))).toMatchObject({ok: true, heading: 'You are logged in'});
		expect(fs.existsSync(file!)).toBe(false);
		expect(fs.existsSync(path.join(configDir, 'orgs.json'))).toBe(false);
	});
});
