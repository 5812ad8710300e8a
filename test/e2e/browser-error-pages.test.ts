/**
 * The errors Salesforce shows only as a page in the browser, after the person logs in: each one
 * the emulator can show, seen in headless Chromium, and read back by sfrt into its fix, the way
 * a person pastes what the page says.
 */
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {EmulatorApp} from '../../source/emulator/index.js';
import {resolveLoginSettings} from '../../source/login/settings.js';
import {prepareLogin} from '../../source/oauth/login.js';
import {errorFromPageText} from '../../source/oauth/page-error.js';
import {withChromium} from '../helpers/chromium.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {seedApp, seedUser} from '../helpers/seed-org.js';

let f: EmulatorStore;
beforeAll(async () => {
	f = await startEmulatorStore({emulator: {autoApprove: false}});
});
afterAll(() => f.close());

const pages: Array<[string, Partial<EmulatorApp>, string, string]> = [
	['app blocked', {blocked: true}, 'OAUTH_APP_BLOCKED', 'app-blocked'],
	['not installed', {installed: false}, 'OAUTH_EC_APP_NOT_FOUND', 'app-not-installed'],
	['External Client App from another org', {createdInOtherOrg: true}, 'Cross-org OAuth flows are not supported', 'cross-org-app'],
	['scope not allowed', {allowedScopes: ['api']}, 'OAUTH_APPROVAL_ERROR_GENERIC', 'invalid-scope'],
];

describe('error pages in the browser (headless Chromium)', () => {
	it('each page shows what Salesforce shows, and its text pasted into sfrt gives the right fix', {timeout: 60_000}, async () => {
		const seen = await withChromium(async page => {
			const results: Array<{name: string; text: string}> = [];
			for (const [name, settings] of pages) {
				const app = seedApp({clientId: `3MVG9page${name.replaceAll(/\W/g, '')}${'q'.repeat(40)}`, ...settings});
				f.emulator.addApp(app);
				const login = prepareLogin(resolveLoginSettings({clientId: app.clientId, domain: f.emulator.loginUrl, redirectUri: app.callbackUrls[0]}));
				await page.context().clearCookies();
				await page.goto(login.authorizeUrl);
				// Scope problems show before the login page; the app's standing in the org only after it.
				if (await page.$('#username')) {
					await page.fill('#username', seedUser().username);
					await page.fill('#password', seedUser().password);
					await page.click('#Login');
				}
				results.push({name, text: await page.innerText('body')});
			}
			return results;
		});
		for (const [index, [name, , shown, code]] of pages.entries()) {
			const {text} = seen[index]!;
			expect(text, name).toContain(shown);
			expect(errorFromPageText(text)?.code, name).toBe(code);
		}
	});
});
