import {describe, expect, it} from 'vitest';
import type {Got} from 'got';
import type {SfrtError} from '../../source/errors.js';
import {requestJson} from '../../source/oauth/http.js';

type Step = {error: string} | {status: number; body: string; type?: string};

/** A stand-in for got that plays a script of answers, to reach failures a real server can't stage on cue. */
function scripted(steps: Step[]) {
	const calls: string[] = [];
	const http = (async (url: string) => {
		calls.push(url);
		const step = steps.shift();
		if (!step) throw new Error('no more steps');
		if ('error' in step) throw Object.assign(new Error(step.error), {code: step.error});
		return {statusCode: step.status, body: step.body, headers: {'content-type': step.type ?? 'application/json'}};
	}) as unknown as Got;
	return {http, calls};
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
		const {http, calls} = scripted([{error: 'ECONNREFUSED'}, {error: 'ENOTFOUND'}, ok]);
		const answer = await requestJson(request, {http, retryDelayMs: () => 0});
		expect(answer.body).toEqual({a: 1});
		expect(calls).toHaveLength(3);
	});

	it('does not resend after the connection broke mid-request', async () => {
		const {http, calls} = scripted([{error: 'ECONNRESET'}, ok]);
		const error = await failure(requestJson(request, {http, retryDelayMs: () => 0}));
		expect(error.code).toBe('network');
		expect(error.message).toContain('connection closed without an answer');
		expect(calls).toHaveLength(1);
	});

	it('gives up after the bounded number of attempts', async () => {
		const {http, calls} = scripted([{status: 503, body: '<html>'}, {status: 502, body: ''}, {status: 500, body: ''}, ok]);
		const error = await failure(requestJson(request, {http, retries: 2, retryDelayMs: () => 0}));
		expect(error.code).toBe('http-error');
		expect(calls).toHaveLength(3);
	});

	it('does not retry requests that are not marked safe', async () => {
		const {http, calls} = scripted([{status: 503, body: ''}, ok]);
		await failure(requestJson({...request, retry: false}, {http, retryDelayMs: () => 0}));
		expect(calls).toHaveLength(1);
	});

	it('maps a JSON error body to the Salesforce error, without the secret', async () => {
		const {http} = scripted([{status: 400, body: '{"error":"invalid_grant","error_description":"expired access/refresh token"}'}]);
		const error = await failure(requestJson(request, {http}));
		expect(error.code).toBe('refresh-token-invalid');
		expect(JSON.stringify(error)).not.toContain('secret-token');
	});

	it('calls an HTML page what it is', async () => {
		const {http} = scripted([{status: 200, body: '<!doctype html><p>Hi', type: 'text/html; charset=utf-8'}]);
		const error = await failure(requestJson(request, {http}));
		expect(error.code).toBe('not-json');
		expect(error.message).toBe('https://login.salesforce.com/services/oauth2/token answered with text/html instead of Salesforce\'s JSON (HTTP 200).');
	});

	it('treats an empty 200 as success only where allowed (revoke)', async () => {
		expect((await requestJson({...request, allowEmpty: true}, {http: scripted([{status: 200, body: ''}]).http})).body).toEqual({});
		expect((await failure(requestJson(request, {http: scripted([{status: 200, body: ''}]).http}))).code).toBe('not-json');
	});
});
