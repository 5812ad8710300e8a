import {emulatorText} from './messages.js';
import type {EmulatorApp, EmulatorUser} from './types.js';

export const defaultAllowedScopes = ['api', 'refresh_token', 'offline_access', 'openid', 'id', 'profile', 'email', 'full', 'web'];

const refreshScopes = new Set(['refresh_token', 'offline_access']);

/** An app with every optional setting resolved to its default. Read it fresh each time: tests flip flags live. */
export function appPolicy(app: EmulatorApp) {
	return {
		name: app.name ?? emulatorText.testAppName,
		requireSecretForWebServerFlow: app.requireSecretForWebServerFlow ?? true,
		requireSecretForRefreshFlow: app.requireSecretForRefreshFlow ?? true,
		requirePkce: app.requirePkce ?? false,
		allowRefreshTokenScope: app.allowRefreshTokenScope ?? true,
		rotateRefreshTokens: app.rotateRefreshTokens ?? false,
		installed: app.installed ?? true,
		blocked: app.blocked ?? false,
		createdInOtherOrg: app.createdInOtherOrg ?? false,
		enableDeviceFlow: app.enableDeviceFlow ?? false,
		allowedScopes: app.allowedScopes ?? defaultAllowedScopes,
	};
}

export function parseScope(scope: string | undefined): string[] {
	return (scope ?? '').split(' ').filter(Boolean);
}

export function disallowedScopes(app: EmulatorApp, requested: string[]): string[] {
	const allowed = new Set(appPolicy(app).allowedScopes);
	return requested.filter(scope => !allowed.has(scope));
}

/**
 * The scopes a grant ends up with. Without a scope parameter Salesforce grants
 * the app's own scopes. refresh_token and offline_access are silently dropped
 * when the app lacks "Perform requests at any time": no error, just no refresh token.
 */
export function grantedScopes(app: EmulatorApp, requested: string[]): string[] {
	const policy = appPolicy(app);
	const wanted = requested.length > 0 ? requested : policy.allowedScopes;
	const unique = [...new Set(wanted)];
	return policy.allowRefreshTokenScope ? unique : unique.filter(scope => !refreshScopes.has(scope));
}

export function includesRefreshScope(scopes: string[]): boolean {
	return scopes.some(scope => refreshScopes.has(scope));
}

export function isAdminApproved(app: EmulatorApp, user: EmulatorUser): boolean {
	if (app.adminApprovedUsers === undefined) {
		return true;
	}

	const username = user.username.toLowerCase();
	return app.adminApprovedUsers.some(approved => approved.toLowerCase() === username);
}
