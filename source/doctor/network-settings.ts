import {REDACTED} from '../net/redact.js';

/** The variables that choose a proxy, in both spellings that tools read. */
export const proxyVariables = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'] as const;

export interface NetworkSettings {
	/** Each proxy variable that is set, in the order of proxyVariables. */
	proxy: Array<{name: (typeof proxyVariables)[number]; value: string}>;
	/** NODE_EXTRA_CA_CERTS: a PEM file Node adds to the certificate authorities it trusts. */
	extraCaCerts?: string;
}

/** What the environment says about proxies and certificates; nothing is checked here. */
export function readNetworkSettings(env: NodeJS.ProcessEnv): NetworkSettings {
	const proxy = proxyVariables.flatMap(name => {
		const value = env[name]?.trim();
		return value ? [{name, value}] : [];
	});
	const extraCaCerts = env.NODE_EXTRA_CA_CERTS?.trim();
	return {proxy, ...(extraCaCerts ? {extraCaCerts} : {})};
}

/** A proxy URL with its user and password (user:pass@) hidden, even when the URL does not parse. */
export function redactProxyUrl(value: string): string {
	return value.replace(/^([a-z][\w+.-]*:\/\/)?[^/?#\s]*@/i, `$1${REDACTED}@`);
}

/** A proxy address sfrt can use (see net/proxy.ts): an http(s) URL, or host:port with the scheme left out. SOCKS is not one. */
export function isProxyUrl(value: string): boolean {
	try {
		const url = new URL(/^[a-z][\w+.-]*:\/\//i.test(value) ? value : `http://${value}`);
		return Boolean(url.hostname) && ['http:', 'https:'].includes(url.protocol);
	} catch {
		return false;
	}
}
