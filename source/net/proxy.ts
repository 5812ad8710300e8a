/**
 * Corporate networks: which proxy, if any, a request to Salesforce goes through, read from
 * HTTPS_PROXY, HTTP_PROXY and NO_PROXY the way curl reads them (the lower-case name wins when
 * both are set). Loopback addresses never go through a proxy: the catcher and the emulator live
 * there. The agents that tunnel through the proxy (hpagent) load on the first proxied request.
 */
import {createRequire} from 'node:module';

/**
 * node:net loads on the first address check, not with sfrt: commands that send nothing (list,
 * token with a fresh access token) never pay for it.
 */
const requireModule = createRequire(import.meta.url);
const net = () => requireModule('node:net') as typeof import('node:net');
const isIP = (address: string) => net().isIP(address);

/** A proxy named by an environment variable. */
export interface Proxy {
	/** The variable it came from: HTTPS_PROXY, https_proxy, HTTP_PROXY or http_proxy. */
	variable: string;
	/** The address as given, credentials included: only the agent sees it. Undefined when it is no proxy URL sfrt can use. */
	url: URL | undefined;
	/** The address without a user name or password: what messages and traces show. */
	shown: string;
	/** Whether the address carries a user name or password (sent as Proxy-Authorization). */
	withCredentials: boolean;
}

export interface ProxySettings {
	/** For https:// requests (all of Salesforce): HTTPS_PROXY, else HTTP_PROXY. */
	https: Proxy | undefined;
	/** For http:// requests: HTTP_PROXY. */
	http: Proxy | undefined;
	/** The variable NO_PROXY came from, with its entries as written. */
	noProxy: {variable: string; entries: string[]} | undefined;
	bypass: NoProxyRule[];
}

/** Agents for got's `agent` option. */
export interface Agents {
	http?: unknown;
	https?: unknown;
}

export function readProxySettings(env: NodeJS.ProcessEnv): ProxySettings {
	const https = proxyFrom(setting(env, 'HTTPS_PROXY') ?? setting(env, 'HTTP_PROXY'));
	const http = proxyFrom(setting(env, 'HTTP_PROXY'));
	const noProxy = setting(env, 'NO_PROXY');
	const entries = noProxy ? noProxy.value.split(/[\s,]+/).filter(Boolean) : [];
	return {https, http, noProxy: noProxy ? {variable: noProxy.variable, entries} : undefined, bypass: entries.map(parseNoProxyEntry)};
}

/** The proxy a request to `url` goes through, or undefined when it goes direct. */
export function proxyFor(settings: ProxySettings, url: string | URL): Proxy | undefined {
	const target = typeof url === 'string' ? new URL(url) : url;
	const proxy = target.protocol === 'https:' ? settings.https : target.protocol === 'http:' ? settings.http : undefined;
	if (!proxy) return undefined;
	const host = bare(target.hostname.toLowerCase());
	if (isLoopback(host)) return undefined;
	const port = Number(target.port || (target.protocol === 'https:' ? 443 : 80));
	return settings.bypass.some(rule => rule(host, port)) ? undefined : proxy;
}

/** What the proxy settings come to for Salesforce (https://), for a report such as `sfrt doctor`; never shows credentials. */
export interface ProxyDescription {
	/** The variable the proxy comes from; undefined when requests go direct. */
	variable: string | undefined;
	/** The proxy's address without credentials. */
	url: string | undefined;
	/** Whether the address carries a user name or password. */
	withCredentials: boolean;
	/** False when the variable holds no proxy URL sfrt can use (every request then fails with proxy-url-invalid). */
	valid: boolean;
	/** The variable NO_PROXY came from, and its entries: hosts reached directly. Loopback always is. */
	noProxy: {variable: string; entries: string[]} | undefined;
}

export function describeProxy(env: NodeJS.ProcessEnv): ProxyDescription {
	const settings = readProxySettings(env);
	const proxy = settings.https;
	return {
		variable: proxy?.variable,
		url: proxy?.shown,
		withCredentials: proxy?.withCredentials ?? false,
		valid: proxy ? proxy.url !== undefined : true,
		noProxy: settings.noProxy,
	};
}

const agents = new Map<string, Promise<Agents>>();

/** The agents that tunnel through `proxy`, made once per proxy address. */
export function proxyAgents(proxy: Proxy): Promise<Agents> {
	const url = proxy.url;
	if (!url) return Promise.reject(new ProxyFailure('PROXY_URL_INVALID', proxy));
	let made = agents.get(url.href);
	if (!made) {
		made = import('hpagent').then(({HttpProxyAgent, HttpsProxyAgent}) => ({http: new HttpProxyAgent({proxy: url}), https: new HttpsProxyAgent({proxy: url})}));
		agents.set(url.href, made);
	}
	return made;
}

export type ProxyFailureCode = 'PROXY_AUTH_REQUIRED' | 'PROXY_REFUSED' | 'PROXY_UNREACHABLE' | 'PROXY_URL_INVALID';

/** A request that failed at the proxy, before reaching Salesforce. Names the proxy without its credentials. */
export class ProxyFailure extends Error {
	override readonly name = 'ProxyFailure';
	readonly code: ProxyFailureCode;
	readonly proxy: Omit<Proxy, 'url'>;
	/** The proxy's answer to CONNECT, when it gave one. */
	readonly status: number | undefined;

	constructor(code: ProxyFailureCode, proxy: Proxy, options: {status?: number; cause?: unknown} = {}) {
		super(`${code} ${proxy.shown}`, options.cause === undefined ? undefined : {cause: options.cause});
		this.code = code;
		this.proxy = {variable: proxy.variable, shown: proxy.shown, withCredentials: proxy.withCredentials};
		this.status = options.status;
	}
}

