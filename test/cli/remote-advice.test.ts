/**
 * Plain mode on a remote machine: the waiting message says why a browser elsewhere can't come
 * back, and what to do (paste, device, or the port forward with the real port). Told by the
 * environment, like a person's SSH session tells it.
 */
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {freePort} from '../helpers/ports.js';
import {seedApp} from '../helpers/seed-org.js';

let f: EmulatorStore;
let port: number;
beforeEach(async () => {
	port = await freePort();
	f = await startEmulatorStore({emulator: {apps: [seedApp({callbackUrls: [`http://localhost:${port}/OauthRedirect`]})], autoApprove: false}});
});
afterEach(() => f.close());

async function waitingMessage(env: Record<string, string>): Promise<string> {
	const run = f.start(['login', '--json', '--no-browser', '--client-id', seedApp().clientId, '--domain', f.emulator.loginUrl, '--redirect-uri', `http://localhost:${port}/OauthRedirect`], {env});
	await run.waitForStderr(/press Ctrl\+C and run: sfrt why/);
	run.child.kill('SIGINT');
	expect((await run.exit).code).toBe(130);
	return run.stderr();
}

describe('sfrt login on a remote machine', () => {
	it('over SSH: why, and paste, device or the port forward with the real port, on stderr', async () => {
		const stderr = await waitingMessage({SSH_CONNECTION: '10.0.0.2 52000 10.0.0.9 22', BROWSER: ''});
		expect(stderr).toContain('This looks like a remote machine (connected over SSH)');
		expect(stderr).toContain('Use --paste or --device');
		expect(stderr).toContain(`ssh -L ${port}:localhost:${port} <host>`);
		expect(stderr).toContain('If the browser shows a Salesforce error page instead of coming back here');
	});

	it('where $BROWSER says how to open one (VS Code, Codespaces): no advice', async () => {
		const stderr = await waitingMessage({SSH_CONNECTION: '10.0.0.2 52000 10.0.0.9 22', BROWSER: 'code --open-url'});
		expect(stderr).not.toContain('remote machine');
	});
});
