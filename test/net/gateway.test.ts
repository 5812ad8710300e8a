import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {createGateway, type TraceEvent, type Transport} from '../../source/net/gateway.js';
import {REDACTED, redactBody, redactForm, redactUrl} from '../../source/net/redact.js';
import {checkAuthorizeUrl} from '../../source/oauth/preflight.js';
import {createTokenClient} from '../../source/oauth/token-client.js';
import {loginToEmulator, seedApp, startSeedEmulator} from '../helpers/seed-org.js';

let emulator: Emulator;
beforeAll(async () => {
	emulator = await startSeedEmulator();
});
afterAll(async () => {
	await emulator.close();
});

describe('the gateway', () => {
	it('traces every request to Salesforce over real HTTP, with every secret redacted', async () => {
		const events: TraceEvent[] = [];
		const gateway = createGateway({onTrace: event => events.push(event)});
		const client = createTokenClient({gateway, retryDelayMs: () => 0});
		const {result} = await loginToEmulator(emulator, {client});
		const {refreshToken} = result.tokens;
		await client.refresh({url: result.tokens.instanceUrl, refreshToken, clientId: seedApp().clientId, clientSecret: seedApp().clientSecret});

		const requests = events.filter(event => event.type === 'request');
		expect(requests.map(event => `${event.method} ${new URL(event.url).pathname}`)).toEqual([
			'POST /services/oauth2/token',
			expect.stringMatching(/^GET \/id\/00D/),
			'POST /services/oauth2/token',
			'POST /services/oauth2/token',
		]);
		expect(requests[0]!.form).toMatchObject({grant_type: 'authorization_code', code: REDACTED, code_verifier: REDACTED, client_secret: REDACTED, client_id: seedApp().clientId});
		expect(requests[2]!.form).toMatchObject({grant_type: 'refresh_token', refresh_token: REDACTED});
		const responses = events.filter(event => event.type === 'response');
		expect(responses).toHaveLength(4);
		for (const response of responses) {
			expect(response.status).toBe(200);
			expect(response.ms).toBeGreaterThanOrEqual(0);
		}
		expect(JSON.parse(responses[0]!.body)).toMatchObject({access_token: REDACTED, refresh_token: REDACTED, instance_url: emulator.instanceUrl});

		const traced = JSON.stringify(events);
		expect(traced).not.toContain(refreshToken);
		expect(traced).not.toContain(result.tokens.accessToken);
		expect(traced).not.toContain(seedApp().clientSecret);
	});

	it('carries the preflight check too', async () => {
		const events: TraceEvent[] = [];
		const gateway = createGateway({onTrace: event => events.push(event)});
		const problem = await checkAuthorizeUrl(`${emulator.loginUrl}/services/oauth2/authorize?response_type=code&client_id=nope&redirect_uri=http%3A%2F%2Flocalhost%3A1717%2FOauthRedirect`, {redirectUri: 'http://localhost:1717/OauthRedirect'}, {gateway});
		expect(problem?.code).toBe('invalid-client-id');
		expect(events.map(event => event.type)).toEqual(['request', 'response']);
		expect(events[1]).toMatchObject({type: 'response', status: 400});
	});

	it('traces a request that never got an answer, and passes its error on', async () => {
		const events: TraceEvent[] = [];
		const transport: Transport = async () => {
			throw Object.assign(new Error('refused'), {code: 'ECONNREFUSED'});
		};
		const gateway = createGateway({transport, onTrace: event => events.push(event), now: () => 0});
		await expect(gateway.send({method: 'GET', url: 'https://login.salesforce.com/id/x', timeoutMs: 10})).rejects.toMatchObject({code: 'ECONNREFUSED'});
		expect(events).toEqual([
			{type: 'request', id: 1, method: 'GET', url: 'https://login.salesforce.com/id/x'},
			{type: 'failure', id: 1, ms: 0, code: 'ECONNREFUSED'},
		]);
	});
});

describe('redaction', () => {
	it('hides credentials in forms, JSON bodies and URLs, and nothing else', () => {
		expect(redactForm({grant_type: 'refresh_token', refresh_token: 'r', client_id: 'id', client_secret: 's', token: 't'})).toEqual({grant_type: 'refresh_token', refresh_token: REDACTED, client_id: 'id', client_secret: REDACTED, token: REDACTED});
		expect(JSON.parse(redactBody('{"access_token":"a","nested":{"id_token":"i"},"scope":"api"}'))).toEqual({access_token: REDACTED, nested: {id_token: REDACTED}, scope: 'api'});
		expect(redactBody('<html>secret</html>')).not.toContain('secret');
		expect(redactUrl('http://localhost:1717/OauthRedirect?code=aPrx%3D%3D&state=s')).toBe(`http://localhost:1717/OauthRedirect?code=${encodeURIComponent(REDACTED)}&state=s`);
	});
});
