import type {SfrtError} from '../errors.js';
import {createGateway, type Gateway, type HttpMethod} from '../net/gateway.js';
import {oauthText} from './messages.js';
import {networkError} from './network-error.js';
import {fromSalesforce, oauthError, type SalesforceContext} from './oauth-error.js';

export interface HttpOptions {
	/** Per-request timeout. */
	timeoutMs?: number;
	/**
	 * Extra attempts after 5xx answers and network errors (for a POST, only when it never reached
	 * the server), and after Salesforce's "retry your request".
	 */
	retries?: number;
	/** Delay before retry N (1-based); tests make it 0. */
	retryDelayMs?: (attempt: number) => number;
	/** The command's one way to Salesforce; a plain one when absent. */
	gateway?: Gateway;
}

export interface JsonRequest {
	method: HttpMethod;
	url: string;
	form?: Record<string, string>;
	bearer?: string;
	/**
	 * Only requests that change nothing at Salesforce, or where repeating is harmless, set this.
	 * Salesforce's "retry your request" is retried whatever it says: it did not carry the request out.
	 */
	retry?: boolean;
	/** Repeating it changes nothing even if Salesforce acted on it (a revoke): a 5xx after sending may be retried too. */
	repeatable?: boolean;
	/** A 200 with an empty body is a success (revoke answers so). */
	allowEmpty?: boolean;
	/** Cancels the request in flight (Ctrl+C); it then fails with 'cancelled'. */
	signal?: AbortSignal | undefined;
	context?: SalesforceContext;
}

export interface JsonAnswer {
	status: number;
	body: Record<string, unknown>;
}

const defaultRetryDelay = (attempt: number) => Math.min(250 * 2 ** (attempt - 1), 2000);

/**
 * Sends one request to Salesforce and returns its JSON object, or throws an SfrtError that says
 * what went wrong: Salesforce's own error (mapped to its fix), an HTML page from a host that is
 * not Salesforce, an HTTP failure, or a network failure. Secrets in the form never reach a message.
 */
export async function requestJson(request: JsonRequest, options: HttpOptions = {}): Promise<JsonAnswer> {
	const gateway = options.gateway ?? createGateway();
	const attempts = 1 + (options.retries ?? 2);
	const delay = options.retryDelayMs ?? defaultRetryDelay;
	const where = withoutQuery(request.url);

	let lastError: SfrtError | undefined;
	let retryReason = '';
	for (let attempt = 1; attempt <= attempts; attempt++) {
		if (attempt > 1) {
			gateway.note({type: 'retry', attempt, of: attempts, reason: retryReason});
			await sleep(delay(attempt - 1));
		}
		if (request.signal?.aborted) throw oauthError('cancelled');
		let response;
		try {
			response = await gateway.send({
				method: request.method,
				url: request.url,
				form: request.form,
				headers: {
					accept: 'application/json',
					...(request.bearer ? {authorization: `Bearer ${request.bearer}`} : {}),
				},
				timeoutMs: options.timeoutMs ?? 30_000,
				signal: request.signal,
			});
		} catch (error) {
			if (request.signal?.aborted) throw oauthError('cancelled', {cause: error});
			lastError = networkError(error, where);
			// A proxy or a certificate that failed once fails again: only the network may do better.
			if (lastError.code !== 'network') throw lastError;
			retryReason = String(lastError.params.reason);
			// A POST that may have reached Salesforce is not sent again: if its answer was lost,
			// a rotating app has already replaced the refresh token, and reusing the old one
			// revokes the whole family. A GET changes nothing and may always be repeated.
			if (!request.retry || (request.method !== 'GET' && !neverSent(error))) throw lastError;
			continue;
		}

		const status = response.status;
		if (status >= 500) {
			lastError = oauthError('http-error', {params: {url: where, status}});
			retryReason = `HTTP ${status}`;
			// A 5xx came after Salesforce had the request: it may have acted on it (issued a rotated
			// refresh token). Only a request that changes nothing is sent again.
			if (!request.retry || (request.method !== 'GET' && !request.repeatable)) throw lastError;
			continue;
		}
		if (request.allowEmpty && status === 200 && response.body.trim() === '') return {status, body: {}};
		const parsed = parseJsonObject(response.body) ?? (status >= 400 ? plainTextError(response.body) : undefined);
		if (!parsed) {
			const contentType = String(response.headers['content-type'] ?? oauthText.noContentType).split(';')[0]!;
			throw oauthError('not-json', {params: {url: where, contentType, status}});
		}
		if (status >= 400 || typeof parsed.error === 'string') {
			if (typeof parsed.error === 'string') {
				const description = typeof parsed.error_description === 'string' ? parsed.error_description : undefined;
				const error = fromSalesforce({error: parsed.error, ...(description === undefined ? {} : {error_description: description}), status}, request.context);
				if (error.code !== 'salesforce-retry') throw error;
				lastError = error;
				retryReason = parsed.error;
				continue;
			}
			throw oauthError('http-error', {params: {url: where, status}});
		}
		if (status !== 200) throw oauthError('http-error', {params: {url: where, status}});
		return {status, body: parsed};
	}
	throw lastError!;
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
	try {
		const value: unknown = JSON.parse(text);
		if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
		// Salesforce answers a bad bearer token on REST-style endpoints with a one-element array.
		if (Array.isArray(value) && value[0] && typeof value[0] === 'object') {
			const first = value[0] as Record<string, unknown>;
			if (typeof first.errorCode === 'string') {
				return {error: 'invalid_token', error_description: String(first.message ?? first.errorCode)};
			}
		}
	} catch {}
	return undefined;
}

/**
 * The identity and REST endpoints refuse a token with one plain-text word: 403 "Bad_OAuth_Token",
 * "Missing_OAuth_Token", "Bad_Id". That is Salesforce's error, not a page from another host.
 */
function plainTextError(text: string): Record<string, unknown> | undefined {
	const word = text.trim();
	return /^[A-Za-z]+(?:_[A-Za-z]+)+$/.test(word) ? {error: word} : undefined;
}

const notSentCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL']);

function neverSent(error: unknown): boolean {
	const code = (error as {code?: unknown} | undefined)?.code;
	return typeof code === 'string' && notSentCodes.has(code);
}

function withoutQuery(url: string): string {
	const parsed = new URL(url);
	return `${parsed.origin}${parsed.pathname}`;
}

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
