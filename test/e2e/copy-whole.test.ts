/**
 * What a person copies off the screen is the real value: in tmux at 200×50, the authorize URL
 * and the revealed refresh token, read back with soft-wrapped rows joined (`capture-pane -J`,
 * what a mouse selection gives), equal the real values, and the URL read back logs in.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {demoFixture, startEmulator, type Emulator} from '../../source/emulator/index.js';
import {ensureBuilt} from '../helpers/cli.js';
import {followLoginRedirects} from '../helpers/play-browser.js';
import {freePort} from '../helpers/ports.js';
import {removeTempDirs, tempDir} from '../helpers/temp-dir.js';
import {runInTmux, type TmuxRun} from '../helpers/tmux.js';

let emulator: Emulator | undefined;
let run: TmuxRun | undefined;

beforeAll(ensureBuilt);
afterEach(async () => {
	run?.kill();
	run = undefined;
	await emulator?.close();
	emulator = undefined;
	removeTempDirs();
});

/** The screen's lines, trimmed, soft-wrapped rows already joined by tmux. */
const lines = (screen: string) => screen.split('\n').map(line => line.trim());
/** What a double-click selects: the screen's words, soft-wrapped rows already joined. */
const words = (screen: string) => screen.split(/\s+/).filter(Boolean);

/** `sfrt login` in tmux against the emulator (it approves at once); $BROWSER writes the URL it was given to `opened`. */
async function startLogin(cols: number, rows: number, extra: string[] = []) {
	const port = await freePort();
	const redirectUri = `http://localhost:${port}/OauthRedirect`;
	const {app, user} = demoFixture();
	app.callbackUrls = [redirectUri];
	emulator = await startEmulator({apps: [app], users: [user], autoApprove: user.username});
	const dir = tempDir();
	const opened = path.join(dir, 'opened-url');
	const browser = path.join(dir, 'browser.sh');
	fs.writeFileSync(browser, `#!/bin/sh\nprintf '%s' "$1" > '${opened}'\n`, {mode: 0o755});
	const configDir = path.join(dir, 'config');
	run = runInTmux(['login', '--client-id', app.clientId, '--client-secret', app.clientSecret!, '--domain', emulator.loginUrl, '--redirect-uri', redirectUri, ...extra], {
		env: {PATH: process.env.PATH, HOME: dir, SFRT_CONFIG_DIR: configDir, BROWSER: browser, NO_COLOR: '1'},
		cols,
		rows,
	});
	return {opened, configDir, loginUrl: emulator.loginUrl, run: run!};
}

describe('long values on screen copy whole (tmux)', () => {
	it('the authorize URL and the revealed refresh token read back exactly, and the URL read back logs in', async () => {
		const {opened, configDir, loginUrl, run} = await startLogin(200, 50);

		await run.waitFor('Waiting for the login');
		const screen = await run.waitFor(/^\s*http:\/\/127\.0\.0\.1:\d+\/services\/oauth2\/authorize\?\S+$/m);
		const shownUrl = lines(screen).find(line => line.startsWith(`${loginUrl}/services/oauth2/authorize?`))!;
		expect(shownUrl.length).toBeGreaterThan(200);
		expect(shownUrl).toBe(fs.readFileSync(opened, 'utf8'));

		// The URL as read off the screen is the one that logs in.
		const browsed = await followLoginRedirects(shownUrl);
		expect(browsed.authorizeStatus).toBe(302);
		await run.waitFor('The refresh token works');
		run.send('r');
		const revealed = await run.waitFor('r hide the token');
		run.send('Enter');
		await run.waitFor('Save it as');
		run.send('Enter');
		await run.waitFor('Next steps');
		const saved = JSON.parse(fs.readFileSync(path.join(configDir, 'orgs.json'), 'utf8')) as {orgs: Record<string, {refreshToken: string}>};
		const token = Object.values(saved.orgs)[0]!.refreshToken;
		expect(words(revealed)).toContain(token);
		// Nothing on screen breaks the token or the URL: no word is the start of either, cut.
		expect(words(run.history()).filter(word => word !== token && word.startsWith(token.slice(0, 8)))).toEqual([]);
		expect(words(run.history()).filter(word => word !== shownUrl && word.startsWith(shownUrl.slice(0, 30)))).toEqual([]);
		run.send('Enter');
		expect(await run.exited()).toBe(0);
	});

	it('at 80×24 a revealed token too wide for the frame is shown whole on a screen of its own, and leaves no copy behind', async () => {
		const {opened, configDir, run} = await startLogin(80, 24, ['--alias', 'demo']);
		await run.waitFor('Waiting for the login');
		for (let i = 0; i < 100 && !fs.existsSync(opened); i++) await new Promise(resolve => setTimeout(resolve, 20));
		await followLoginRedirects(fs.readFileSync(opened, 'utf8'));
		await run.waitFor('The refresh token works');
		run.send('r');
		await run.waitFor('press f to see the Refresh token whole');
		run.send('f');
		const own = await run.waitFor('Press any key to go back');
		run.send('x');
		await run.waitFor('r hide the token');
		run.send('Enter');
		await run.waitFor('Next steps');
		const saved = JSON.parse(fs.readFileSync(path.join(configDir, 'orgs.json'), 'utf8')) as {orgs: Record<string, {refreshToken: string}>};
		const token = saved.orgs.demo!.refreshToken;
		expect(words(own)).toContain(token);
		expect(run.history()).not.toContain(token.slice(0, 30));
		run.send('Enter');
		expect(await run.exited()).toBe(0);
	});
});
