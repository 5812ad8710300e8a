import {DEFAULT_SCOPES, parseScopes} from '../oauth/authorize-url.js';
import {resolveLoginHost} from '../oauth/hosts.js';
import type {LoginSettings} from '../oauth/login.js';
import {oauthError} from '../oauth/oauth-error.js';
import {DEFAULT_REDIRECT_URI, parsePastedRedirectUri, parseRedirectUri} from '../oauth/redirect-uri.js';
import type {SavedOrg} from '../store/saved-org.js';

/** How the login gets back to sfrt: the loopback catcher, a pasted address, or the device flow. */
export type LoginMethod = 'browser' | 'paste' | 'device';

/** What `sfrt login` was given, as flags or environment; the wizard asks for whatever is missing. */
export interface LoginInput {
	method?: LoginMethod | undefined;
	clientId?: string | undefined;
	clientSecret?: string | undefined;
	domain?: string | undefined;
	redirectUri?: string | undefined;
	scopes?: string | undefined;
	prompt?: string | undefined;
}

/** What a saved org was logged in with, to log in to it again. */
export function loginInputOfOrg(org: Pick<SavedOrg, 'clientId' | 'clientSecret' | 'loginUrl' | 'redirectUri'>): LoginInput {
	return {clientId: org.clientId, clientSecret: org.clientSecret, domain: org.loginUrl, redirectUri: org.redirectUri};
}

/** Checks every value before anything starts; throws the first problem as an exit-2 error. */
export function resolveLoginSettings(input: LoginInput, options: {paste?: boolean} = {}): LoginSettings {
	const clientId = input.clientId?.trim();
	if (!clientId) throw oauthError('missing-client-id');
	const scopes = resolveScopes(input.scopes);
	return {
		clientId,
		clientSecret: input.clientSecret?.trim() || undefined,
		loginHost: resolveLoginHost(input.domain ?? 'login'),
		redirectUri: (options.paste ? parsePastedRedirectUri : parseRedirectUri)(input.redirectUri ?? DEFAULT_REDIRECT_URI),
		scopes,
		prompt: input.prompt,
	};
}

/** The scopes to request: the default, or a valid list given with --scopes. */
export function resolveScopes(input: string | undefined): string[] {
	const scopes = input === undefined ? [...DEFAULT_SCOPES] : parseScopes(input);
	if (scopes.length === 0 || scopes.some(scope => !/^[\w:.\-/]+$/.test(scope))) {
		throw oauthError('bad-scopes', {params: {input: input ?? ''}});
	}
	return scopes;
}
