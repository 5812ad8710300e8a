import {describe, expect, it} from 'vitest';
import type {SfrtError} from '../../source/errors.js';
import {createGateway, type Transport} from '../../source/net/gateway.js';
import {requestJson} from '../../source/oauth/http.js';

type Step = {error: string} | {status: number; body: string; type?: string};

/** A transport in place of got that plays a script of answers, to reach failures a real server can't stage on cue. */
function scripted(steps: Step[]) {
	const calls: string[] = [];
	const transport: Transport = async request => {
		calls.push(request.url);
		const step = steps.shift();
		if (!step) throw new Error('no more steps');
		if ('error' in step) throw Object.assign(new Error(step.error), {code: step.error});
		return {status: step.status, body: step.body, headers: {'content-type': step.type ?? 'application/json'}};
	};
	return {gateway: createGateway({transport}), calls};
}

const ok = {status: 200, body: '{"a":1}'};
const request = {method: 'POST' as const, url: 'https://login.salesforce.com/services/oauth2/token', form: {refresh_token: 'secret-token'}, retry: true};

async function failure(promise: Promise<unknown>): Promise<SfrtError> {
	try {
		await promise;
	} catch (error) {
		return error as SfrtError;
	}
	throw new Error('expected a failure');
}

describe('requestJson', () => {
	it('retries a connection that was refused, then succeeds', async () => {
		const {gateway, calls} = scripted([{error: 'ECONNREFUSED'}, {error: 'ENOTFOUND'}, ok]);
		const answer = await requestJson(request, {gateway, retryDelayMs: () => 0});
		expect(answer.body).toEqual({a: 1});
		expect(calls).toHaveLength(3);
	});

	it('does not resend after the connection broke mid-request', async () => {
		const {gateway, calls} = scripted([{error: 'ECONNRESET'}, ok]);
		const error = await failure(requestJson(request, {gateway, retryDelayMs: () => 0}));
		expect(error.code).toBe('network');
		expect(error.message).toContain('connection closed without an answer');
		expect(calls).toHaveLength(1);
	});

	it('gives up after the bounded number of attempts (a request that may be repeated: a GET, a revoke)', async () => {
		for (const repeatable of [{...request, method: 'GET' as const, form: undefined}, {...request, repeatable: true}]) {
			const {gateway, calls} = scripted([{status: 503, body: '<html>'}, {status: 502, body: ''}, {status: 500, body: ''}, ok]);
			const error = await failure(requestJson(repeatable, {gateway, retries: 2, retryDelayMs: () => 0}));
			expect(error.code).toBe('http-error');
			expect(calls).toHaveLength(3);
		}
	});

	it('never sends a refresh again after a 5xx: Salesforce may already have rotated the token', async () => {
		const {gateway, calls} = scripted([{status: 503, body: ''}, ok]);
		const error = await failure(requestJson(request, {gateway, retryDelayMs: () => 0}));
		expect(error.code).toBe('http-error');
		expect(calls).toHaveLength(1);
	});

	it('does not retry requests that are not marked safe', async () => {
		const {gateway, calls} = scripted([{status: 503, body: ''}, ok]);
		await failure(requestJson({...request, retry: false}, {gateway, retryDelayMs: () => 0}));
		expect(calls).toHaveLength(1);
	});

	it('maps a JSON error body to the Salesforce error, without the secret', async () => {
		const {gateway} = scripted([{status: 400, body: '{"error":"invalid_grant","error_description":"expired access/refresh token"}'}]);
		const error = await failure(requestJson(request, {gateway}));
		expect(error.code).toBe('refresh-token-invalid');
		expect(JSON.stringify(error)).not.toContain('secret-token');
	});

	it('calls an HTML page what it is', async () => {
		const {gateway} = scripted([{status: 200, body: '<!doctype html><p>Hi', type: 'text/html; charset=utf-8'}]);
		const error = await failure(requestJson(request, {gateway}));
		expect(error.code).toBe('not-json');
		expect(error.message).toBe('https://login.salesforce.com/services/oauth2/token answered with text/html instead of Salesforce\'s JSON (HTTP 200).');
	});

	it('treats an empty 200 as success only where allowed (revoke)', async () => {
		expect((await requestJson({...request, allowEmpty: true}, {gateway: scripted([{status: 200, body: ''}]).gateway})).body).toEqual({});
		expect((await failure(requestJson(request, {gateway: scripted([{status: 200, body: ''}]).gateway}))).code).toBe('not-json');
	});
});
