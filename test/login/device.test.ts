/**
 * The device flow's polling against the emulator over real HTTP, with time made to pass in the
 * test: never a poll before the interval, 5 s more after each slow_down.
 */
import {afterEach, describe, expect, it} from 'vitest';
import {startEmulator, type Emulator} from '../../source/emulator/index.js';
import {deviceSource, SLOW_DOWN_STEP_MS} from '../../source/login/device.js';
import {prepareLogin} from '../../source/oauth/login.js';
import {createTokenClient} from '../../source/oauth/token-client.js';
import {resolveLoginSettings} from '../../source/login/settings.js';
import {seedApp, seedUser} from '../helpers/seed-org.js';

let emulator: Emulator;
afterEach(() => emulator?.close());

async function approveWhenAsked(userCode: string) {
	// The person at the verification page, by plain HTTP.
	const page = await fetch(`${emulator.loginUrl}/setup/connect`, {method: 'POST', body: new URLSearchParams({user_code: userCode}), redirect: 'manual'});
	const login = await page.text();
	const hidden = /name="user_code" value="([^"]*)"/.exec(login)![1]!;
	const approval = await fetch(`${emulator.loginUrl}/sfrt-emulator/device/login`, {method: 'POST', body: new URLSearchParams({user_code: hidden, username: seedUser().username, password: seedUser().password}), redirect: 'manual'});
	const ticket = /name="ticket" value="([^"]*)"/.exec(await approval.text())![1]!;
	const decided = await fetch(`${emulator.loginUrl}/sfrt-emulator/device/approval`, {method: 'POST', body: new URLSearchParams({ticket, decision: 'allow'})});
	expect(decided.status).toBe(200);
}

async function run(sleep: (ms: number) => void) {
	let clock = 1_000_000;
	emulator = await startEmulator({apps: [seedApp({enableDeviceFlow: true})], users: [seedUser()], now: () => clock});
	const settings = resolveLoginSettings({clientId: seedApp().clientId, domain: emulator.loginUrl});
	const waits: number[] = [];
	const slower: number[] = [];
	const source = deviceSource(createTokenClient({retryDelayMs: () => 0}), {
		now: () => clock,
		sleep: async ms => {
			waits.push(ms);
			sleep(ms);
			clock += ms;
			// The person approves after the second poll.
			if (waits.length === 3) await approveWhenAsked(channel.device!.userCode);
		},
		onSlowDown: ms => slower.push(ms),
	});
	const channel = await source.open(prepareLogin(settings), new AbortController().signal);
	const grant = await channel.grant;
	return {grant, waits, slower, polls: emulator.requests.filter(request => request.form?.grant_type === 'device')};
}

describe('device flow polling', () => {
	it('waits the interval before every poll, the first one too, and gets the tokens once approved', async () => {
		const {grant, waits, slower, polls} = await run(() => {});
		expect(waits).toEqual([5000, 5000, 5000]);
		expect(slower).toEqual([]);
		expect(polls).toHaveLength(3);
		expect('tokens' in grant && grant.tokens.refreshToken).toBeTruthy();
	});

	it('after a slow_down, waits 5 s more each time', async () => {
		// The emulator's clock falls behind during the second wait: that poll comes "too soon".
		let count = 0;
		const {waits, slower, polls} = await run(() => {
			if (++count === 2) emulator.advanceTime(-1000);
		});
		expect(slower).toEqual([5000 + SLOW_DOWN_STEP_MS]);
		expect(waits).toEqual([5000, 5000, 5000 + SLOW_DOWN_STEP_MS]);
		expect(polls).toHaveLength(3);
	});
});
