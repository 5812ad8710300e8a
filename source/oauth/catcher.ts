import {randomBytes, timingSafeEqual} from 'node:crypto';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {fillTemplate, type SfrtError} from '../errors.js';
import {readCallback} from './callback.js';
import {isOwnHost, ownHosts} from './loopback-host.js';
import {catcherPages as text} from './messages.js';
import {oauthError} from './oauth-error.js';
import {renderPage, type PageContent} from './page.js';
import type {RedirectUri} from './redirect-uri.js';
import {DEFAULT_LOGIN_TIMEOUT_MS} from './login-timeout.js';

export {DEFAULT_LOGIN_TIMEOUT_MS};

/** Where the browser is sent after the callback, so the code leaves the address bar. */
export const RESULT_PATH = '/sfrt/result';

/** Bounds that keep stray, slow or hostile connections from starving the real callback. */
export interface CatcherLimits {
	/** Connections each listening socket holds at once; more are dropped as they arrive. */
	maxConnections: number;
	/** Result pages waiting for the outcome at once: the browser's, and a few reloads. */
	maxParkedResults: number;
	/** How long a result page waits for the outcome before it points to the terminal. */
	parkedResultMs: number;
	/** A browser sends its headers at once: a connection that trickles them is dropped. */
	headersTimeoutMs: number;
	keepAliveTimeoutMs: number;
	maxHeadersCount: number;
	maxHeaderSize: number;
}

export const CATCHER_LIMITS: CatcherLimits = {
	maxConnections: 32,
	maxParkedResults: 4,
	parkedResultMs: 2 * 60_000,
	headersTimeoutMs: 10_000,
	keepAliveTimeoutMs: 2000,
	maxHeadersCount: 64,
	maxHeaderSize: 16 * 1024,
};

export type LoginOutcome =
	| {ok: true; username: string; orgId: string}
	| {ok: false; error: SfrtError};

export interface CatcherOptions {
	redirectUri: RedirectUri;
	state: string;
	timeoutMs?: number;
	signal?: AbortSignal;
	/** For error messages about the callback URL and scopes. */
	scopes?: string;
	/** Tests shorten these; the defaults are CATCHER_LIMITS. */
	limits?: Partial<CatcherLimits>;
}

export interface Catcher {
	/** The addresses it listens on, such as ['127.0.0.1:1717', '[::1]:1717']. */
	readonly addresses: string[];
	/** The authorization code; rejects with Salesforce's error, a timeout or a cancellation. */
	readonly code: Promise<string>;
	/** Shows the login's outcome in the browser tab that brought the code. */
	finish(outcome: LoginOutcome): void;
	/** Stops listening; waits briefly for the browser to fetch the outcome page. */
	close(): Promise<void>;
}

/**
 * The loopback server that receives Salesforce's redirect. It listens only on loopback
 * addresses, ignores requests that are not the callback (so a stray favicon or an old tab
 * doesn't end the login), and ends on the callback, a timeout or the abort signal.
 * It answers only requests that name its own address in Host, and shows the outcome only
 * to the tab that brought the code: the redirect after the callback carries a one-time ticket.
 */
