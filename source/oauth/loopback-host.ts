import type {RedirectUri} from './redirect-uri.js';

/**
 * The Host values a browser sends when it asks the callback's own address. Any other Host is a
 * misdirected request or a page on a foreign name that a DNS server rebound to this machine:
 * it must not see the login. "localhost" is named by this machine, not by a foreign DNS
 * server, so a page sends it only from a localhost origin; it is accepted beside an IP callback
 * too, for a person who types localhost where the callback says 127.0.0.1.
 */
export function ownHosts(redirectUri: RedirectUri): ReadonlySet<string> {
	const literal = redirectUri.hostname === '::1' ? '[::1]' : redirectUri.hostname;
	const names = literal === 'localhost' ? ['localhost', '127.0.0.1', '[::1]'] : [literal, 'localhost'];
	const hosts = names.map(name => `${name}:${redirectUri.port}`);
	// Browsers leave http's default port out of Host.
	if (redirectUri.port === 80) hosts.push(...names);
	return new Set(hosts);
}

export function isOwnHost(host: string | undefined, own: ReadonlySet<string>): boolean {
	return host !== undefined && own.has(host.toLowerCase());
}
