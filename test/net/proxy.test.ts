import {describe, expect, it} from 'vitest';
import {createGateway, type TraceEvent, type Transport} from '../../source/net/gateway.js';
import {describeProxy, failureThrough, isLoopback, parseNoProxyEntry, ProxyFailure, proxyAgents, proxyFor, readProxySettings, type Proxy} from '../../source/net/proxy.js';
import {connectionProblem, networkError} from '../../source/oauth/network-error.js';

const via = (env: NodeJS.ProcessEnv, url: string) => proxyFor(readProxySettings(env), url);

describe('which proxy a request goes through', () => {
	it('https:// requests use HTTPS_PROXY, else HTTP_PROXY; http:// requests HTTP_PROXY only', () => {
		expect(via({HTTPS_PROXY: 'http://s:3128', HTTP_PROXY: 'http://p:3128'}, 'https://login.salesforce.com')?.shown).toBe('http://s:3128');
		expect(via({HTTP_PROXY: 'http://p:3128'}, 'https://login.salesforce.com')).toMatchObject({shown: 'http://p:3128', variable: 'HTTP_PROXY'});
		expect(via({HTTPS_PROXY: 'http://s:3128'}, 'http://example.com')).toBeUndefined();
		expect(via({}, 'https://login.salesforce.com')).toBeUndefined();
	});

	it('the lower-case variable wins when both are set, like curl; an empty one counts as unset', () => {
		expect(via({HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:2'}, 'https://login.salesforce.com')).toMatchObject({variable: 'https_proxy', shown: 'http://lower:2'});
		expect(via({HTTPS_PROXY: 'http://upper:1', https_proxy: ' '}, 'https://login.salesforce.com')).toMatchObject({variable: 'HTTPS_PROXY'});
		const settings = readProxySettings({HTTPS_PROXY: 'http://p:1', NO_PROXY: 'upper.example', no_proxy: 'lower.example'});
		expect(settings.noProxy).toEqual({variable: 'no_proxy', entries: ['lower.example']});
		expect(proxyFor(settings, 'https://upper.example')).toBeDefined();
		expect(proxyFor(settings, 'https://lower.example')).toBeUndefined();
	});

	it('a proxy without a scheme is http://, as in curl; SOCKS and nonsense are no proxy sfrt can use', () => {
		expect(via({HTTPS_PROXY: 'proxy.corp:3128'}, 'https://login.salesforce.com')?.url?.href).toBe('http://proxy.corp:3128/');
		expect(via({HTTPS_PROXY: 'https://proxy.corp:443'}, 'https://login.salesforce.com')?.url?.protocol).toBe('https:');
		expect(via({HTTPS_PROXY: 'socks5://proxy.corp:1080'}, 'https://login.salesforce.com')).toMatchObject({url: undefined, shown: 'socks5://proxy.corp:1080'});
		expect(via({HTTPS_PROXY: 'http://u:secret@proxy corp:1'}, 'https://login.salesforce.com')).toMatchObject({url: undefined, shown: 'http://proxy corp:1', withCredentials: true});
	});

	it('loopback never goes through a proxy, whatever NO_PROXY says', () => {
		const env = {HTTPS_PROXY: 'http://p:3128', HTTP_PROXY: 'http://p:3128'};
		for (const url of ['http://localhost:1717/OauthRedirect', 'https://localhost/', 'http://127.0.0.1:5000', 'http://127.4.5.6', 'http://[::1]:1717', 'https://app.localhost', 'http://localhost.:80']) {
			expect(via(env, url), url).toBeUndefined();
		}
		expect(via(env, 'https://128.0.0.1')).toBeDefined();
		expect(via(env, 'https://localhost.example.com')).toBeDefined();
		expect(isLoopback('[::1]')).toBe(true);
		expect(isLoopback('::ffff:127.0.0.1')).toBe(true);
		expect(isLoopback('10.0.0.1')).toBe(false);
	});
});

describe('NO_PROXY', () => {
	const goesDirect = (noProxy: string, url: string) => via({HTTPS_PROXY: 'http://p:3128', NO_PROXY: noProxy}, url) === undefined;

	it('a domain matches itself and every host under it, written as domain, .domain or *.domain', () => {
		for (const entry of ['my.salesforce.com', '.my.salesforce.com', '*.my.salesforce.com', 'MY.Salesforce.com']) {
			expect(goesDirect(entry, 'https://acme.my.salesforce.com'), entry).toBe(true);
			expect(goesDirect(entry, 'https://my.salesforce.com'), entry).toBe(true);
			expect(goesDirect(entry, 'https://login.salesforce.com'), entry).toBe(false);
		}
		expect(goesDirect('salesforce.com', 'https://notsalesforce.com')).toBe(false);
	});

	it('entries are separated by commas or spaces; * alone sends everything direct', () => {
		expect(goesDirect('a.example, b.example  c.example', 'https://c.example')).toBe(true);
		expect(goesDirect('a.example,,b.example', 'https://b.example')).toBe(true);
		expect(goesDirect('*', 'https://login.salesforce.com')).toBe(true);
		expect(goesDirect('', 'https://login.salesforce.com')).toBe(false);
	});

	it('a port limits the entry to that port (443 and 80 by default)', () => {
		expect(goesDirect('login.salesforce.com:443', 'https://login.salesforce.com')).toBe(true);
		expect(goesDirect('login.salesforce.com:8443', 'https://login.salesforce.com')).toBe(false);
		expect(goesDirect('login.salesforce.com:8443', 'https://login.salesforce.com:8443/x')).toBe(true);
	});

	it('IP addresses and CIDR ranges, IPv4 and IPv6', () => {
		expect(goesDirect('10.1.2.3', 'https://10.1.2.3')).toBe(true);
		expect(goesDirect('10.0.0.0/8', 'https://10.200.1.1')).toBe(true);
		expect(goesDirect('10.0.0.0/8', 'https://11.0.0.1')).toBe(false);
		expect(goesDirect('10.0.0.0/8', 'https://ten.example')).toBe(false);
		expect(goesDirect('fd00::/8', 'https://[fd12::1]')).toBe(true);
		expect(goesDirect('[fd12::1]:8443', 'https://[fd12::1]:8443')).toBe(true);
		expect(goesDirect('[fd12::1]:8443', 'https://[fd12::1]')).toBe(false);
		expect(parseNoProxyEntry('.')('example.com', 443)).toBe(false);
	});
});

describe('credentials in the proxy URL', () => {
	const env = {HTTPS_PROXY: 'http://alice:s3cr%40t@proxy.corp:3128', NO_PROXY: '.internal'};

	it('are kept for the agent and shown nowhere', () => {
		const proxy = via(env, 'https://login.salesforce.com')!;
		expect(proxy.url?.password).toBe('s3cr%40t');
		expect(proxy).toMatchObject({shown: 'http://proxy.corp:3128', withCredentials: true, variable: 'HTTPS_PROXY'});
		expect(describeProxy(env)).toEqual({variable: 'HTTPS_PROXY', url: 'http://proxy.corp:3128', withCredentials: true, valid: true, noProxy: {variable: 'NO_PROXY', entries: ['.internal']}});
		expect(JSON.stringify(describeProxy(env))).not.toContain('s3cr');
		expect(describeProxy({})).toEqual({variable: undefined, url: undefined, withCredentials: false, valid: true, noProxy: undefined});
	});

	it('never reach a trace or an error', async () => {
		const events: TraceEvent[] = [];
		const transport: Transport = async () => {
			throw Object.assign(new Error('Bad response: 407'), {code: 'ERR_GOT_REQUEST_ERROR'});
		};
		const gateway = createGateway({transport, proxy: readProxySettings(env), onTrace: event => events.push(event), now: () => 0});
		const failure = await gateway.send({method: 'GET', url: 'https://login.salesforce.com/x', timeoutMs: 10}).catch((error: unknown) => error);
		expect(failure).toBeInstanceOf(ProxyFailure);
		expect(events).toEqual([
			{type: 'request', id: 1, method: 'GET', url: 'https://login.salesforce.com/x', proxy: 'http://proxy.corp:3128'},
			{type: 'failure', id: 1, ms: 0, code: 'PROXY_AUTH_REQUIRED'},
		]);
		const error = networkError(failure, 'https://login.salesforce.com/x');
		expect(error.code).toBe('proxy-auth-required');
		expect(error.message).toBe('The proxy http://proxy.corp:3128 refused the user name and password in HTTPS_PROXY (HTTP 407).');
		expect(JSON.stringify({events, error, failure})).not.toContain('s3cr');
	});
});

describe('failures at the proxy', () => {
	const proxy = via({HTTPS_PROXY: 'http://proxy.corp:3128'}, 'https://login.salesforce.com') as Proxy;
	const got = (code: string, cause?: Error) => Object.assign(new Error('request failed', cause ? {cause} : undefined), {code});

	it('hpagent\'s "Bad response: 407" (kept by got as the cause) asks for credentials', () => {
		const error = connectionProblem(failureThrough(proxy, got('ERR_GOT_REQUEST_ERROR', new Error('Bad response: 407'))), 'https://acme.my.salesforce.com/services/oauth2/token');
		expect(error).toMatchObject({code: 'proxy-auth-required', message: 'The proxy http://proxy.corp:3128 asks for a user name and password (HTTP 407).', exitCode: 1});
		expect(error?.hint).toContain('HTTPS_PROXY=http://user:password@proxy.example.com:3128');
	});

	it('another answer to CONNECT is the proxy refusing the host', () => {
		const error = connectionProblem(failureThrough(proxy, got('ERR_GOT_REQUEST_ERROR', new Error('Bad response: 403'))), 'https://acme.my.salesforce.com/services/oauth2/token');
		expect(error).toMatchObject({code: 'proxy-refused', message: 'The proxy http://proxy.corp:3128 (set in HTTPS_PROXY) would not connect to acme.my.salesforce.com (HTTP 403).'});
	});

	it('a proxy that cannot be found or connected to is unreachable, named with its variable', () => {
		expect(networkError(failureThrough(proxy, got('ECONNREFUSED')), 'https://login.salesforce.com/x')).toMatchObject({code: 'proxy-unreachable', message: 'sfrt cannot reach the proxy http://proxy.corp:3128 (set in HTTPS_PROXY): connection refused.'});
		expect(networkError(failureThrough(proxy, got('ENOTFOUND')), 'https://login.salesforce.com/x').message).toContain('host not found');
	});

	it('anything else passes as it was', () => {
		const timeout = got('ETIMEDOUT');
		expect(failureThrough(proxy, timeout)).toBe(timeout);
		expect(networkError(timeout, 'https://login.salesforce.com/x?a=1')).toMatchObject({code: 'network', message: 'Could not reach https://login.salesforce.com/x: no answer in time.'});
	});

	it('a proxy URL sfrt cannot use fails before anything is sent, exit code 2', async () => {
		const bad = via({HTTPS_PROXY: 'socks5://proxy.corp:1080'}, 'https://login.salesforce.com')!;
		const failure = await proxyAgents(bad).catch((error: unknown) => error);
		expect(failure).toMatchObject({code: 'PROXY_URL_INVALID'});
		expect(networkError(failure, 'https://login.salesforce.com/x')).toMatchObject({code: 'proxy-url-invalid', exitCode: 2, message: 'HTTPS_PROXY is set to "socks5://proxy.corp:1080", which is not a proxy address sfrt can use.'});
	});

	it('agents are made once per proxy URL', async () => {
		expect(await proxyAgents(proxy)).toBe(await proxyAgents(via({https_proxy: 'http://proxy.corp:3128'}, 'https://x.example')!));
	});
});

describe('certificates', () => {
	const failed = (code: string) => networkError(Object.assign(new Error(code), {code}), 'https://login.salesforce.com/services/oauth2/token');

	it('an untrusted chain points at NODE_EXTRA_CA_CERTS', () => {
		for (const code of ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'CERT_UNTRUSTED']) {
			const error = failed(code);
			expect(error.code).toBe('tls-untrusted');
			expect(error.message).toBe(`The certificate of login.salesforce.com is not trusted (${code}): probably a company proxy that inspects TLS.`);
			expect(error.hint).toContain('export NODE_EXTRA_CA_CERTS=/path/to/company-ca.pem');
		}
	});

	it('an expired certificate and one for another host say so', () => {
		expect(failed('CERT_HAS_EXPIRED')).toMatchObject({code: 'tls-untrusted', variant: 'expired'});
		expect(failed('CERT_HAS_EXPIRED').hint).toContain('date and time');
		expect(failed('ERR_TLS_CERT_ALTNAME_INVALID')).toMatchObject({code: 'tls-untrusted', variant: 'wrong-host'});
	});
});
