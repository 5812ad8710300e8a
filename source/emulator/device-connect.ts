import type {ServerResponse} from 'node:http';
import {appPolicy, isAdminApproved} from './app-policy.js';
import {sessionUser, startSession, userFromLoginForm} from './browser-login.js';
import type {EmulatorContext} from './context.js';
import type {DeviceAuthorization} from './device-codes.js';
import {verificationPath} from './device-token.js';
import {sendHtml, type EmulatorRequest} from './http.js';
import {emulatorText} from './messages.js';
import {approvalExpiredPage, consentPage, deviceDecisionPage, loginPage, oauthErrorPage, verificationPage} from './pages.js';
import {appRefusalPage} from './refusals.js';
import type {RegisteredUser} from './state.js';

export const deviceLoginFormPath = '/sfrt-emulator/device/login';
export const deviceApprovalFormPath = '/sfrt-emulator/device/approval';

/** GET /setup/connect[?user_code=…] shows where to type the code; POST takes it. */
export function handleVerification(request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	if (request.method !== 'POST') {
		sendHtml(response, 200, verificationPage({action: verificationPath, userCode: request.query.user_code}));
		return;
	}

	const authorization = authorizationFor(request.form.user_code, response, context);
	if (authorization === undefined) {
		return;
	}

	const user = sessionUser(request, context.state);
	if (user === undefined) {
		sendHtml(response, 200, deviceLoginPage(authorization.userCode, {}));
		return;
	}

	askApproval(user, authorization, response, context);
}

/** POST /sfrt-emulator/device/login, from the login page shown after the code. */
export function handleDeviceLoginForm(request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	const authorization = authorizationFor(request.form.user_code, response, context);
	if (authorization === undefined) {
		return;
	}

	const user = userFromLoginForm(request.form, context.state);
	if (user === undefined) {
		sendHtml(response, 200, deviceLoginPage(authorization.userCode, {username: request.form.username, error: emulatorText.login.failed}));
		return;
	}

	startSession(user, response, context.state);
	askApproval(user, authorization, response, context);
}

/** POST /sfrt-emulator/device/approval, from the Allow Access? page. */
export function handleDeviceApprovalForm(request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	const {state} = context;
	const pending = state.deviceTickets.take(request.form.ticket ?? '');
	const authorization = pending === undefined ? undefined : state.devices.awaitingDecision(pending.userCode);
	const user = state.user(pending?.username);
	const app = state.app(authorization?.clientId);
	if (authorization === undefined || user === undefined || app === undefined) {
		sendHtml(response, 400, approvalExpiredPage());
		return;
	}

	const refusal = appRefusalPage(app);
	if (refusal !== undefined) {
		sendHtml(response, 400, oauthErrorPage(refusal));
		return;
	}

	if (request.form.decision !== 'allow' || !isAdminApproved(app, user)) {
		deny(authorization, response, context);
		return;
	}

	state.devices.decide(authorization, {status: 'approved', username: user.username});
	state.recordConsent(app.clientId, user.username);
	sendHtml(response, 200, deviceDecisionPage('approved'));
}

/**
 * The user is known, and so the org: an app the org refuses gets Salesforce's error page (the
 * code stays pending until it expires); users the app does not admit are turned away as if they
 * had clicked Deny. The device flow always asks, even after an earlier approval.
 */
function askApproval(user: RegisteredUser, authorization: DeviceAuthorization, response: ServerResponse, context: EmulatorContext): void {
	const app = context.state.app(authorization.clientId);
	if (app === undefined) {
		sendUnknownCode(authorization.userCode, response);
		return;
	}

	const refusal = appRefusalPage(app);
	if (refusal !== undefined) {
		sendHtml(response, 400, oauthErrorPage(refusal));
		return;
	}

	if (!isAdminApproved(app, user)) {
		deny(authorization, response, context);
		return;
	}

	const ticket = context.state.deviceTickets.create({username: user.username, userCode: authorization.userCode});
	sendHtml(response, 200, consentPage({
		action: deviceApprovalFormPath,
		appName: appPolicy(app).name,
		username: user.username,
		scopes: authorization.scopes,
		ticket,
	}));
}

function deny(authorization: DeviceAuthorization, response: ServerResponse, context: EmulatorContext): void {
	context.state.devices.decide(authorization, {status: 'denied'});
	sendHtml(response, 200, deviceDecisionPage('denied'));
}

/** The device code a typed user code names, while it waits for a decision; otherwise the code page again, saying so. */
function authorizationFor(typedUserCode: string | undefined, response: ServerResponse, context: EmulatorContext): DeviceAuthorization | undefined {
	const authorization = context.state.devices.awaitingDecision(typedUserCode ?? '');
	if (authorization === undefined) {
		sendUnknownCode(typedUserCode ?? '', response);
	}

	return authorization;
}

function sendUnknownCode(typedUserCode: string, response: ServerResponse): void {
	sendHtml(response, 200, verificationPage({action: verificationPath, userCode: typedUserCode, error: emulatorText.device.unknownCode}));
}

function deviceLoginPage(userCode: string, input: {username?: string; error?: string}): string {
	return loginPage({action: deviceLoginFormPath, hidden: {user_code: userCode}, ...input});
}
