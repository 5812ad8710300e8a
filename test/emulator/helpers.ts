import {createHash, randomBytes} from 'node:crypto';
import {startEmulator, type Emulator, type EmulatorApp, type EmulatorOptions, type EmulatorUser} from '../../source/emulator/index.js';

export const callbackUrl = 'http://localhost:1717/OauthRedirect';

export function testApp(overrides: Partial<EmulatorApp> = {}): EmulatorApp {
	return {
		name: 'Test Connected App',
		clientId: '3MVG9testClientId.forTheEmulator_' + 'x'.repeat(52),
		clientSecret: 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855',
		callbackUrls: [callbackUrl],
		...overrides,
	};
}

export function testUser(overrides: Partial<EmulatorUser> = {}): EmulatorUser {
	return {username: 'ada@example.com', password: 'correct horse', displayName: 'Ada Lovelace', email: 'ada@example.com', ...overrides};
}

/** An emulator with one app and one user, approving every authorize request as that user. */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	return startEmulator({apps: [testApp()], users: [testUser()], autoApprove: 'ada@example.com', ...options});
}

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
		client_id: testApp().clientId,
		redirect_uri: callbackUrl,
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
	const app = testApp();
	return postForm(`${emulator.loginUrl}/services/oauth2/token`, {
		grant_type: 'authorization_code',
		code,
		client_id: app.clientId,
		client_secret: app.clientSecret,
		redirect_uri: callbackUrl,
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
	const app = testApp();
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