export async function startCatcher(options: CatcherOptions): Promise<Catcher> {
	const {redirectUri, state} = options;
	let settle!: {resolve: (code: string) => void; reject: (error: SfrtError) => void};
	const code = new Promise<string>((resolve, reject) => {
		settle = {resolve, reject};
	});
	code.catch(() => {});

	const limits = {...CATCHER_LIMITS, ...options.limits};
	const hosts = ownHosts(redirectUri);
	let waiting = true;
	let outcome: LoginOutcome | undefined;
	let closed = false;
	/** Spent once the outcome page is sent: the tab that brought the code sees it once. */
	let ticket: string | undefined = randomBytes(32).toString('base64url');
	const parked = new Map<http.ServerResponse, NodeJS.Timeout>();
	let resultServed!: () => void;
	const resultFetched = new Promise<void>(resolve => {
		resultServed = resolve;
	});

	const end = (result: {code: string} | {error: SfrtError}) => {
		if (!waiting) return;
		waiting = false;
		clearTimeout(timer);
		options.signal?.removeEventListener('abort', onAbort);
		if ('code' in result) settle.resolve(result.code);
		else settle.reject(result.error);
	};

	const handler = (request: http.IncomingMessage, response: http.ServerResponse) => {
		const url = parseTarget(request.url);
		if (!url) {
			send(response, 400, {title: text.title, heading: text.badRequestHeading, body: text.badRequestBody, tone: 'info'});
			return;
		}
		if (!isOwnHost(request.headers.host, hosts)) {
			send(response, 421, {title: text.title, heading: text.misdirectedHeading, body: text.misdirectedBody, tone: 'info'});
			return;
		}
		if (url.pathname === RESULT_PATH && request.method === 'GET') {
			serveResult(response, url);
			return;
		}
		if (url.pathname !== redirectUri.path) {
			send(response, 404, {title: text.title, heading: text.notFoundHeading, body: text.notFoundBody, tone: 'info'});
			return;
		}
		if (request.method !== 'GET') {
			response.setHeader('allow', 'GET');
			send(response, 405, {title: text.title, heading: text.notFoundHeading, body: text.notFoundBody, tone: 'info'});
			return;
		}
		receiveCallback(response, url);
	};

	function receiveCallback(response: http.ServerResponse, url: URL) {
		const callback = readCallback(url.searchParams, {state, redirectUri: redirectUri.url, ...(options.scopes ? {scopes: options.scopes} : {})});
		switch (callback.kind) {
			case 'state-mismatch': {
				const error = oauthError('state-mismatch');
				send(response, 400, {title: text.title, heading: text.stateMismatchHeading, body: error.message, hint: error.hint, tone: 'error'});
				return;
			}
			case 'no-code': {
				send(response, 400, {title: text.title, heading: text.notFoundHeading, body: text.notFoundBody, tone: 'info'});
				return;
			}
			case 'error': {
				if (waiting) outcome = {ok: false, error: callback.error};
				redirectToResult(response, ticket);
				end({error: callback.error});
				return;
			}
			case 'code': {
				redirectToResult(response, ticket);
				end({code: callback.code});
			}
		}
	}

	function serveResult(response: http.ServerResponse, url: URL) {
		if (!ticket || !sameSecret(url.searchParams.get(TICKET_PARAM), ticket)) {
			send(response, 403, {title: text.title, heading: text.notYoursHeading, body: text.notYoursBody, tone: 'info'});
		} else if (outcome || closed) {
			sendOutcome(response, outcome);
		} else {
			park(response);
		}
	}

	function park(response: http.ServerResponse) {
		if (parked.size >= limits.maxParkedResults) {
			send(response, 503, {title: text.title, heading: text.busyHeading, body: text.busyBody, tone: 'info'});
			return;
		}
		const timer = setTimeout(() => {
			unpark(response);
			send(response, 200, {title: text.title, heading: text.stillWorkingHeading, body: text.stillWorkingBody, tone: 'info'});
		}, limits.parkedResultMs);
		timer.unref();
		parked.set(response, timer);
		response.on('close', () => unpark(response));
	}

	function unpark(response: http.ServerResponse) {
		clearTimeout(parked.get(response));
		parked.delete(response);
	}

	function answerParked() {
		for (const response of [...parked.keys()]) {
			unpark(response);
			sendOutcome(response, outcome);
		}
	}

	const servers = await listen(redirectUri, neverThrowing(handler), limits);
	const timeoutMs = options.timeoutMs ?? DEFAULT_LOGIN_TIMEOUT_MS;
	const timer = setTimeout(() => end({error: oauthError('login-timeout', {params: {seconds: Math.round(timeoutMs / 1000)}})}), timeoutMs);
	const onAbort = () => end({error: oauthError('cancelled')});
	if (options.signal?.aborted) onAbort();
	else options.signal?.addEventListener('abort', onAbort, {once: true});

	function sendOutcome(response: http.ServerResponse, result: LoginOutcome | undefined) {
		resultServed();
		ticket = undefined;
		if (!result) {
			send(response, 200, {title: text.title, heading: text.unfinishedHeading, body: text.unfinishedBody, tone: 'info'});
		} else if (result.ok) {
			send(response, 200, {title: text.title, heading: text.successHeading, body: fillTemplate(text.successBody, {username: result.username, orgId: result.orgId}), tone: 'success'});
		} else {
			send(response, 200, {title: text.title, heading: text.failureHeading, body: result.error.message, hint: result.error.hint, footnote: result.error.code, tone: 'error'});
		}
	}

	return {
		addresses: servers.map(server => formatAddress(server.address() as AddressInfo)),
		code,
		finish(result) {
			outcome ??= result;
			answerParked();
		},
		async close() {
			end({error: oauthError('cancelled')});
			if (outcome && !closed) {
				// The browser follows the 303 at once; give it a moment to fetch the outcome page.
				await Promise.race([resultFetched, new Promise(resolve => setTimeout(resolve, 2000).unref())]);
			}
			closed = true;
			answerParked();
			await Promise.all(servers.map(server => new Promise<void>(resolve => {
				server.close(() => resolve());
				server.closeIdleConnections();
				setTimeout(() => server.closeAllConnections(), 200).unref();
			})));
		},
	};
}

