#!/usr/bin/env node
/**
 * A stand-in for the user's browser, for end-to-end tests: point $BROWSER at
 * `node test/helpers/browser-driver.mjs` and sfrt runs it with the authorize URL as its argument.
 * It opens the URL in headless Chromium, logs in on the emulator's page, clicks Allow or Deny,
 * waits for the loopback catcher's final page and writes what it shows to a JSON file.
 *
 * Environment:
 *   SFRT_DRIVER_OUT        the JSON file to write: {ok, url, tone, lang, heading, text} or {ok: false, error}
 *   SFRT_DRIVER_USERNAME   SFRT_DRIVER_PASSWORD   the emulator user
 *   SFRT_DRIVER_DECISION   allow (default) or deny
 *   SFRT_DRIVER_TIMEOUT_MS give up after this long (default 30000)
 *   SFRT_CHROMIUM          the Chromium binary (default /usr/bin/chromium)
 */
import fs from 'node:fs';
import {chromium} from 'playwright-core';

const url = process.argv[2];
const out = process.env.SFRT_DRIVER_OUT;
const decision = process.env.SFRT_DRIVER_DECISION === 'deny' ? 'deny' : 'allow';
const timeout = Number(process.env.SFRT_DRIVER_TIMEOUT_MS ?? 30_000);

function report(result) {
	if (out) fs.writeFileSync(out, JSON.stringify(result, null, 2));
}

// So a test can stop it (SIGTERM: Playwright then closes Chromium too).
if (out) fs.writeFileSync(`${out}.pid`, String(process.pid));

if (!url) {
	console.error('usage: browser-driver.mjs <authorize-url>');
	process.exit(2);
}

// Never outlive the test: a hard stop even if Chromium hangs.
const watchdog = setTimeout(() => {
	report({ok: false, error: `browser driver timed out after ${timeout} ms`});
	process.exit(1);
}, timeout + 5000);
watchdog.unref();

const browser = await chromium.launch({
	executablePath: process.env.SFRT_CHROMIUM ?? '/usr/bin/chromium',
	headless: true,
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let exitCode = 0;
try {
	const page = await browser.newPage();
	page.setDefaultTimeout(timeout);
	await page.goto(url);
	await page.fill('#username', process.env.SFRT_DRIVER_USERNAME ?? '');
	await page.fill('#password', process.env.SFRT_DRIVER_PASSWORD ?? '');
	await page.click('#Login');
	await page.click(`#${decision}`);
	// The catcher answers the redirect with a 303 to its result page (with the tab's one-time
	// ticket), which it serves once the terminal side has finished (or failed) the login.
	await page.waitForURL(/\/sfrt\/result\?ticket=/);
	await page.waitForSelector('main[data-tone]');
	report({
		ok: true,
		url: page.url(),
		tone: await page.getAttribute('main', 'data-tone'),
		lang: await page.getAttribute('html', 'lang'),
		heading: await page.textContent('h1'),
		text: await page.innerText('main'),
	});
} catch (error) {
	exitCode = 1;
	report({ok: false, error: String(error?.message ?? error)});
} finally {
	await browser.close();
}
process.exit(exitCode);
