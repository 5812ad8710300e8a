/**
 * Headless Chromium (Debian's, never a downloaded one) for tests that play the person at a
 * browser page themselves: the device flow's verification page, a login whose callback nobody
 * can reach.
 */
import {chromium, type Browser, type Page} from 'playwright-core';

export async function withChromium<T>(run: (page: Page) => Promise<T>, timeoutMs = 20_000): Promise<T> {
	const browser: Browser = await chromium.launch({
		executablePath: process.env.SFRT_CHROMIUM ?? '/usr/bin/chromium',
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
	try {
		const page = await browser.newPage();
		page.setDefaultTimeout(timeoutMs);
		return await run(page);
	} finally {
		await browser.close();
	}
}

/** At the emulator's device page: types the code, logs in, and clicks Allow or Deny. Returns the final heading. */
export async function approveDevice(page: Page, verificationUri: string, userCode: string, user: {username: string; password: string}, decision: 'allow' | 'deny' = 'allow'): Promise<string> {
	await page.goto(verificationUri);
	await page.fill('#user_code', userCode);
	await page.click('#connect');
	await page.fill('#username', user.username);
	await page.fill('#password', user.password);
	await page.click('#Login');
	await page.click(`#${decision}`);
	return (await page.textContent('h1')) ?? '';
}
