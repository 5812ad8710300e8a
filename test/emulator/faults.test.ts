import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {get, jsonOf, login} from './helpers.js';
import {startSeedEmulator} from '../helpers/seed-org.js';

let emulator: Emulator;
beforeEach(async () => {
	emulator = await startSeedEmulator();
});
afterEach(async () => {
	await emulator.close();
});

function wellKnown(base: string): Promise<Response> {
	return get(`${base}/.well-known/openid-configuration`);
}

describe('faults', () => {
	it('answers the next requests, on either host, with a 503 HTML maintenance page', async () => {
		emulator.faults.failNext(2, '5xx');
		const first = await wellKnown(emulator.loginUrl);
		expect(first.status).toBe(503);
		expect(first.headers.get('content-type')).toMatch(/^text\/html/);
		expect(await first.text()).toContain('Service Unavailable');
		const second = await wellKnown(emulator.instanceUrl);
		expect(second.status).toBe(503);
		await second.body?.cancel();
		const third = await wellKnown(emulator.loginUrl);
		expect(third.status).toBe(200);
		expect(await jsonOf(third)).toHaveProperty('issuer');
	});

	it('drops the connection without an answer', async () => {
		emulator.faults.failNext(1, 'drop');
		await expect(wellKnown(emulator.loginUrl)).rejects.toThrow();
		expect((await wellKnown(emulator.loginUrl)).status).toBe(200);
	});

	it('answers 200 with an HTML page instead of JSON', async () => {
		emulator.faults.failNext(1, 'html');
		const response = await wellKnown(emulator.loginUrl);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^text\/html/);
		await expect(response.json()).rejects.toThrow();
	});

	it('queues different kinds in order', async () => {
		emulator.faults.failNext(1, 'html');
		emulator.faults.failNext(1, '5xx');
		const statuses: number[] = [];
		for (let index = 0; index < 3; index++) {
			const response = await wellKnown(emulator.loginUrl);
			await response.body?.cancel();
			statuses.push(response.status);
		}

		expect(statuses).toEqual([200, 503, 200]);
		expect(emulator.requests).toHaveLength(3);
	});

	it('delays every response by latencyMs', async () => {
		emulator.faults.latencyMs = 150;
		const started = performance.now();
		await (await wellKnown(emulator.loginUrl)).body?.cancel();
		expect(performance.now() - started).toBeGreaterThanOrEqual(140);
		emulator.faults.latencyMs = 0;
	});

	it('logs every request with its decoded form', async () => {
		const tokens = await login(emulator);
		expect(tokens.access_token).toBeDefined();
		expect(emulator.requests.map(request => `${request.host} ${request.method} ${request.path}`)).toEqual([
			'login GET /services/oauth2/authorize',
			'login POST /services/oauth2/token',
		]);
		expect(emulator.requests[0]?.query).toMatchObject({response_type: 'code', state: 'state-123'});
		expect(emulator.requests[1]?.form).toMatchObject({grant_type: 'authorization_code'});
	});

	it('closes promptly even with a keep-alive connection open', async () => {
		await (await wellKnown(emulator.loginUrl)).text();
		const started = performance.now();
		await emulator.close();
		expect(performance.now() - started).toBeLessThan(1000);
		await expect(wellKnown(emulator.loginUrl)).rejects.toThrow();
	});
});
