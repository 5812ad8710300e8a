import type {IncomingHttpHeaders, IncomingMessage, ServerResponse} from 'node:http';
import type {OAuthError} from './errors.js';

/** What a route handler sees of a request: already read, decoded once. */
export interface EmulatorRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	/** The decoded body when it is form-encoded, else empty. */
	form: Record<string, string>;
	headers: IncomingHttpHeaders;
}

const maxBodyBytes = 1024 * 1024;

export async function readBody(request: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request) {
		const buffer = chunk as Buffer;
		size += buffer.length;
		if (size > maxBodyBytes) {
			throw new Error('request body too large');
		}

		chunks.push(buffer);
	}

	return Buffer.concat(chunks).toString('utf8');
}

export function isFormEncoded(headers: IncomingHttpHeaders): boolean {
	return (headers['content-type'] ?? '').toLowerCase().startsWith('application/x-www-form-urlencoded');
}

/** Decodes once, like any server: the first occurrence of a repeated name wins. */
export function decodeParams(encoded: string): Record<string, string> {
	const seen = new Set<string>();
	const firstOccurrences = [...new URLSearchParams(encoded)].filter(([name]) => !seen.has(name) && seen.add(name));
	return Object.fromEntries(firstOccurrences);
}

export function bearerToken(headers: IncomingHttpHeaders): string | undefined {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
	return match?.[1];
}

export function basicCredentials(headers: IncomingHttpHeaders): {clientId: string; clientSecret: string} | undefined {
	const match = /^Basic\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
	if (match?.[1] === undefined) {
		return undefined;
	}

	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon < 0) {
		return undefined;
	}

	return {clientId: decoded.slice(0, colon), clientSecret: decoded.slice(colon + 1)};
}

export function cookie(headers: IncomingHttpHeaders, name: string): string | undefined {
	for (const pair of (headers.cookie ?? '').split(';')) {
		const [key, ...value] = pair.trim().split('=');
		if (key === name) {
			return value.join('=');
		}
	}

	return undefined;
}

const noStore = {'Cache-Control': 'no-cache,must-revalidate,max-age=0,no-store,private', Pragma: 'no-cache'};

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
	send(response, status, 'application/json;charset=UTF-8', JSON.stringify(body));
}

/** Salesforce's JSON error answer, from the token, revoke and introspect endpoints. */
export function sendOAuthError(response: ServerResponse, error: OAuthError, status = 400): void {
	sendJson(response, status, {error: error.error, error_description: error.description});
}

export function sendText(response: ServerResponse, status: number, text: string): void {
	send(response, status, 'text/plain;charset=UTF-8', text);
}

export function sendHtml(response: ServerResponse, status: number, html: string): void {
	send(response, status, 'text/html;charset=UTF-8', html);
}

export function sendEmpty(response: ServerResponse, status: number): void {
	response.writeHead(status, {...noStore, 'Content-Length': 0});
	response.end();
}

export function redirect(response: ServerResponse, location: string): void {
	response.writeHead(302, {...noStore, Location: location, 'Content-Length': 0});
	response.end();
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
	response.writeHead(status, {...noStore, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body)});
	response.end(body);
}