// Through a proxy, sfrt connects only to the proxy: failing to find or connect to a host is the proxy's.
const unreachableCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL']);

/** Tells a failure at the proxy from one further on: the first becomes a ProxyFailure, the second is returned as it was. */
export function failureThrough(proxy: Proxy, error: unknown): unknown {
	if (error instanceof ProxyFailure) return error;
	const code = (error as {code?: unknown} | undefined)?.code;
	if (typeof code === 'string' && unreachableCodes.has(code)) return new ProxyFailure('PROXY_UNREACHABLE', proxy, {cause: error});
	const status = connectStatus(error);
	if (status === 407) return new ProxyFailure('PROXY_AUTH_REQUIRED', proxy, {status, cause: error});
	if (status !== undefined) return new ProxyFailure('PROXY_REFUSED', proxy, {status, cause: error});
	return error;
}

/** hpagent reports an answer to CONNECT other than 200 as a bare Error "Bad response: 407", which got keeps as the cause. */
function connectStatus(error: unknown): number | undefined {
	for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
		const match = /^Bad response: (\d{3})$/.exec(current.message);
		if (match) return Number(match[1]);
	}
	return undefined;
}

/** A proxy URL with any user name and password removed. */
export function withoutCredentials(url: URL): string {
	const shown = new URL(url.href);
	shown.username = '';
	shown.password = '';
	return shown.href.replace(/\/$/, '');
}

function setting(env: NodeJS.ProcessEnv, name: string): {variable: string; value: string} | undefined {
	for (const variable of [name.toLowerCase(), name]) {
		const value = env[variable]?.trim();
		if (value) return {variable, value};
	}
	return undefined;
}

function proxyFrom(found: {variable: string; value: string} | undefined): Proxy | undefined {
	if (!found) return undefined;
	const url = parseProxyUrl(found.value);
	if (!url) {
		// Best effort: whatever stands before an @ is taken for credentials.
		return {variable: found.variable, url: undefined, shown: found.value.replace(/^([a-z][\w+.-]*:\/\/)?[^/]*@/i, '$1'), withCredentials: found.value.includes('@')};
	}
	return {variable: found.variable, url, shown: withoutCredentials(url), withCredentials: url.username !== '' || url.password !== ''};
}

/** `proxy:3128` means http://proxy:3128, as in curl. Only HTTP(S) proxies: hpagent speaks no SOCKS. */
function parseProxyUrl(value: string): URL | undefined {
	const withScheme = /^[a-z][\w+.-]*:\/\//i.test(value) ? value : `http://${value}`;
	try {
		const url = new URL(withScheme);
		if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return undefined;
		return url;
	} catch {
		return undefined;
	}
}

type NoProxyRule = (host: string, port: number) => boolean;

/**
 * One NO_PROXY entry: `*` (everything), a host or domain (`example.com` and `.example.com` both
 * match it and every host under it; `*.example.com` too), an IP address, a CIDR range
 * (`10.0.0.0/8`), each optionally with `:port`.
 */
export function parseNoProxyEntry(entry: string): NoProxyRule {
	const text = entry.trim().toLowerCase();
	if (text === '*') return () => true;
	const {host, port} = splitPort(text);
	const matchesPort = (actual: number) => port === undefined || port === actual;
	const range = cidr(host);
	if (range) return (target, actual) => matchesPort(actual) && isIP(target) !== 0 && range.check(target, isIP(target) === 6 ? 'ipv6' : 'ipv4');
	const domain = host.replace(/^\*?\.+/, '');
	if (!domain) return () => false;
	return (target, actual) => matchesPort(actual) && (target === domain || target.endsWith(`.${domain}`));
}

function splitPort(text: string): {host: string; port: number | undefined} {
	const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
	if (bracketed) return {host: bracketed[1]!, port: bracketed[2] === undefined ? undefined : Number(bracketed[2])};
	// More than one colon without brackets: an IPv6 address, no port.
	if ((text.match(/:/g) ?? []).length > 1) return {host: text, port: undefined};
	const withPort = /^(.*):(\d+)$/.exec(text);
	return withPort ? {host: withPort[1]!, port: Number(withPort[2])} : {host: text, port: undefined};
}

function cidr(host: string): import('node:net').BlockList | undefined {
	const match = /^(.+)\/(\d{1,3})$/.exec(host);
	if (!match) return undefined;
	const family = isIP(match[1]!);
	if (family === 0) return undefined;
	const list = new (net().BlockList)();
	try {
		list.addSubnet(match[1]!, Number(match[2]), family === 6 ? 'ipv6' : 'ipv4');
	} catch {
		return undefined;
	}
	return list;
}

/** localhost (and names under it), 127.0.0.0/8 and ::1: never proxied. */
export function isLoopback(host: string): boolean {
	const name = bare(host.toLowerCase()).replace(/\.$/, '');
	if (name === 'localhost' || name.endsWith('.localhost')) return true;
	if (isIP(name) === 4) return name.startsWith('127.');
	if (isIP(name) === 6) return loopback6().check(name, 'ipv6');
	return false;
}

let loopbackList: import('node:net').BlockList | undefined;
function loopback6(): import('node:net').BlockList {
	if (!loopbackList) {
		loopbackList = new (net().BlockList)();
		loopbackList.addAddress('::1', 'ipv6');
		loopbackList.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');
	}
	return loopbackList;
}

/** A host as URL.hostname writes it, IPv6 brackets removed. */
function bare(host: string): string {
	return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
