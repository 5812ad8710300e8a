import {oauthText} from './messages.js';
import {oauthError} from './oauth-error.js';

export const DEFAULT_REDIRECT_URI = 'http://localhost:1717/OauthRedirect';

export interface RedirectUri {
	/** Exactly as the user gave it: Salesforce compares it character for character. */
	url: string;
	hostname: 'localhost' | '127.0.0.1' | '::1';
	port: number;
	path: string;
}

/** The loopback catcher can only receive redirects to plain http on this machine. */
export function parseRedirectUri(input: string): RedirectUri {
	const url = input.trim();
	const reasons = oauthText.redirectUriReasons;
	const fail = (reason: string) => oauthError('bad-redirect-uri', {params: {input: url, reason}});

	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		throw fail(reasons.notUrl);
	}
	if (parsed.protocol !== 'http:') throw fail(reasons.notHttp(parsed.protocol.replace(/:$/, '://')));
	const hostname = parsed.hostname === '[::1]' ? '::1' : parsed.hostname;
	if (hostname !== 'localhost' && hostname !== '127.0.0.1' && hostname !== '::1') {
		throw fail(reasons.notLoopback);
	}
	// URL drops a written ":80" because it is http's default; Salesforce compares the text, so keep it.
	const port = parsed.port ? Number(parsed.port) : /^http:\/\/[^/]*:80(?:\/|$)/i.test(url) ? 80 : undefined;
	if (port === undefined) throw fail(reasons.noPort);
	if (parsed.pathname === '/' || parsed.pathname === '') throw fail(reasons.noPath);
	if (parsed.search || parsed.hash) throw fail(reasons.queryOrFragment);
	return {url, hostname, port, path: parsed.pathname};
}
