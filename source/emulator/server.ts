import {ServerResponse, type IncomingMessage, type RequestListener} from 'node:http';
import {setTimeout as delay} from 'node:timers/promises';
import {consentFormPath, handleAuthorize, handleConsentForm, handleLoginForm, loginFormPath} from './authorize.js';
import type {EmulatorContext} from './context.js';
import {deviceApprovalFormPath, deviceLoginFormPath, handleDeviceApprovalForm, handleDeviceLoginForm, handleVerification} from './device-connect.js';
import {verificationPath} from './device-token.js';
import {handleKeys, handleOpenIdConfiguration} from './discovery.js';
import {answerWithFault, type Faults} from './faults.js';
import {decodeParams, isFormEncoded, readBody, sendHtml, type EmulatorRequest} from './http.js';
import {handleIdentity, handleUserinfo} from './identity.js';
import {handleIntrospect} from './introspect.js';
import {notFoundPage, serverErrorPage} from './pages.js';
import {handleRevoke} from './revoke.js';
import {handleToken} from './token.js';
import type {EmulatorHost, LoggedRequest} from './types.js';

export interface RequestHandlerDeps {
	host: EmulatorHost;
	context: EmulatorContext;
	faults: Faults;
	log: LoggedRequest[];
}

/** Both hosts answer every path, like Salesforce's login and instance hosts. */
export function createRequestHandler(deps: RequestHandlerDeps): RequestListener {
	return (incoming, response) => {
		handle(deps, incoming, response).catch((error: unknown) => {
			if (!response.headersSent && !response.destroyed) {
				sendHtml(response, 500, serverErrorPage());
			}

			console.error('sfrt emulator:', error);
		});
	};
}

async function handle(deps: RequestHandlerDeps, incoming: IncomingMessage, response: ServerResponse): Promise<void> {
	const request = await readRequest(incoming);
	deps.log.push({
		host: deps.host,
		method: request.method,
		path: request.path,
		...(Object.keys(request.query).length > 0 ? {query: request.query} : {}),
		...(isFormEncoded(request.headers) ? {form: request.form} : {}),
	});
	const fault = deps.faults.takeNext();
	if (deps.faults.latencyMs > 0) {
		await delay(deps.faults.latencyMs);
	}

	if (response.destroyed) {
		return;
	}

	if (fault === undefined) {
		route(request, response, deps.context);
	} else {
		// Salesforce acted on it, and the answer was lost to a failure on the way back.
		if (fault === '5xx-after') route(request, new ServerResponse(incoming), deps.context);
		answerWithFault(fault, response);
	}
}

async function readRequest(incoming: IncomingMessage): Promise<EmulatorRequest> {
	const url = new URL(incoming.url ?? '/', 'http://emulator');
	const body = await readBody(incoming);
	return {
		method: incoming.method ?? 'GET',
		path: url.pathname,
		query: decodeParams(url.search),
		form: isFormEncoded(incoming.headers) ? decodeParams(body) : {},
		headers: incoming.headers,
	};
}

function route(request: EmulatorRequest, response: ServerResponse, context: EmulatorContext): void {
	const {method, path} = request;
	const identity = /^\/id\/(00D\w{12,15})\/(005\w{12,15})$/.exec(path);
	if (identity?.[1] !== undefined && identity[2] !== undefined) {
		handleIdentity(request, response, context, {orgId: identity[1], userId: identity[2]});
		return;
	}

	switch (path) {
		case '/services/oauth2/authorize': {
			handleAuthorize(request, response, context);
			return;
		}

		case '/services/oauth2/token': {
			handleToken(request, response, context);
			return;
		}

		case '/services/oauth2/revoke': {
			handleRevoke(request, response, context);
			return;
		}

		case '/services/oauth2/userinfo': {
			handleUserinfo(request, response, context);
			return;
		}

		case '/services/oauth2/introspect': {
			if (method === 'POST') {
				handleIntrospect(request, response, context);
				return;
			}

			break;
		}

		case '/.well-known/openid-configuration': {
			handleOpenIdConfiguration(response, context);
			return;
		}

		case '/id/keys': {
			handleKeys(response);
			return;
		}

		case loginFormPath: {
			if (method === 'POST') {
				handleLoginForm(request, response, context);
				return;
			}

			break;
		}

		case consentFormPath: {
			if (method === 'POST') {
				handleConsentForm(request, response, context);
				return;
			}

			break;
		}

		case verificationPath: {
			handleVerification(request, response, context);
			return;
		}

		case deviceLoginFormPath: {
			if (method === 'POST') {
				handleDeviceLoginForm(request, response, context);
				return;
			}

			break;
		}

		case deviceApprovalFormPath: {
			if (method === 'POST') {
				handleDeviceApprovalForm(request, response, context);
				return;
			}

			break;
		}

		default:
	}

	sendHtml(response, 404, notFoundPage());
}
