import {appPolicy, isAdminApproved} from './app-policy.js';
import {oauthErrors, type OAuthError} from './errors.js';
import type {OrgState, RegisteredUser} from './state.js';
import type {EmulatorApp} from './types.js';

/** Why the org refuses the app itself at the token endpoint right now, if it does. */
export function appRefusal(app: EmulatorApp): OAuthError | undefined {
	const policy = appPolicy(app);
	if (!policy.installed) {
		return oauthErrors.appNotFound;
	}

	return policy.blocked ? oauthErrors.appBlocked : undefined;
}

/** Why the org refuses tokens to this user right now, if it does. */
export function userRefusal(state: OrgState, app: EmulatorApp, user: RegisteredUser): OAuthError | undefined {
	if (!state.orgActive) {
		return oauthErrors.inactiveOrg;
	}

	if (user.active === false) {
		return oauthErrors.inactiveUser;
	}

	return isAdminApproved(app, user) ? undefined : oauthErrors.invalidAppAccess;
}
