import {oauthError} from './oauth-error.js';

export type OrgKind = 'production' | 'sandbox' | 'my-domain' | 'sandbox-my-domain' | 'site' | 'custom' | 'local';

export interface LoginHost {
	/** Origin plus any site path, without a trailing slash: https://acme.my.salesforce.com */
	url: string;
	kind: OrgKind;
}

export const PRODUCTION_LOGIN_URL = 'https://login.salesforce.com';
export const SANDBOX_LOGIN_URL = 'https://test.salesforce.com';

const aliases: Record<string, string> = {
	login: PRODUCTION_LOGIN_URL,
	production: PRODUCTION_LOGIN_URL,
	prod: PRODUCTION_LOGIN_URL,
	test: SANDBOX_LOGIN_URL,
	sandbox: SANDBOX_LOGIN_URL,
};

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Reads what the user typed for "where to log in": `login`, `test`, or a URL (the scheme may be
 * left out). Only https is accepted, except http on loopback hosts, which is how the emulator runs.
 */
export function resolveLoginHost(input: string): LoginHost {
	const trimmed = input.trim();
	const alias = aliases[trimmed.toLowerCase()];
	if (alias) return {url: alias, kind: kindOf(new URL(alias))};

	const withScheme = /^[a-z][a-z\d+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
	let url: URL;
	try {
		url = new URL(withScheme);
	} catch {
		throw oauthError('bad-domain', {params: {input: trimmed}});
	}

	const host = url.hostname.toLowerCase();
	const isLoopback = loopbackHosts.has(host);
	const validHost = isLoopback || /^[a-z\d]([a-z\d-]*[a-z\d])?(\.[a-z\d]([a-z\d-]*[a-z\d])?)+$/.test(host);
	if (!trimmed || !validHost || url.username || url.password || url.search || url.hash) {
		throw oauthError('bad-domain', {params: {input: trimmed}});
	}
	if (url.protocol === 'http:' && !isLoopback) throw oauthError('insecure-domain', {params: {input: trimmed}});
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw oauthError('bad-domain', {params: {input: trimmed}});

	const lightning = /^(.+?)(\.sandbox)?\.(lightning\.force\.com|my\.salesforce-setup\.com)$/.exec(host);
	if (lightning) {
		throw oauthError('lightning-domain', {params: {host, myDomain: `${lightning[1]}${lightning[2] ?? ''}`}});
	}

	const kind = kindOf(url);
	// Only sites (and hosts we can't classify) live under a path; a pasted My Domain address
	// such as https://acme.my.salesforce.com/lightning/setup/… logs in at its origin.
	// A page of an Experience Cloud site (…/portal/s/login) logs in at the site's base (…/portal).
	const path = kind === 'site' || kind === 'custom' || kind === 'local' ? url.pathname.replace(/\/s(\/.*)?$/, '').replace(/\/+$/, '') : '';
	return {url: `${url.origin}${path}`, kind};
}

export function kindOf(url: URL): OrgKind {
	const host = url.hostname.toLowerCase();
	if (loopbackHosts.has(host)) return 'local';
	if (host === 'login.salesforce.com') return 'production';
	if (host === 'test.salesforce.com') return 'sandbox';
	if (host.endsWith('.sandbox.my.salesforce.com') || host.endsWith('.sandbox.my.site.com')) {
		return host.endsWith('.my.site.com') ? 'site' : 'sandbox-my-domain';
	}
	if (host.endsWith('.my.salesforce.com')) return 'my-domain';
	if (host.endsWith('.my.site.com') || host.endsWith('.force.com')) return 'site';
	return 'custom';
}
