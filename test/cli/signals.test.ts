import fs from 'node:fs';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {OrgStore} from '../../source/store/org-store.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {seedApp} from '../helpers/seed-org.js';
import {repoRoot, runMain} from '../helpers/cli.js';

let f: EmulatorStore;
let emulator: Emulator;
let configDir: string;
beforeEach(async () => {
	f = await startEmulatorStore();
	({emulator, configDir} = f);
});
afterEach(() => f?.close());

const refreshGrants = () => emulator.requests.filter(request => request.form?.grant_type === 'refresh_token').length;

describe('a signal before the command started', () => {
	it('(while sfrt was still loading) ends with 130 and, under --json, the JSON error', async () => {
		const stopped = new AbortController();
		stopped.abort();
		const result = await runMain(['list', '--json'], {env: {SFRT_CONFIG_DIR: configDir}, signal: stopped.signal});
		expect(result.code).toBe(130);
		expect(JSON.parse(result.stdout)).toMatchObject({ok: false, error: {code: 'cancelled'}});
	});

	it('cli.js installs its signal handlers before it loads the rest of sfrt', () => {
		const entry = fs.readFileSync(path.join(repoRoot, 'cli.tsx'), 'utf8');
		// Node's own modules only: they are loaded already, sfrt's are not.
		expect(entry).not.toMatch(/^import\b.*from '(?!node:)/m);
		expect(entry.indexOf("process.on('SIGTERM'")).toBeLessThan(entry.indexOf("await import('./source/cli/main.js')"));
	});
});

describe('Ctrl+C during a command that talks to Salesforce', () => {
	it('lets a refresh that is under way finish and save its rotated token, and leaves no lock behind', async () => {
		emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const before = await f.seed({alias: 'uat'});
		const grantsBefore = refreshGrants();
		emulator.faults.latencyMs = 1500;

		const run = f.start(['refresh', 'uat', '--json']);
		await expect.poll(refreshGrants, {timeout: 10_000, interval: 20}).toBeGreaterThan(grantsBefore);
		run.child.kill('SIGINT');
		const {code} = await run.exit;

		expect(code, run.stderr()).toBe(0);
		expect(JSON.parse(run.stdout())).toMatchObject({ok: true});
		const after = new OrgStore(configDir).get('uat')!;
		expect(after.refreshToken).not.toBe(before.refreshToken);
		expect(emulator.isRefreshTokenValid(after.refreshToken)).toBe(true);
		const leftovers = fs.readdirSync(configDir, {recursive: true}).map(String).filter(name => path.basename(name).includes('.lock'));
		expect(leftovers).toEqual([]);
	});
});
