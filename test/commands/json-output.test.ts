import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {SavedOrg} from '../../source/store/saved-org.js';
import {parseJson} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';

let f: EmulatorStore;
let uat: SavedOrg;
let url: string;
beforeAll(async () => {
	f = await startEmulatorStore({users: 2});
	uat = await f.seed({alias: 'uat'});
	await f.seed({alias: 'prod', username: 'user2@example.com'});
	url = (await f.sfrt(['export', 'prod', '--format', 'sfdx-url'])).stdout;
});
afterAll(async () => {
	await f.close();
});

// Every command with --json: exactly one JSON object on stdout, ok: true, and no secret of the
// org in it, except where printing one is the command's job (token, export, --reveal).
describe.each([
	[['list']],
	[['show', 'uat']],
	[['refresh', 'uat']],
	[['refresh', '--all']],
	[['import', '-', '--alias', 'prod']],
	[['default']],
	[['default', 'uat']],
	[['rename', 'prod', 'prod2']],
	[['rename', 'prod2', 'prod']],
	[['config', 'path']],
	[['token', 'uat']],
	[['export', 'uat']],
	[['remove', 'prod', '--keep-remote']],
])('sfrt %j --json', argv => {
	it('prints one JSON object with ok: true, secrets masked', async () => {
		const run = await f.sfrt([...argv, '--json'], argv[0] === 'import' ? url : undefined);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const json = parseJson(run.stdout);
		expect(json.ok).toBe(true);
		const text = JSON.stringify(json);
		const current = f.store.get('uat') ?? uat;
		const secrets = [uat.refreshToken, current.refreshToken, uat.clientSecret!];
		if (argv[0] === 'export') {
			expect(json.output).toContain(current.refreshToken);
		} else {
			for (const secret of secrets) expect(text).not.toContain(secret);
		}
		if (argv[0] === 'token') expect(json.accessToken).toBe(current.accessToken);
		else if (argv[0] !== 'export') expect(text).not.toContain(current.accessToken!);
	});
});
