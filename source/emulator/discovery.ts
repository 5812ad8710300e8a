import type {ServerResponse} from 'node:http';
import type {EmulatorContext} from './context.js';
import {sendJson} from './http.js';

/** GET /.well-known/openid-configuration: always the login host's URLs. */
export function handleOpenIdConfiguration(response: ServerResponse, context: EmulatorContext): void {
	const login = context.urls.loginUrl;
	sendJson(response, 200, {
		issuer: login,
		authorization_endpoint: `${login}/services/oauth2/authorize`,
		token_endpoint: `${login}/services/oauth2/token`,
		revocation_endpoint: `${login}/services/oauth2/revoke`,
		userinfo_endpoint: `${login}/services/oauth2/userinfo`,
		introspection_endpoint: `${login}/services/oauth2/introspect`,
		jwks_uri: `${login}/id/keys`,
		scopes_supported: ['id', 'api', 'web', 'full', 'refresh_token', 'offline_access', 'openid', 'profile', 'email', 'address', 'phone', 'chatter_api', 'visualforce', 'custom_permissions'],
		response_types_supported: ['code'],
		grant_types_supported: ['authorization_code', 'refresh_token'],
		subject_types_supported: ['public'],
		// Salesforce signs with RS256; the emulator's id tokens use HS256 with the client secret.
		id_token_signing_alg_values_supported: ['HS256'],
		display_values_supported: ['page', 'popup', 'touch'],
		token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
		code_challenge_methods_supported: ['S256', 'plain'],
		claims_supported: ['active', 'address', 'email', 'email_verified', 'family_name', 'given_name', 'is_app_installed', 'language', 'locale', 'name', 'nickname', 'organization_id', 'phone_number', 'photos', 'picture', 'preferred_username', 'profile', 'sub', 'updated_at', 'urls', 'user_id', 'user_type', 'zoneinfo'],
	});
}

/** GET /id/keys: the emulator signs nothing with public keys, so the set is empty. */
export function handleKeys(response: ServerResponse): void {
	sendJson(response, 200, {keys: []});
}
