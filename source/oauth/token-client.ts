import {oauthError} from './oauth-error.js';
import {requestJson, type HttpOptions} from './http.js';
import {caseSafeId} from './salesforce-id.js';

/** Lets Ctrl+C cancel a request in flight. */
export interface Cancellable {
	signal?: AbortSignal | undefined;
}

export interface ClientCredentials {
	clientId: string;
	/** Empty or absent for apps that don't require a secret. */
	clientSecret?: string | undefined;
}

export interface TokenSet {
	accessToken: string;
	/** Present after a code exchange only with the refresh_token scope; after a refresh only when the app rotates tokens. */
	refreshToken?: string;
	instanceUrl: string;
	/** The identity URL: https://login.salesforce.com/id/<orgId>/<userId> */
	id: string;
	orgId: string;
	userId: string;
	/** Epoch milliseconds. */
	issuedAt: number;
	scopes: string[];
	tokenType: string;
	idToken?: string;
}

export interface Identity {
	username: string;
	displayName: string;
	orgId: string;
	userId: string;
	email?: string;
}

export interface CodeExchange extends ClientCredentials, Cancellable {
	loginUrl: string;
	code: string;
	redirectUri: string;
	codeVerifier: string;
}

export interface RefreshRequest extends ClientCredentials, Cancellable {
	/** The org's instance URL, or its login URL. */
	url: string;
	refreshToken: string;
}

export interface DeviceCodeRequest extends ClientCredentials, Cancellable {
	loginUrl: string;
	scopes: string[];
}

export interface DeviceAuthorization {
	/** Secret: what sfrt polls with. */
	deviceCode: string;
	/** What the person types at the verification URL. */
	userCode: string;
	verificationUri: string;
	/** The least time between polls. */
	intervalMs: number;
	/** Salesforce sends no expires_in today; when it does, it wins over sfrt's default. */
	expiresInMs?: number;
}

export interface DevicePoll extends ClientCredentials, Cancellable {
	loginUrl: string;
	deviceCode: string;
}

/** RFC 8628's default, when the answer names no interval. */
const DEFAULT_DEVICE_INTERVAL_SECONDS = 5;

export const tokenPath = '/services/oauth2/token';

/**
 * Salesforce's token, revoke and identity endpoints. The code exchange is never retried once
 * Salesforce has answered (a code works once); refreshing is retried on network errors and 5xx.
 */
export function createTokenClient(options: HttpOptions = {}) {
	return {
		async exchangeCode(request: CodeExchange): Promise<TokenSet> {
			const {body} = await requestJson({
				method: 'POST',
				url: `${request.loginUrl}${tokenPath}`,
				form: {
					grant_type: 'authorization_code',
					code: request.code,
					client_id: request.clientId,
					...secretField(request.clientSecret),
					redirect_uri: request.redirectUri,
					code_verifier: request.codeVerifier,
				},
				context: {redirectUri: request.redirectUri, secretSent: Boolean(request.clientSecret)},
				signal: request.signal,
			}, options);
			return readTokenSet(body, `${request.loginUrl}${tokenPath}`);
		},

		async refresh(request: RefreshRequest): Promise<TokenSet> {
			const url = `${request.url}${tokenPath}`;
			const {body} = await requestJson({
				method: 'POST',
				url,
				form: {
					grant_type: 'refresh_token',
					refresh_token: request.refreshToken,
					client_id: request.clientId,
					...secretField(request.clientSecret),
				},
				context: {secretSent: Boolean(request.clientSecret)},
				retry: true,
				signal: request.signal,
			}, options);
			return readTokenSet(body, url);
		},

		/** Starts a device login: the code the person types at the verification URL. */
		async requestDeviceCode(request: DeviceCodeRequest): Promise<DeviceAuthorization> {
			const url = `${request.loginUrl}${tokenPath}`;
			const {body} = await requestJson({
				method: 'POST',
				url,
				form: {response_type: 'device_code', client_id: request.clientId, ...secretField(request.clientSecret), scope: request.scopes.join(' ')},
				context: {scopes: request.scopes.join(' '), secretSent: Boolean(request.clientSecret)},
				signal: request.signal,
			}, options);
			const interval = Number(body.interval ?? DEFAULT_DEVICE_INTERVAL_SECONDS);
			const expiresIn = Number(body.expires_in ?? 0);
			return {
				deviceCode: requiredString(body, 'device_code', url),
				userCode: requiredString(body, 'user_code', url),
				verificationUri: requiredString(body, 'verification_uri', url),
				intervalMs: (Number.isFinite(interval) && interval > 0 ? interval : DEFAULT_DEVICE_INTERVAL_SECONDS) * 1000,
				...(Number.isFinite(expiresIn) && expiresIn > 0 ? {expiresInMs: expiresIn * 1000} : {}),
			};
		},

		/** One poll of a device login: the tokens once approved; Salesforce's error (pending, slow_down, …) otherwise. */
		async pollDevice(request: DevicePoll): Promise<TokenSet> {
			const url = `${request.loginUrl}${tokenPath}`;
			const {body} = await requestJson({
				method: 'POST',
				url,
				form: {grant_type: 'device', client_id: request.clientId, ...secretField(request.clientSecret), code: request.deviceCode},
				context: {secretSent: Boolean(request.clientSecret)},
				signal: request.signal,
			}, options);
			return readTokenSet(body, url);
		},

		async revoke(request: {url: string; token: string} & Cancellable): Promise<void> {
			const url = `${request.url}/services/oauth2/revoke`;
			await requestJson({method: 'POST', url, form: {token: request.token}, retry: true, repeatable: true, allowEmpty: true, signal: request.signal}, options);
		},

		async identity(request: {id: string; accessToken: string} & Cancellable): Promise<Identity> {
			const {body} = await requestJson({method: 'GET', url: request.id, bearer: request.accessToken, retry: true, signal: request.signal}, options);
			const identity = {
				username: requiredString(body, 'username', request.id),
				displayName: optionalString(body, 'display_name') ?? requiredString(body, 'username', request.id),
				orgId: caseSafeId(requiredString(body, 'organization_id', request.id)),
				userId: caseSafeId(requiredString(body, 'user_id', request.id)),
				...optionalField('email', optionalString(body, 'email')),
			};
			checkSameLogin(identity, request.id);
			return identity;
		},
	};
}

