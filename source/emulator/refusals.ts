import {appPolicy, isAdminApproved} from './app-policy.js';
import {oauthErrors, pageErrorCodes, type OAuthError, type PageError} from './errors.js';
import {emulatorText} from './messages.js';
import type {OrgState, RegisteredUser} from './state.js';
import type {EmulatorApp} from './types.js';

/**
 * Why the org turns the app away in the browser, if it does. Salesforce knows the org, and so
 * whether the app is installed or blocked there, only once the user has logged in.
 */
export function appRefusalPage(app: EmulatorApp): PageError | undefined {
	const policy = appPolicy(app);
	if (policy.createdInOtherOrg) {
		return {pageCode: pageErrorCodes.approvalErrorGeneric, message: emulatorText.crossOrgNotSupported};
	}

	if (!policy.installed) {
		return {pageCode: pageErrorCodes.appNotFound, error: oauthErrors.appNotFound};
	}

	return policy.blocked ? {pageCode: pageErrorCodes.appBlocked, error: oauthErrors.appBlocked} : undefined;
}

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
