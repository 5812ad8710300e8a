import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {prepareLogin} from '../../source/oauth/login.js';
import {oauthError} from '../../source/oauth/oauth-error.js';
import {CatcherSlot, StepWork} from '../../source/ui/services.js';
import {Exchange} from '../../source/ui/steps/exchange.js';
import {fakeCatcher, fakeTokenClient, loginSettings, renderUi, tokenSet} from './helpers.js';

afterEach(cleanup);

function setup(client: ReturnType<typeof fakeTokenClient>, options: {signal?: AbortSignal; work?: StepWork} = {}) {
	const caught = fakeCatcher();
	const slot = new CatcherSlot();
	slot.hold(caught.catcher);
	const onDone = vi.fn();
	const onError = vi.fn();
	const ui = renderUi(<Exchange pending={prepareLogin(loginSettings())} code="the-code" client={client} slot={slot} header={{step: 6, total: 7}} onDone={onDone} onError={onError} {...options} />);
	return {ui, caught, slot, onDone, onError};
}

/** A promise the test settles. */
function gate() {
	let open!: () => void;
	const promise = new Promise<void>(resolve => {
		open = resolve;
	});
	return {promise, open};
}

describe('Exchange', () => {
	it('shows each phase, tells the browser it worked, closes the catcher', async () => {
		let open!: () => void;
		const gate = new Promise<void>(resolve => {
			open = resolve;
		});
		const client = fakeTokenClient({gate});
		const {ui, caught, slot, onDone} = setup(client);
		const frame = await ui.waitFor('Exchanging the authorization code for tokens…');
		expect(frame).toContain('· Reading who logged in');
		expect(frame).toContain('· Proving the refresh token works (one refresh)');
		open();
		await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce());
		expect(client.exchangeCode).toHaveBeenCalledWith(expect.objectContaining({code: 'the-code'}));
		expect(client.refresh).toHaveBeenCalledOnce();
		expect(caught.outcomes).toEqual([{ok: true, username: 'ada@example.com', orgId: '00D000000000001AAA'}]);
		expect(caught.catcher.closed).toBe(1);
		expect(slot.current).toBeUndefined();
		expect(onDone.mock.calls[0]![0].identity.username).toBe('ada@example.com');
	});

	it('marks finished phases while the next runs', async () => {
		let open!: () => void;
		const gate = new Promise<void>(resolve => {
			open = resolve;
		});
		const client = fakeTokenClient();
		client.identity.mockImplementation(async () => {
			await gate;
			return {username: 'ada@example.com', displayName: 'Ada', orgId: '00D000000000001AAA', userId: '005000000000001AAA'};
		});
		const {ui, onDone} = setup(client);
		const frame = await ui.waitFor('Reading who logged in…');
		expect(frame).toContain('✔ Exchanging the authorization code for tokens');
		open();
		await vi.waitFor(() => expect(onDone).toHaveBeenCalledOnce());
	});

	it('tells the browser it failed, closes the catcher and reports the error', async () => {
		const client = fakeTokenClient({fail: {at: 'exchangeCode', error: oauthError('invalid-client')}});
		const {caught, onDone, onError} = setup(client);
		await vi.waitFor(() => expect(onError).toHaveBeenCalledOnce());
		expect(onError.mock.calls[0]![0].code).toBe('invalid-client');
		expect(caught.outcomes).toHaveLength(1);
		expect(caught.outcomes[0]).toMatchObject({ok: false, error: {code: 'invalid-client'}});
		expect(caught.catcher.closed).toBe(1);
		expect(onDone).not.toHaveBeenCalled();
	});

	it('the signal (Ctrl+C) aborts the code exchange in flight: nothing issued, nothing revoked, no error shown', async () => {
		const client = fakeTokenClient({gate: gate().promise});
		const controller = new AbortController();
		const work = new StepWork();
		const {ui, onDone, onError} = setup(client, {signal: controller.signal, work});
		await ui.waitFor('Exchanging the authorization code for tokens…');
		const started = Date.now();
		controller.abort();
		await work.settled();
		expect(Date.now() - started).toBeLessThan(200);
		const request = client.exchangeCode.mock.calls[0]![0] as {signal: AbortSignal};
		expect(request.signal.aborted).toBe(true);
		expect(client.revoke).not.toHaveBeenCalled();
		expect(onDone).not.toHaveBeenCalled();
		expect(onError).not.toHaveBeenCalled();
	});

	it('cancelled after the token was issued: revokes it, and a second Ctrl+C (hurry) stops a slow revoke', async () => {
		const client = fakeTokenClient({revokeGate: gate().promise});
		// Reading the identity hangs until the signal aborts it.
		client.identity.mockImplementation(async ({signal}: {signal: AbortSignal}) => new Promise((_resolve, reject) => {
			signal.addEventListener('abort', () => reject(oauthError('cancelled')), {once: true});
		}));
		const work = new StepWork();
		const cleanup = vi.fn();
		work.onCleanup(cleanup);
		const {ui, onError} = setup(client, {work});
		await ui.waitFor('Reading who logged in…');
		ui.unmount(); // the wizard leaves the step on Ctrl+C
		await vi.waitFor(() => expect(client.revoke).toHaveBeenCalledOnce());
		const revoke = client.revoke.mock.calls[0]![0] as {token: string; url: string; signal: AbortSignal};
		expect(revoke.token).toBe(tokenSet().refreshToken);
		expect(revoke.url).toBe(tokenSet().instanceUrl);
		expect(cleanup).toHaveBeenCalled();
		let settled = false;
		void work.settled().then(() => {
			settled = true;
		});
		await new Promise(resolve => setTimeout(resolve, 50));
		expect(settled).toBe(false);
		work.hurry();
		expect(revoke.signal.aborted).toBe(true);
		await vi.waitFor(() => expect(settled).toBe(true), {timeout: 200});
		expect(onError).not.toHaveBeenCalled();
	});
});
