import type {ServerResponse} from 'node:http';
import {cookie, type EmulatorRequest} from './http.js';
import {sessionCookieName} from './sessions.js';
import type {OrgState, RegisteredUser} from './state.js';

/** The user logged in to the emulator in this browser, if any. */
export function sessionUser(request: EmulatorRequest, state: OrgState): RegisteredUser | undefined {
	return state.user(state.sessions.username(cookie(request.headers, sessionCookieName)));
}

/**
 * The user a posted login form names, when the password is right and the user active.
 * Salesforce words every failed login the same, whatever the reason.
 */
export function userFromLoginForm(form: Record<string, string>, state: OrgState): RegisteredUser | undefined {
	const user = state.user(form.username);
	return user === undefined || user.password !== form.password || user.active === false ? undefined : user;
}

/** Later requests from this browser skip the login page. */
export function startSession(user: RegisteredUser, response: ServerResponse, state: OrgState): void {
	const sessionId = state.sessions.start(user.username);
	response.setHeader('Set-Cookie', `${sessionCookieName}=${sessionId}; Path=/; HttpOnly; SameSite=Lax`);
}
