import {oauthText} from './messages.js';
import {oauthError} from './oauth-error.js';

export const DEFAULT_REDIRECT_URI = 'http://localhost:1717/OauthRedirect';

export interface RedirectUri {
	/** Exactly as the user gave it: Salesforce compares it character for character. */
	url: string;
	/** localhost, 127.0.0.1 or ::1 for the loopback catcher; any host in paste mode. */
	hostname: string;
	port: number;
	path: string;
}

/** The loopback catcher can only receive redirects to plain http on this machine. */
export function parseRedirectUri(input: string): RedirectUri {
	const url = input.trim();
	const reasons = oauthText.redirectUriReasons;
	const fail = (reason: string, example = DEFAULT_REDIRECT_URI) => oauthError('bad-redirect-uri', {params: {input: url, reason, example}});
	// URL would quietly turn a space into %20: a URL with spaces was pasted with something else.
	if (/\s/.test(url)) throw fail(reasons.spaces);

	// "localhost:1717/OauthRedirect" reads as a URL whose scheme is "localhost:": say what is missing.
	if (!/^[a-z][a-z\d+.-]*:\/\//i.test(url) && isLoopbackAuthority(url)) {
		const fixed = `http://${url}`;
		let usable = false;
		try {
			parseRedirectUri(fixed);
			usable = true;
		} catch {}
		throw fail(reasons.noScheme, usable ? fixed : DEFAULT_REDIRECT_URI);
	}

	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		// URL refuses ports above 65535 with no word why.
		const port = /^http:\/\/(?:\[[^\]]*\]|[^/:?#]*):(\d+)(?:[/?#]|$)/i.exec(url)?.[1];
		throw fail(port === undefined ? reasons.notUrl : reasons.portRange(port));
	}
	if (parsed.protocol !== 'http:') throw fail(reasons.notHttp(parsed.protocol.replace(/:$/, '://')));
	const hostname = parsed.hostname === '[::1]' ? '::1' : parsed.hostname;
	if (hostname !== 'localhost' && hostname !== '127.0.0.1' && hostname !== '::1') {
		throw fail(reasons.notLoopback);
	}
	// URL drops a written ":80" because it is http's default; Salesforce compares the text, so keep it.
	const port = parsed.port ? Number(parsed.port) : /^http:\/\/[^/]*:80(?:\/|$)/i.test(url) ? 80 : undefined;
	if (port === undefined) throw fail(reasons.noPort);
	// Port 0 would make the catcher listen on a random port that no app lists as its callback.
	if (port < 1 || port > 65_535) throw fail(reasons.portRange(String(port)));
	if (parsed.pathname === '/' || parsed.pathname === '') throw fail(reasons.noPath);
	if (parsed.search || parsed.hash) throw fail(reasons.queryOrFragment);
	return {url, hostname, port, path: parsed.pathname};
}

/** "localhost:1717/…", "127.0.0.1:8080/…", "[::1]:…": a loopback address typed without its scheme. */
function isLoopbackAuthority(text: string): boolean {
	return /^(?:localhost|127\.0\.0\.1|\[::1\])(?::\d*)?(?:[/?#]|$)/i.test(text);
}

/**
 * In paste mode nothing listens for the redirect: any address registered on the app will do,
 * Salesforce's own https://…/services/oauth2/success included. A loopback one is checked as usual.
 */
export function parsePastedRedirectUri(input: string): RedirectUri {
	const url = input.trim();
	try {
		return parseRedirectUri(url);
	} catch (error) {
		if (/\s/.test(url)) throw error;
		let parsed: URL;
		try {
			parsed = new URL(url);
		} catch {
			throw error;
		}
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw oauthError('bad-redirect-uri', {params: {input: url, reason: oauthText.redirectUriReasons.notWeb, example: DEFAULT_REDIRECT_URI}});
		if (parsed.search || parsed.hash) throw oauthError('bad-redirect-uri', {params: {input: url, reason: oauthText.redirectUriReasons.queryOrFragment, example: DEFAULT_REDIRECT_URI}});
		if (isLoopbackAuthority(parsed.host)) throw error;
		return {url, hostname: parsed.hostname, port: Number(parsed.port) || (parsed.protocol === 'https:' ? 443 : 80), path: parsed.pathname};
	}
}
