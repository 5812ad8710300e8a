import {afterEach, describe, expect, it, vi} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {prepareLogin} from '../../source/oauth/login.js';
import {oauthError} from '../../source/oauth/oauth-error.js';
import {CatcherSlot} from '../../source/ui/services.js';
import {Exchange} from '../../source/ui/steps/exchange.js';
import {fakeCatcher, fakeTokenClient, loginSettings, renderUi} from './helpers.js';

afterEach(cleanup);

function setup(client: ReturnType<typeof fakeTokenClient>) {
	const caught = fakeCatcher();
	const slot = new CatcherSlot();
	slot.hold(caught.catcher);
	const onDone = vi.fn();
	const onError = vi.fn();
	const ui = renderUi(<Exchange pending={prepareLogin(loginSettings())} code="the-code" client={client} slot={slot} header={{step: 6, total: 7}} onDone={onDone} onError={onError} />);
	return {ui, caught, slot, onDone, onError};
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
});
