/**
 * When the wizard exits, the shell prompt starts on a line of its own: the last frame ends
 * with a newline, whichever way the wizard is left.
 */
import fs from 'node:fs';
import path from 'node:path';
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

function storeWithOneOrg(): string {
	const dir = tempDir();
	const org = {
		alias: 'acme', username: 'ada@example.com', displayName: 'Ada', orgId: '00D000000000001AAA', userId: '005000000000001AAA', kind: 'production',
		loginUrl: 'https://login.salesforce.com', instanceUrl: 'https://acme.my.salesforce.com', identityUrl: 'https://login.salesforce.com/id/00D000000000001AAA/005000000000001AAA',
		clientId: '3MVG9abc', redirectUri: 'http://localhost:1717/OauthRedirect', scopes: ['api', 'refresh_token'], refreshToken: '5Aep861token',
		createdAt: new Date().toISOString(), lastVerifiedAt: new Date().toISOString(),
	};
	fs.writeFileSync(path.join(dir, 'orgs.json'), JSON.stringify({schemaVersion: 1, defaultAlias: 'acme', orgs: {acme: org}}), {mode: 0o600});
	return dir;
}

describe('leaving the wizard (tmux, 80×24)', () => {
	it.each([
		['q on the saved orgs', 'q', 'Bye.'],
		['Ctrl+C on the saved orgs', 'C-c', 'Cancelled.'],
	])('%s: the prompt starts on a new line', async (_how, key, last) => {
		const dir = storeWithOneOrg();
		run = runInTmux([], {env: {PATH: process.env.PATH, HOME: dir, SFRT_CONFIG_DIR: dir, NO_COLOR: '1'}, cols: 80, rows: 24});
		await run.waitFor('Saved orgs');
		run.send(key);
		await run.exited();
		const lines = run.screen().split('\n');
		const lastLine = lines.findLastIndex(line => line.trim() !== '');
		expect(lines[lastLine]!.trim()).toBe(last);
		// The cursor waits at the start of the row under the last frame.
		expect(run.cursor()).toEqual({x: 0, y: lastLine + 1});
	});

	it('Quit on an error: the prompt starts on a new line', async () => {
		const dir = tempDir();
		// A login address nobody answers at: the check fails at once, before any browser.
		run = runInTmux(['login', '--client-id', `3MVG9${'a'.repeat(60)}`, '--client-secret', 'x', '--domain', 'http://127.0.0.1:9', '--redirect-uri', 'http://localhost:1717/OauthRedirect', '--no-browser'], {env: {PATH: process.env.PATH, HOME: dir, SFRT_CONFIG_DIR: dir, NO_COLOR: '1', BROWSER: 'false'}, cols: 80, rows: 30});
		await run.waitFor('That did not work');
		run.send('Up');
		await run.waitFor('❯ Quit');
		run.send('Enter');
		await run.exited();
		const lines = run.screen().split('\n');
		const lastLine = lines.findLastIndex(line => line.trim() !== '');
		expect(lines[lastLine]!.trim()).toBe('Nothing was saved.');
		expect(run.cursor()).toEqual({x: 0, y: lastLine + 1});
	});
});
