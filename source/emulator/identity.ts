import type {ServerResponse} from 'node:http';
import {identityUrl, type EmulatorContext} from './context.js';
import {bearerToken, sendJson, type EmulatorRequest} from './http.js';
import {idChecksum} from './ids.js';
import type {RegisteredUser} from './state.js';

type BearerCheck = {ok: true; user: RegisteredUser} | {ok: false; status: number; error: string; description: string};

/**
 * Salesforce answers a bad bearer on these endpoints with HTTP 403 and the bare
 * text "Bad_OAuth_Token" (and "Missing_OAuth_Token" without one). The emulator
 * keeps those codes and the 403 for a bad token, but wraps them in the JSON
 * error shape the other endpoints use, and answers a missing token with 401
 * as RFC 6750 asks, so a client can tell "not sent" from "not valid".
 */
function authenticateBearer(request: EmulatorRequest, context: EmulatorContext): BearerCheck {
	const token = bearerToken(request.headers) ?? request.query.oauth_token;
	if (token === undefined) {
		return {ok: false, status: 401, error: 'Missing_OAuth_Token', description: 'no access token was sent'};
	}

	const {state} = context;
	const access = state.tokens.lookupAccessToken(token);
	const user = access.status === 'active' ? state.user(access.grant.username) : undefined;
	if (user === undefined || user.active === false || !state.orgActive) {
		return {ok: false, status: 403, error: 'Bad_OAuth_Token', description: 'the access token is invalid, expired or revoked'};
	}

	return {ok: true, user};
}

/** GET /services/oauth2/userinfo */
export function handleUserinfo(request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	const bearer = authenticateBearer(request, context);
	if (!bearer.ok) {
		sendJson(response, bearer.status, {error: bearer.error, error_description: bearer.description});
		return;
	}

	const {user} = bearer;
	const person = personOf(user);
	sendJson(response, 200, {
		sub: identityUrl(context, user),
		user_id: user.userId,
		organization_id: context.state.orgId,
		preferred_username: user.username,
		nickname: person.nickname,
		name: person.displayName,
		email: person.email,
		email_verified: true,
		given_name: person.firstName,
		family_name: person.lastName,
		zoneinfo: 'America/Los_Angeles',
		photos: photosOf(context, user),
		profile: `${context.urls.instanceUrl}/${user.userId}`,
		picture: photosOf(context, user).picture,
		address: {},
		is_salesforce_integration_user: false,
		urls: urlsOf(context, user),
		active: user.active !== false,
		user_type: 'STANDARD',
		language: 'en_US',
		locale: 'en_US',
		utcOffset: -28_800_000,
		updated_at: '2025-01-01T00:00:00Z',
		is_app_installed: true,
	});
}

/** GET /id/<orgId>/<userId>: only the token's own identity. */
export function handleIdentity(request: EmulatorRequest, response: ServerResponse, context: EmulatorContext, ids: {orgId: string; userId: string}): void {
	const bearer = authenticateBearer(request, context);
	if (!bearer.ok) {
		sendJson(response, bearer.status, {error: bearer.error, error_description: bearer.description});
		return;
	}

	const {user} = bearer;
	if (longId(ids.orgId) !== context.state.orgId || longId(ids.userId) !== user.userId) {
		sendJson(response, 403, {error: 'Bad_Id', error_description: 'the identity URL does not belong to this access token'});
		return;
	}

	const person = personOf(user);
	sendJson(response, 200, {
		id: identityUrl(context, user),
		asserted_user: true,
		user_id: user.userId,
		organization_id: context.state.orgId,
		username: user.username,
		nick_name: person.nickname,
		display_name: person.displayName,
		email: person.email,
		email_verified: true,
		first_name: person.firstName,
		last_name: person.lastName,
		timezone: 'America/Los_Angeles',
		photos: photosOf(context, user),
		addr_street: null,
		addr_city: null,
		addr_state: null,
		addr_country: null,
		addr_zip: null,
		mobile_phone: null,
		mobile_phone_verified: false,
		is_lightning_login_user: false,
		status: {created_date: null, body: null},
		urls: urlsOf(context, user),
		active: user.active !== false,
		user_type: 'STANDARD',
		language: 'en_US',
		locale: 'en_US',
		utcOffset: -28_800_000,
		last_modified_date: '2025-01-01T00:00:00.000Z',
		is_app_installed: true,
	});
}

/** Salesforce takes either form of an ID in the identity URL. */
function longId(id: string): string {
	return id.length === 15 ? id + idChecksum(id) : id;
}

function personOf(user: RegisteredUser) {
	const displayName = user.displayName ?? user.username;
	const [firstName = '', ...rest] = displayName.split(' ');
	return {
		displayName,
		firstName: rest.length > 0 ? firstName : null,
		lastName: rest.length > 0 ? rest.join(' ') : displayName,
		nickname: user.username.split('@')[0] ?? user.username,
		email: user.email ?? user.username,
	};
}

function photosOf(context: EmulatorContext, user: RegisteredUser) {
	return {
		picture: `${context.urls.instanceUrl}/profilephoto/005/F?user=${user.userId}`,
		thumbnail: `${context.urls.instanceUrl}/profilephoto/005/T?user=${user.userId}`,
	};
}

/** The API URL templates Salesforce hands out, on the instance host. */
function urlsOf(context: EmulatorContext, user: RegisteredUser) {
	const instance = context.urls.instanceUrl;
	const {orgId} = context.state;
	const rest = `${instance}/services/data/v{version}`;
	return {
		enterprise: `${instance}/services/Soap/c/{version}/${orgId}`,
		metadata: `${instance}/services/Soap/m/{version}/${orgId}`,
		partner: `${instance}/services/Soap/u/{version}/${orgId}`,
		rest: `${rest}/`,
		sobjects: `${rest}/sobjects/`,
		search: `${rest}/search/`,
		query: `${rest}/query/`,
		recent: `${rest}/recent/`,
		tooling_soap: `${instance}/services/Soap/T/{version}/${orgId}`,
		tooling_rest: `${rest}/tooling/`,
		profile: `${instance}/${user.userId}`,
		feeds: `${rest}/chatter/feeds`,
		groups: `${rest}/chatter/groups`,
		users: `${rest}/chatter/users`,
		feed_items: `${rest}/chatter/feed-items`,
		feed_elements: `${rest}/chatter/feed-elements`,
		custom_domain: instance,
	};
}