const TICKET_PARAM = 'ticket';

/**
 * Only the origin form ("/path?query") is a request a browser sends to a server. The fixed base
 * keeps URL from reading "//[" or "//a:b@c:99999" as a host, which it would refuse by throwing.
 */
function parseTarget(target: string | undefined): URL | undefined {
	if (!target?.startsWith('/')) return undefined;
	try {
		return new URL(`http://loopback${target}`);
	} catch {
		return undefined;
	}
}

/** An exception in a request would end the process and the login waiting in it. */
function neverThrowing(handler: http.RequestListener): http.RequestListener {
	return (request, response) => {
		try {
			handler(request, response);
		} catch {
			response.destroy();
		}
	};
}

function sameSecret(given: string | null, expected: string): boolean {
	const a = Buffer.from(given ?? '');
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}

/** The ticket rides in the address, not a cookie: a cross-site redirect chain withholds SameSite=Strict cookies. */
function redirectToResult(response: http.ServerResponse, ticket: string | undefined) {
	const location = ticket ? `${RESULT_PATH}?${TICKET_PARAM}=${ticket}` : RESULT_PATH;
	response.writeHead(303, {location, 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'content-length': 0});
	response.end();
}

function send(response: http.ServerResponse, status: number, content: PageContent) {
	const body = renderPage(content);
	response.writeHead(status, {
		'content-type': 'text/html; charset=utf-8',
		'content-length': Buffer.byteLength(body),
		'cache-control': 'no-store',
		'referrer-policy': 'no-referrer',
		'x-content-type-options': 'nosniff',
	});
	response.end(body);
}

async function listen(redirectUri: RedirectUri, handler: http.RequestListener, limits: CatcherLimits): Promise<http.Server[]> {
	const hosts = redirectUri.hostname === 'localhost' ? ['127.0.0.1', '::1'] : [redirectUri.hostname];
	const servers: http.Server[] = [];
	try {
		for (const host of hosts) {
			const server = limitedServer(handler, limits);
			try {
				await new Promise<void>((resolve, reject) => {
					server.once('error', reject);
					server.listen({port: redirectUri.port, host, exclusive: true}, () => {
						server.off('error', reject);
						resolve();
					});
				});
			} catch (error) {
				const code = (error as NodeJS.ErrnoException).code;
				// A machine without IPv6 still serves localhost on 127.0.0.1.
				if (host === '::1' && servers.length > 0 && (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT')) continue;
				throw listenError(error, host, redirectUri.port);
			}
			servers.push(server);
		}
	} catch (error) {
		await Promise.all(servers.map(server => new Promise(resolve => server.close(resolve))));
		throw error;
	}
	return servers;
}

function limitedServer(handler: http.RequestListener, limits: CatcherLimits): http.Server {
	const server = http.createServer({
		maxHeaderSize: limits.maxHeaderSize,
		headersTimeout: limits.headersTimeoutMs,
		requestTimeout: 2 * limits.headersTimeoutMs,
		keepAliveTimeout: limits.keepAliveTimeoutMs,
		// Node looks for overdue requests this often (30 s by default): the timeouts need it sooner.
		connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs / 4),
	}, handler);
	server.maxConnections = limits.maxConnections;
	server.maxHeadersCount = limits.maxHeadersCount;
	return server;
}

function listenError(error: unknown, host: string, port: number): SfrtError {
	const code = (error as NodeJS.ErrnoException).code;
	const shownHost = host.includes(':') ? `[${host}]` : host;
	if (code === 'EADDRINUSE') return oauthError('port-in-use', {params: {port, host: shownHost}, cause: error});
	if (code === 'EACCES' || code === 'EPERM') return oauthError('port-permission', {params: {port}, cause: error});
	return oauthError('loopback-failed', {params: {port, host: shownHost, reason: code ?? String(error)}, cause: error});
}

function formatAddress(address: AddressInfo): string {
	return address.family === 'IPv6' ? `[${address.address}]:${address.port}` : `${address.address}:${address.port}`;
}
