/**
 * The wizard where the browser cannot come back: `node dist/cli.js login` in tmux, against the
 * emulator, with headless Chromium playing a browser on another machine. Over SSH (told by the
 * environment) the wizard offers paste mode first with the port forward; the address Chromium
 * ends on (its callback unreachable) is pasted back. And an error page in the browser (app
 * blocked) is pasted into the wizard, which shows its fix.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Page} from 'playwright-core';
import {withChromium} from '../helpers/chromium.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {freePort} from '../helpers/ports.js';
import {seedApp, seedUser} from '../helpers/seed-org.js';
import {runInTmux, type TmuxRun} from '../helpers/tmux.js';

let f: EmulatorStore | undefined;
let run: TmuxRun | undefined;
afterEach(async () => {
	run?.kill();
	run = undefined;
	await f?.close();
	f = undefined;
});

const authorizeUrl = /http:\/\/127\.0\.0\.1:\d+\/services\/oauth2\/authorize\?\S+/;

async function setup(app: Parameters<typeof seedApp>[0] = {}) {
	// A loopback port nothing listens on: the browser elsewhere could never reach it anyway.
	const port = await freePort();
	const redirectUri = `http://localhost:${port}/OauthRedirect`;
	f = await startEmulatorStore({emulator: {apps: [seedApp({callbackUrls: [redirectUri], ...app})], autoApprove: false}});
	const env = {PATH: process.env.PATH, HOME: f.dir, SFRT_CONFIG_DIR: f.configDir, NO_COLOR: '1'};
	return {port, redirectUri, env, emulator: f.emulator};
}

/** Logs in at the emulator's page in Chromium. */
async function logIn(page: Page, url: string) {
	await page.goto(url);
	await page.fill('#username', seedUser().username);
	await page.fill('#password', seedUser().password);
	await page.click('#Login');
}

describe('the wizard on a remote machine (tmux, 100×30)', () => {
	it('over SSH: paste mode comes first with the port forward; the address Chromium ended on is pasted, and the org saved', {timeout: 60_000}, async () => {
		const {port, redirectUri, env, emulator} = await setup();
		run = runInTmux(['login', '--client-id', seedApp().clientId, '--client-secret', seedApp().clientSecret!, '--domain', emulator.loginUrl, '--redirect-uri', redirectUri], {env: {...env, SSH_CONNECTION: '10.0.0.2 52000 10.0.0.9 22'}, cols: 100, rows: 30});
		const how = await run.waitFor('How to log in');
		expect(how).toContain('This looks like a remote machine (connected over SSH)');
		expect(how).toContain(`ssh -L ${port}:localhost:${port} <host>`);
		expect(how).toContain('❯ With a browser anywhere, then paste the address');
		run.send('Enter');
		const waiting = await run.waitFor('Paste the whole address');
		const url = authorizeUrl.exec(run.history())?.[0];
		expect(url, waiting).toBeDefined();

		const address = await withChromium(async page => {
			const failed = new Promise<string>(resolve => page.on('requestfailed', request => {
				if (request.url().startsWith(redirectUri)) resolve(request.url());
			}));
			await logIn(page, url!);
			await page.click('#allow');
			// "This site can't be reached": the address bar still shows where the browser ended.
			return failed;
		});
		expect(address).toMatch(/[?&]code=/);
		run.send(address, {literal: true});
		run.send('Enter');
		const result = await run.waitFor('Enter save it', 15_000);
		expect(result).toContain('step 4 of 4 · Your refresh token');
		run.send('Enter');
		await run.waitFor('Save it as');
		run.send('Enter');
		await run.waitFor('Next steps');
		const orgs = JSON.parse(fs.readFileSync(path.join(f!.configDir, 'orgs.json'), 'utf8')).orgs;
		const org = orgs[seedUser().username];
		expect(org).toMatchObject({redirectUri, username: seedUser().username});
		expect(emulator.isRefreshTokenValid(org.refreshToken)).toBe(true);
		run.send('Enter');
		expect(await run.exited()).toBe(0);
	});

	it('the browser shows OAUTH_APP_BLOCKED instead of coming back: e, the page pasted, its fix and Try again', {timeout: 60_000}, async () => {
		const {redirectUri, env, emulator} = await setup({blocked: true});
		// A desktop with a browser sfrt does not open itself (--no-browser): no remote advice.
		run = runInTmux(['login', '--client-id', seedApp().clientId, '--client-secret', seedApp().clientSecret!, '--domain', emulator.loginUrl, '--redirect-uri', redirectUri, '--no-browser'], {env: {...env, BROWSER: 'false', DISPLAY: ':0'}, cols: 100, rows: 30});
		const waiting = await run.waitFor('If the browser shows an error page instead of coming back here, press e.');
		expect(waiting).not.toContain('remote machine');
		const url = authorizeUrl.exec(run.history())![0];
		const pageText = await withChromium(async page => {
			await logIn(page, url);
			await page.waitForSelector('#page-error-code');
			return page.innerText('body');
		});
		expect(pageText).toContain('OAUTH_APP_BLOCKED');
		run.send('e');
		await run.waitFor('What does the browser page say?');
		run.send('Up');
		run.send('Up');
		await run.waitFor('❯ Something else: paste what the page says');
		run.send('Enter');
		await run.waitFor('Paste what the page says');
		run.send(pageText.replaceAll(/\s+/g, ' ').trim(), {literal: true});
		run.send('Enter');
		const failure = await run.waitFor('That did not work');
		expect(failure.replaceAll(/\s+/g, ' ')).toContain('The app is blocked in this org (OAUTH_APP_BLOCKED: This app has been blocked by your Salesforce administrator).');
		expect(failure.replaceAll(/\s+/g, ' ')).toMatch(/Setup → Connected Apps OAuth Usage .* → Unblock/);
		expect(failure).toContain('Try again');
		expect(fs.existsSync(path.join(f!.configDir, 'orgs.json'))).toBe(false);
	});
});
