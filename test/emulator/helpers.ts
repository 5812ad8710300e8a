import {createHash, randomBytes} from 'node:crypto';
import type {Emulator} from '../../source/emulator/index.js';
import {seedApp, seedCallbackUrl} from '../helpers/seed-org.js';

// The emulator's own tests talk OAuth over HTTP by hand. The app, the user and the emulator
// come from the seed fixture (../helpers/seed-org.ts): startSeedEmulator(), seedApp(),
// user1@example.com with the password "pw".

export function pkcePair(): {verifier: string; challenge: string} {
	const verifier = randomBytes(32).toString('base64url');
	return {verifier, challenge: createHash('sha256').update(verifier).digest('base64url')};
}

export function authorizeUrl(base: string, params: Record<string, string | undefined>): string {
	const url = new URL('/services/oauth2/authorize', base);
	for (const [name, value] of Object.entries(params)) {
		if (value !== undefined) {
			url.searchParams.set(name, value);
		}
	}

	return url.toString();
}

export function standardAuthorizeParams(overrides: Record<string, string | undefined> = {}) {
	const pkce = pkcePair();
	const params: Record<string, string | undefined> = {
		response_type: 'code',
		client_id: seedApp().clientId,
		redirect_uri: seedCallbackUrl,
		scope: 'api refresh_token',
		state: 'state-123',
		code_challenge: pkce.challenge,
		code_challenge_method: 'S256',
		...overrides,
	};
	return {params, verifier: pkce.verifier};
}

export async function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
	return fetch(url, {redirect: 'manual', headers});
}

export async function postForm(url: string, form: Record<string, string | undefined>, headers: Record<string, string> = {}): Promise<Response> {
	const body = new URLSearchParams();
	for (const [name, value] of Object.entries(form)) {
		if (value !== undefined) {
			body.set(name, value);
		}
	}

	return fetch(url, {method: 'POST', redirect: 'manual', body, headers});
}

/** Runs authorize (auto-approved) and returns the code as decoded from the redirect. */
export async function authorize(emulator: Emulator, overrides: Record<string, string | undefined> = {}) {
	const {params, verifier} = standardAuthorizeParams(overrides);
	const response = await get(authorizeUrl(emulator.loginUrl, params));
	const location = response.headers.get('location') ?? '';
	const code = new URL(location).searchParams.get('code') ?? '';
	return {response, location, code, verifier};
}

export async function exchangeCode(emulator: Emulator, code: string, verifier: string | undefined, overrides: Record<string, string | undefined> = {}) {
	const app = seedApp();
	return postForm(`${emulator.loginUrl}/services/oauth2/token`, {
		grant_type: 'authorization_code',
		code,
		client_id: app.clientId,
		client_secret: app.clientSecret,
		redirect_uri: seedCallbackUrl,
		code_verifier: verifier,
		...overrides,
	});
}

/** Authorize and exchange: the token response JSON. */
export async function login(emulator: Emulator, overrides: Record<string, string | undefined> = {}): Promise<Record<string, string>> {
	const {code, verifier} = await authorize(emulator, overrides);
	const response = await exchangeCode(emulator, code, verifier);
	if (response.status !== 200) {
		throw new Error(`code exchange failed: ${response.status} ${await response.text()}`);
	}

	return (await response.json()) as Record<string, string>;
}

export async function refresh(base: string, refreshToken: string, overrides: Record<string, string | undefined> = {}): Promise<Response> {
	const app = seedApp();
	return postForm(`${base}/services/oauth2/token`, {
		grant_type: 'refresh_token',
		refresh_token: refreshToken,
		client_id: app.clientId,
		client_secret: app.clientSecret,
		...overrides,
	});
}

export async function jsonOf(response: Response): Promise<Record<string, unknown>> {
	return (await response.json()) as Record<string, unknown>;
}

/** The value of a hidden form field on an emulator page, unescaped. */
export function hiddenValue(html: string, name: string): string {
	const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
	if (match?.[1] === undefined) {
		throw new Error(`no hidden field ${name} in:\n${html}`);
	}

	return match[1].replaceAll('&quot;', '"').replaceAll('&#39;', '\'').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** The emulator's session cookie a login answer set, as a Cookie header value. */
export function sessionCookie(response: Response): string {
	return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