export type TokenClient = ReturnType<typeof createTokenClient>;

function secretField(secret: string | undefined): {client_secret?: string} {
	return secret ? {client_secret: secret} : {};
}

/** Checks every field sfrt relies on before anything uses the answer. */
export function readTokenSet(body: Record<string, unknown>, url: string): TokenSet {
	const accessToken = requiredString(body, 'access_token', url);
	const instanceUrl = requiredString(body, 'instance_url', url);
	const id = requiredString(body, 'id', url);
	const issuedAtText = requiredString(body, 'issued_at', url);
	const issuedAt = Number(issuedAtText);
	if (!/^\d+$/.test(issuedAtText) || !Number.isSafeInteger(issuedAt)) throw badField(url, 'issued_at');
	if (!isHttpUrl(instanceUrl)) throw badField(url, 'instance_url');
	const ids = idsOf(id);
	if (!ids) throw badField(url, 'id');
	const refreshToken = optionalString(body, 'refresh_token');
	const idToken = optionalString(body, 'id_token');
	return {
		accessToken,
		...optionalField('refreshToken', refreshToken),
		instanceUrl: instanceUrl.replace(/\/+$/, ''),
		id,
		...ids,
		issuedAt,
		scopes: (optionalString(body, 'scope') ?? '').split(' ').filter(Boolean),
		tokenType: optionalString(body, 'token_type') ?? 'Bearer',
		...optionalField('idToken', idToken),
	};
}

/** The org and user IDs at the end of an identity URL (…/id/<orgId>/<userId>), 18-character form. */
function idsOf(identityUrl: string): {orgId: string; userId: string} | undefined {
	if (!isHttpUrl(identityUrl)) return undefined;
	const match = /\/id\/(00D[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)\/(005[a-zA-Z0-9]{12}(?:[a-zA-Z0-9]{3})?)\/?$/.exec(new URL(identityUrl).pathname);
	return match ? {orgId: caseSafeId(match[1]!), userId: caseSafeId(match[2]!)} : undefined;
}

/** The identity answer must be about the login the token belongs to: its URL names that login. */
function checkSameLogin(identity: Pick<Identity, 'orgId' | 'userId'>, identityUrl: string): void {
	const expected = idsOf(identityUrl);
	if (!expected || (expected.orgId === identity.orgId && expected.userId === identity.userId)) return;
	const parsed = new URL(identityUrl);
	throw oauthError('identity-mismatch', {params: {
		url: `${parsed.origin}${parsed.pathname}`,
		orgId: expected.orgId,
		userId: expected.userId,
		identityOrgId: identity.orgId,
		identityUserId: identity.userId,
	}});
}

function requiredString(body: Record<string, unknown>, field: string, url: string): string {
	const value = body[field];
	if (typeof value !== 'string' || value === '') throw badField(url, field);
	return value;
}

function optionalString(body: Record<string, unknown>, field: string): string | undefined {
	const value = body[field];
	return typeof value === 'string' && value !== '' ? value : undefined;
}

function optionalField<K extends string, V>(key: K, value: V | undefined): {[P in K]?: V} {
	return (value === undefined ? {} : {[key]: value}) as {[P in K]?: V};
}

function badField(url: string, field: string) {
	const parsed = new URL(url);
	return oauthError('bad-response', {params: {url: `${parsed.origin}${parsed.pathname}`, field}});
}

function isHttpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}
