import {isSfrtError} from '../errors.js';
import {resolveLoginHost} from '../oauth/hosts.js';
import {orgsText} from './messages.js';
import {orgsError} from './orgs-error.js';

/**
 * The SFDX auth URL, as the Salesforce CLI writes it (`sf org display --verbose`) and reads it
 * (`sf org login sfdx-url`): force://<clientId>:<clientSecret>:<refreshToken>@<instance host>.
 *
 * sfdx-core's AuthInfo.parseSfdxAuthUrl matches
 *   /^force:\/\/([a-zA-Z0-9._-]+={0,2}):([a-zA-Z0-9._-]*={0,2}):([a-zA-Z0-9._-]+={0,2})@([a-zA-Z0-9._-]+)/
 * (no end anchor, no port) and logs in at https://<host>. sfrt reads the same three parts and
 * host, and also a port on a loopback host (the local emulator), which it reaches over http.
 */
export const SALESFORCE_CLI_SFDX_URL_PATTERN = /^force:\/\/([a-zA-Z0-9._-]+={0,2}):([a-zA-Z0-9._-]*={0,2}):([a-zA-Z0-9._-]+={0,2})@([a-zA-Z0-9._-]+)/;

const idPart = /^[a-zA-Z0-9._-]+={0,2}$/;
const secretPart = /^[a-zA-Z0-9._-]*={0,2}$/;
const hostPart = /^([a-zA-Z0-9._-]+)(?::(\d{1,5}))?$/;
const loopbackHosts = new Set(['localhost', '127.0.0.1']);

export interface SfdxAuthUrl {
	clientId: string;
	/** Empty when the app needs no secret. */
	clientSecret: string;
	refreshToken: string;
	/** https://<host>, or http://<loopback host>:<port>. */
	instanceUrl: string;
}

export interface SfdxUrlParts {
	clientId: string;
	clientSecret?: string | undefined;
	refreshToken: string;
	instanceUrl: string;
}

/** Reads an SFDX auth URL. Errors say which part is wrong and never repeat the secret parts. */
export function parseSfdxAuthUrl(input: string): SfdxAuthUrl {
	const text = input.trim();
	const reasons = orgsText.sfdxUrlReasons;
	const fail = (reason: string) => orgsError('bad-sfdx-url', {params: {reason}});
	if (!text) throw orgsError('no-sfdx-url');
	if (!/^force:\/\//i.test(text)) {
		const scheme = /^([a-z][a-z\d+.-]*):\/\//i.exec(text)?.[1];
		throw fail(scheme ? reasons.otherScheme(scheme) : reasons.noScheme);
	}
	const rest = text.slice('force://'.length);
	const at = rest.lastIndexOf('@');
	if (at < 0) throw fail(reasons.noAt);
	const credentials = rest.slice(0, at).split(':');
	const host = rest.slice(at + 1).replace(/\/$/, '');
	if (credentials.length !== 3) {
		throw fail(reasons.partCount(credentials.length));
	}
	const [clientId, clientSecret, refreshToken] = credentials as [string, string, string];
	if (!idPart.test(clientId)) throw fail(clientId ? reasons.badClientId : reasons.emptyClientId);
	if (!secretPart.test(clientSecret)) throw fail(reasons.badClientSecret);
	if (!idPart.test(refreshToken)) throw fail(refreshToken ? reasons.badRefreshToken : reasons.emptyRefreshToken);
	return {clientId, clientSecret, refreshToken, instanceUrl: instanceUrlOf(host, fail)};
}

function instanceUrlOf(host: string, fail: (reason: string) => Error): string {
	const reasons = orgsText.sfdxUrlReasons;
	const match = hostPart.exec(host);
	if (!host) throw fail(reasons.noHost);
	if (/^https?:\/\//i.test(host)) throw fail(reasons.hostWithScheme);
	if (!match) throw fail(reasons.notHost(host));
	const [, name, port] = match as unknown as [string, string, string | undefined];
	if (loopbackHosts.has(name.toLowerCase())) {
		if (!port) throw fail(reasons.loopbackNeedsPort(host));
		return `http://${name.toLowerCase()}:${Number(port)}`;
	}
	if (port) throw fail(reasons.hostWithPort(host));
	try {
		return resolveLoginHost(`https://${name}`).url;
	} catch (error) {
		// A Lightning host keeps its own message, which names the My Domain host to use instead.
		if (isSfrtError(error) && error.code === 'lightning-domain') throw error;
		throw fail(reasons.notHost(host));
	}
}

/** Writes the SFDX auth URL of a saved org, or says which part cannot go into one. */
export function formatSfdxAuthUrl(parts: SfdxUrlParts, onBadPart: (field: string) => Error): string {
	const secret = parts.clientSecret ?? '';
	const names = orgsText.sfdxUrlParts;
	if (!idPart.test(parts.clientId)) throw onBadPart(names.clientId);
	if (!secretPart.test(secret)) throw onBadPart(names.clientSecret);
	if (!idPart.test(parts.refreshToken)) throw onBadPart(names.refreshToken);
	const url = new URL(parts.instanceUrl);
	if (url.pathname !== '/' && url.pathname !== '') throw onBadPart(names.instanceUrl);
	return `force://${parts.clientId}:${secret}:${parts.refreshToken}@${url.host}`;
}
