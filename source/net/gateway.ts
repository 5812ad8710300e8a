/**
 * The one way sfrt talks to Salesforce over HTTP. Every request (preflight, token, revoke,
 * identity) goes through a Gateway, built once per command: it is where a trace of requests
 * and responses (`--explain`) is taken, and where a proxy agent plugs in. This is the only
 * module that imports got, and it loads got on the first request, so commands that never
 * reach Salesforce start without it.
 */
import {redactForm, redactBody} from './redact.js';

export type HttpMethod = 'GET' | 'POST';

export interface HttpRequest {
	method: HttpMethod;
	url: string;
	form?: Record<string, string> | undefined;
	headers?: Record<string, string> | undefined;
	/** For the whole request, connection included. */
	timeoutMs: number;
	/** Cancels the request in flight. */
	signal?: AbortSignal | undefined;
}

export interface HttpResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: string;
}

/** Sends one request and returns the answer as it came: redirects are never followed, nothing is retried. */
export type Transport = (request: HttpRequest) => Promise<HttpResponse>;

/** What a trace hook sees: secrets (tokens, codes, verifiers, client secrets) are already redacted. */
export type TraceEvent =
	| {type: 'request'; id: number; method: HttpMethod; url: string; form?: Record<string, string>}
	| {type: 'response'; id: number; status: number; ms: number; body: string}
	| {type: 'failure'; id: number; ms: number; code: string}
	/** A request sent again, and why (an HTTP status, or a network error's code). */
	| {type: 'retry'; attempt: number; of: number; reason: string};

/** Agents for got's `agent` option: where a proxy (HTTPS_PROXY) will plug in. */
export interface Agents {
	http?: unknown;
	https?: unknown;
}

export interface GatewayOptions {
	/** Sees every request and its outcome, with secrets redacted. */
	onTrace?: ((event: TraceEvent) => void) | undefined;
	agents?: Agents | undefined;
	/** Replaces got (tests that stage failures a real server can't). */
	transport?: Transport | undefined;
	now?: () => number;
}

export interface Gateway {
	send(request: HttpRequest): Promise<HttpResponse>;
	/** Tells the trace what the caller does about an answer (a retry). */
	note(event: Extract<TraceEvent, {type: 'retry'}>): void;
}

export function createGateway(options: GatewayOptions = {}): Gateway {
	const transport = options.transport ?? gotTransport(options.agents);
	const now = options.now ?? (() => performance.now());
	let lastId = 0;
	return {
		note(event) {
			options.onTrace?.(event);
		},
		async send(request) {
			const trace = options.onTrace;
			if (!trace) return transport(request);
			const id = ++lastId;
			const started = now();
			trace({type: 'request', id, method: request.method, url: request.url, ...(request.form ? {form: redactForm(request.form)} : {})});
			try {
				const response = await transport(request);
				trace({type: 'response', id, status: response.status, ms: Math.round(now() - started), body: redactBody(response.body)});
				return response;
			} catch (error) {
				const code = (error as {code?: unknown} | undefined)?.code;
				trace({type: 'failure', id, ms: Math.round(now() - started), code: typeof code === 'string' ? code : 'ERROR'});
				throw error;
			}
		},
	};
}

function gotTransport(agents: Agents | undefined): Transport {
	return async request => {
		const {default: got} = await import('got');
		const response = await got(request.url, {
			method: request.method,
			...(request.form ? {form: request.form} : {}),
			...(request.headers ? {headers: request.headers} : {}),
			...(request.signal ? {signal: request.signal} : {}),
			...(agents ? {agent: agents as never} : {}),
			responseType: 'text',
			throwHttpErrors: false,
			followRedirect: false,
			retry: {limit: 0},
			timeout: {request: request.timeoutMs},
		});
		return {status: response.statusCode, headers: response.headers, body: response.body};
	};
}
