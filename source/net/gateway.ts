/**
 * The one way sfrt talks to Salesforce over HTTP. Every request (preflight, token, revoke,
 * identity) goes through a Gateway, built once per command: it is where a trace of requests
 * and responses (`--explain`) is taken, and where each request gets its proxy (HTTPS_PROXY,
 * NO_PROXY, see proxy.ts). This is the only module that imports got, and it loads got on the
 * first request, so commands that never reach Salesforce start without it.
 */
import {failureThrough, proxyAgents, proxyFor, type Proxy, type ProxySettings} from './proxy.js';
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

/**
 * Sends one request, through `proxy` when one is given, and returns the answer as it came:
 * redirects are never followed, nothing is retried.
 */
export type Transport = (request: HttpRequest, proxy?: Proxy) => Promise<HttpResponse>;

/** What a trace hook sees: secrets (tokens, codes, verifiers, client secrets) are already redacted. */
export type TraceEvent =
	| {type: 'request'; id: number; method: HttpMethod; url: string; form?: Record<string, string>; proxy?: string}
	| {type: 'response'; id: number; status: number; ms: number; body: string}
	| {type: 'failure'; id: number; ms: number; code: string}
	/** A request sent again, and why (an HTTP status, or a network error's code). */
	| {type: 'retry'; attempt: number; of: number; reason: string};

export interface GatewayOptions {
	/** Sees every request and its outcome, with secrets redacted. */
	onTrace?: ((event: TraceEvent) => void) | undefined;
	/** The proxies from the environment (readProxySettings); every request goes direct when absent. */
	proxy?: ProxySettings | undefined;
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
	const transport = options.transport ?? gotTransport;
	const now = options.now ?? (() => performance.now());
	let lastId = 0;
	return {
		note(event) {
			options.onTrace?.(event);
		},
		async send(request) {
			const proxy = options.proxy ? proxyFor(options.proxy, request.url) : undefined;
			const sendOnce = async () => {
				try {
					return await transport(request, proxy);
				} catch (error) {
					throw proxy ? failureThrough(proxy, error) : error;
				}
			};
			const trace = options.onTrace;
			if (!trace) return sendOnce();
			const id = ++lastId;
			const started = now();
			trace({type: 'request', id, method: request.method, url: request.url, ...(request.form ? {form: redactForm(request.form)} : {}), ...(proxy ? {proxy: proxy.shown} : {})});
			try {
				const response = await sendOnce();
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

const gotTransport: Transport = async (request, proxy) => {
	const [{default: got}, agents] = await Promise.all([import('got'), proxy ? proxyAgents(proxy) : undefined]);
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
