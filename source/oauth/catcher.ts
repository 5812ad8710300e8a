import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {fillTemplate, type SfrtError} from '../errors.js';
import {readCallback} from './callback.js';
import {catcherPages as text} from './messages.js';
import {oauthError} from './oauth-error.js';
import {renderPage, type PageContent} from './page.js';
import type {RedirectUri} from './redirect-uri.js';

export const DEFAULT_LOGIN_TIMEOUT_MS = 5 * 60_000;
/** Where the browser is sent after the callback, so the code leaves the address bar. */
export const RESULT_PATH = '/sfrt/result';

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
 */
export async function startCatcher(options: CatcherOptions): Promise<Catcher> {
	const {redirectUri, state} = options;
	let settle!: {resolve: (code: string) => void; reject: (error: SfrtError) => void};
	const code = new Promise<string>((resolve, reject) => {
		settle = {resolve, reject};
	});
	code.catch(() => {});

	let waiting = true;
	let outcome: LoginOutcome | undefined;
	let closed = false;
	const pendingResults = new Set<http.ServerResponse>();
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
		const url = new URL(request.url ?? '/', 'http://loopback');
		if (url.pathname === RESULT_PATH && request.method === 'GET') {
			if (outcome || closed) sendOutcome(response, outcome);
			else pendingResults.add(response);
			response.on('close', () => pendingResults.delete(response));
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
		if (!waiting) {
			redirectToResult(response);
			return;
		}
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
				outcome = {ok: false, error: callback.error};
				redirectToResult(response);
				end({error: callback.error});
				return;
			}
			case 'code': {
				redirectToResult(response);
				end({code: callback.code});
			}
		}
	};

	const servers = await listen(redirectUri, handler);
	const timeoutMs = options.timeoutMs ?? DEFAULT_LOGIN_TIMEOUT_MS;
	const timer = setTimeout(() => end({error: oauthError('login-timeout', {params: {seconds: Math.round(timeoutMs / 1000)}})}), timeoutMs);
	const onAbort = () => end({error: oauthError('cancelled')});
	if (options.signal?.aborted) onAbort();
	else options.signal?.addEventListener('abort', onAbort, {once: true});

	function sendOutcome(response: http.ServerResponse, result: LoginOutcome | undefined) {
		resultServed();
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
			for (const response of pendingResults) sendOutcome(response, outcome);
			pendingResults.clear();
		},
		async close() {
			end({error: oauthError('cancelled')});
			if (outcome && !closed) {
				// The browser follows the 303 at once; give it a moment to fetch the outcome page.
				await Promise.race([resultFetched, new Promise(resolve => setTimeout(resolve, 2000).unref())]);
			}
			closed = true;
			for (const response of pendingResults) sendOutcome(response, outcome);
			pendingResults.clear();
			await Promise.all(servers.map(server => new Promise<void>(resolve => {
				server.close(() => resolve());
				server.closeIdleConnections();
				setTimeout(() => server.closeAllConnections(), 200).unref();
			})));
		},
	};
}

function redirectToResult(response: http.ServerResponse) {
	response.writeHead(303, {location: RESULT_PATH, 'cache-control': 'no-store', 'content-length': 0});
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

async function listen(redirectUri: RedirectUri, handler: http.RequestListener): Promise<http.Server[]> {
	const hosts = redirectUri.hostname === 'localhost' ? ['127.0.0.1', '::1'] : [redirectUri.hostname];
	const servers: http.Server[] = [];
	try {
		for (const host of hosts) {
			const server = http.createServer(handler);
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
