import {createHmac} from 'node:crypto';
import {appPolicy, includesRefreshScope} from './app-policy.js';
import {identityUrl, type EmulatorContext} from './context.js';
import type {RegisteredUser} from './state.js';
import type {IssuedTokens} from './tokens.js';
import type {EmulatorApp} from './types.js';

const idTokenLifetimeSeconds = 300;

/**
 * A new approval's tokens, as the code exchange and the device flow answer: with a refresh
 * token only when the app has the refresh_token scope and the grant asked for it.
 */
export function newGrantResponseBody(context: EmulatorContext, app: EmulatorApp, user: RegisteredUser, grant: {scopes: string[]; nonce?: string}) {
	const withRefreshToken = appPolicy(app).allowRefreshTokenScope && includesRefreshScope(grant.scopes);
	const issued = context.state.tokens.issueGrant({clientId: app.clientId, username: user.username, ...grant}, withRefreshToken);
	return tokenResponseBody(context, app, user, issued);
}

/** The success body of the token endpoint, in Salesforce's field order: no expires_in, issued_at a string. */
export function tokenResponseBody(context: EmulatorContext, app: EmulatorApp, user: RegisteredUser, issued: IssuedTokens) {
	const issuedAt = String(context.state.clock.now());
	const id = identityUrl(context, user, {short: context.state.shortIdsInTokenAnswers});
	const scopes = issued.grant.scopes;
	return {
		access_token: issued.accessToken,
		...(issued.refreshToken === undefined ? {} : {refresh_token: issued.refreshToken}),
		signature: createHmac('sha256', app.clientSecret).update(id + issuedAt).digest('base64'),
		scope: scopes.join(' '),
		...(scopes.includes('openid') ? {id_token: idToken(context, app, id, issued.grant.nonce)} : {}),
		instance_url: context.urls.instanceUrl,
		id,
		token_type: 'Bearer',
		issued_at: issuedAt,
	};
}

/**
 * Salesforce signs id tokens with RS256 and its own keys. The emulator signs
 * with HS256 and the client secret instead: a well-formed, verifiable JWT with
 * the same claims, good enough for clients that only read it.
 */
function idToken(context: EmulatorContext, app: EmulatorApp, subject: string, nonce: string | undefined): string {
	const issuedAtSeconds = Math.floor(context.state.clock.now() / 1000);
	const header = {alg: 'HS256', typ: 'JWT'};
	const claims = {
		iss: context.urls.loginUrl,
		sub: subject,
		aud: app.clientId,
		iat: issuedAtSeconds,
		exp: issuedAtSeconds + idTokenLifetimeSeconds,
		...(nonce === undefined ? {} : {nonce}),
	};
	const signingInput = `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(claims))}`;
	const signature = createHmac('sha256', app.clientSecret).update(signingInput).digest('base64url');
	return `${signingInput}.${signature}`;
}

function base64Url(text: string): string {
	return Buffer.from(text).toString('base64url');
}
