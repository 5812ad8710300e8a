import type {ServerResponse} from 'node:http';
import {appPolicy, grantedScopes, isAdminApproved} from './app-policy.js';
import {redirectWithError, validateAuthorizeRequest, type AuthorizeRequest} from './authorize-request.js';
import {sessionUser, startSession, userFromLoginForm} from './browser-login.js';
import type {EmulatorContext} from './context.js';
import {oauthErrors} from './errors.js';
import {redirect, sendHtml, type EmulatorRequest} from './http.js';
import {emulatorText} from './messages.js';
import {approvalExpiredPage, consentPage, loginPage, oauthErrorPage} from './pages.js';
import {appRefusalPage} from './refusals.js';
import type {RegisteredUser} from './state.js';

export const loginFormPath = '/sfrt-emulator/login';
export const consentFormPath = '/sfrt-emulator/consent';

/** GET (or POST) /services/oauth2/authorize */
export function handleAuthorize(request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	const validation = validateAuthorizeRequest({...request.query, ...request.form}, context.state);
	if (!validation.ok) {
		validation.respond(response);
		return;
	}

	const authorize = validation.request;
	const {autoApprove} = context.state;
	if (autoApprove !== false) {
		const user = context.state.user(autoApprove);
		if (user === undefined) {
			throw new Error(`autoApprove names ${autoApprove}, who is not a user of the emulator`);
		}

		continueAs(user, authorize, response, context, {autoConsent: true});
		return;
	}

	const loggedIn = sessionUser(request, context.state);
	if (loggedIn === undefined || authorize.prompts.has('login')) {
		if (authorize.immediate) {
			redirectWithError(response, authorize, oauthErrors.immediateUnsuccessful);
			return;
		}

		sendHtml(response, 200, authorizeLoginPage(encodeParams(authorize.params), {username: authorize.params.login_hint}));
		return;
	}

	continueAs(loggedIn, authorize, response, context, {autoConsent: false});
}

/** POST /sfrt-emulator/login, from the login page. */
export function handleLoginForm(request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	const authorizeQuery = request.form.authorize_query ?? '';
	const validation = validateAuthorizeRequest(Object.fromEntries(new URLSearchParams(authorizeQuery)), context.state);
	if (!validation.ok) {
		validation.respond(response);
		return;
	}

	const user = userFromLoginForm(request.form, context.state);
	if (user === undefined) {
		sendHtml(response, 200, authorizeLoginPage(authorizeQuery, {username: request.form.username, error: emulatorText.login.failed}));
		return;
	}

	startSession(user, response, context.state);
	continueAs(user, validation.request, response, context, {autoConsent: false});
}

/** POST /sfrt-emulator/consent, from the Allow Access? page. */
export function handleConsentForm(request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	const pending = context.state.tickets.take(request.form.ticket ?? '');
	if (pending === undefined) {
		sendHtml(response, 400, approvalExpiredPage());
		return;
	}

	const validation = validateAuthorizeRequest(pending.authorizeParams, context.state);
	if (!validation.ok) {
		validation.respond(response);
		return;
	}

	const authorize = validation.request;
	const refusal = appRefusalPage(authorize.app);
	if (refusal !== undefined) {
		sendHtml(response, 400, oauthErrorPage(refusal));
		return;
	}

	const user = context.state.user(pending.username);
	if (user === undefined || request.form.decision !== 'allow' || !isAdminApproved(authorize.app, user)) {
		redirectWithError(response, authorize, oauthErrors.accessDenied);
		return;
	}

	context.state.recordConsent(authorize.app.clientId, user.username);
	redirectWithCode(user, authorize, response, context);
}

/**
 * The user is known, and so the org: an app the org refuses gets Salesforce's error page;
 * users the app does not admit are turned away as if they had clicked Deny; an earlier
 * approval skips the consent page unless prompt=consent.
 */
function continueAs(
	user: RegisteredUser,
	authorize: AuthorizeRequest,
	response: ServerResponse,
	context: EmulatorContext,
	options: {autoConsent: boolean},
): void {
	const refusal = appRefusalPage(authorize.app);
	if (refusal !== undefined) {
		sendHtml(response, 400, oauthErrorPage(refusal));
		return;
	}

	if (!isAdminApproved(authorize.app, user)) {
		redirectWithError(response, authorize, oauthErrors.accessDenied);
		return;
	}

	const {clientId} = authorize.app;
	const approvedBefore = context.state.hasConsent(clientId, user.username);
	if (approvedBefore && (options.autoConsent || !authorize.prompts.has('consent'))) {
		redirectWithCode(user, authorize, response, context);
		return;
	}

	if (authorize.immediate) {
		redirectWithError(response, authorize, oauthErrors.immediateUnsuccessful);
		return;
	}

	if (options.autoConsent) {
		context.state.recordConsent(clientId, user.username);
		redirectWithCode(user, authorize, response, context);
		return;
	}

	const ticket = context.state.tickets.create({username: user.username, authorizeParams: authorize.params});
	const switchUserUrl = `/services/oauth2/authorize?${encodeParams({...authorize.params, prompt: 'login'})}`;
	sendHtml(response, 200, consentPage({
		action: consentFormPath,
		appName: appPolicy(authorize.app).name,
		username: user.username,
		scopes: grantedScopes(authorize.app, authorize.requestedScopes),
		ticket,
		switchUserUrl,
	}));
}

function redirectWithCode(user: RegisteredUser, authorize: AuthorizeRequest, response: ServerResponse, context: EmulatorContext): void {
	const code = context.state.codes.issue({
		clientId: authorize.app.clientId,
		username: user.username,
		redirectUri: authorize.redirectUri,
		scopes: grantedScopes(authorize.app, authorize.requestedScopes),
		codeChallenge: authorize.codeChallenge,
		codeChallengeMethod: authorize.codeChallengeMethod,
		nonce: authorize.nonce,
	});
	const url = new URL(authorize.redirectUri);
	url.searchParams.set('code', code);
	if (authorize.state !== undefined) {
		url.searchParams.set('state', authorize.state);
	}

	redirect(response, url.toString());
}

/** The login page of an authorize request: it carries the request's parameters through the login. */
function authorizeLoginPage(authorizeQuery: string, input: {username?: string; error?: string}): string {
	return loginPage({action: loginFormPath, hidden: {authorize_query: authorizeQuery}, ...input});
}

function encodeParams(params: Record<string, string>): string {
	return new URLSearchParams(params).toString();
}
