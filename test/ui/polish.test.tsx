import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {localDateTime} from '../../source/present/time.js';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
import {OrgDetails} from '../../source/ui/home/org-details.js';
import {LoginHost} from '../../source/ui/steps/login-host.js';
import {LoginStep} from '../../source/ui/steps/login.js';
import {fakeServices, keys, loginResult, loginSettings, renderUi} from './helpers.js';

afterEach(cleanup);

describe('what the wizard says, read as a person reads it', () => {
	it('names the browser command once, without parentheses inside parentheses', async () => {
		const fakes = fakeServices({openBrowser: vi.fn(async () => ({ok: true as const, command: '$BROWSER (/usr/bin/firefox)'}))});
		const ui = renderUi(<LoginStep settings={loginSettings()} timeoutMs={300_000} autoOpen header={{}} services={fakes.services} onDone={() => {}} onError={() => {}} onBack={() => {}} />);
		const frame = await ui.waitFor('Opened your browser');
		expect(frame).toContain('✔ Opened your browser with $BROWSER (/usr/bin/firefox).');
		expect(frame).not.toContain('))');
	});

	it('says where a sandbox My Domain logs in without nested parentheses', async () => {
		const ui = renderUi(<LoginHost value="https://acme--uat.sandbox.my.salesforce.com" header={{}} onSubmit={() => {}} onBack={() => {}} />);
		await ui.waitFor('❯ My Domain URL');
		await ui.press(keys.enter);
		const frame = await ui.waitFor('Logs in at');
		expect(frame).toContain('Logs in at https://acme--uat.sandbox.my.salesforce.com · sandbox (My Domain)');
		expect(frame).not.toContain('))');
	});

	it('the details show local date and time and how long ago, not raw ISO times', async () => {
		const now = Date.parse('2026-03-04T10:00:00Z');
		const org = {...savedOrgFromLogin(loginResult(), loginSettings(), 'acme'), createdAt: '2026-03-01T10:00:00.000Z', lastVerifiedAt: '2026-03-04T09:55:00.000Z'};
		const ui = renderUi(<OrgDetails org={org} isDefault={false} now={now} onExport={() => {}} onBack={() => {}} />);
		const frame = await ui.waitFor('Last verified');
		expect(frame).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
		expect(frame).toMatch(new RegExp(`Last verified\\s+${localDateTime('2026-03-04T09:55:00.000Z')} \\(5 min ago\\)`));
		expect(frame).toMatch(new RegExp(`Saved\\s+${localDateTime('2026-03-01T10:00:00.000Z')} \\(3 days ago\\)`));
		expect(localDateTime('2026-03-04T09:55:00.000Z')).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d$/);
	});

	it('the details: a copy while the token is shown does not ask to press v', async () => {
		const org = savedOrgFromLogin(loginResult(), loginSettings(), 'acme');
		const ui = renderUi(<OrgDetails org={org} isDefault={false} now={Date.now()} onExport={() => {}} onBack={() => {}} />);
		await ui.waitFor('v reveal the token');
		await ui.press('v');
		await ui.waitFor('v hide the token');
		await ui.press('c');
		const frame = (await ui.waitFor('Sent the refresh token')).replaceAll(/\s+/g, ' ');
		expect(frame).not.toContain('press v');
	});
});
