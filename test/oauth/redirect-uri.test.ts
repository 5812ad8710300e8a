import {describe, expect, it} from 'vitest';
import type {SfrtError} from '../../source/errors.js';
import {DEFAULT_REDIRECT_URI, parsePastedRedirectUri, parseRedirectUri} from '../../source/oauth/redirect-uri.js';

describe('parseRedirectUri', () => {
	it('accepts the default and keeps the text exactly', () => {
		expect(parseRedirectUri(DEFAULT_REDIRECT_URI)).toEqual({url: 'http://localhost:1717/OauthRedirect', hostname: 'localhost', port: 1717, path: '/OauthRedirect'});
	});

	it('accepts 127.0.0.1 and [::1]', () => {
		expect(parseRedirectUri('http://127.0.0.1:8080/cb').hostname).toBe('127.0.0.1');
		expect(parseRedirectUri('http://[::1]:8080/cb')).toMatchObject({hostname: '::1', port: 8080, path: '/cb'});
	});

	it.each([
		['https://localhost:1717/OauthRedirect', 'http://'],
		['http://example.com:1717/OauthRedirect', 'localhost'],
		['http://192.168.1.5:1717/OauthRedirect', 'localhost'],
		['http://localhost/OauthRedirect', 'port'],
		['http://localhost:1717', 'path'],
		['http://localhost:1717/', 'path'],
		['http://localhost:1717/cb?x=1', 'query'],
		['nonsense', 'not a URL'],
	])('refuses %s', (input, reason) => {
		let error: SfrtError | undefined;
		try {
			parseRedirectUri(input);
		} catch (caught) {
			error = caught as SfrtError;
		}
		expect(error?.code).toBe('bad-redirect-uri');
		expect(error?.message).toContain(reason);
		expect(error?.exitCode).toBe(2);
	});

	const refusal = (input: string): SfrtError => {
		try {
			parseRedirectUri(input);
		} catch (caught) {
			return caught as SfrtError;
		}
		throw new Error(`${input} was accepted`);
	};

	it.each(['http://localhost:0/OauthRedirect', 'http://localhost:99999/OauthRedirect', 'http://127.0.0.1:65536/cb'])('refuses %s: the port must be 1 to 65535', input => {
		const error = refusal(input);
		expect(error.code).toBe('bad-redirect-uri');
		expect(error.message).toContain('1 to 65535');
		expect(error.message).not.toContain('not a URL');
		// The fix names a URL that works, not the refused one.
		expect(error.hint).not.toContain(':0/');
		expect(error.hint).toMatch(/For example: http:\/\/localhost:1717\/OauthRedirect$/);
	});

	it('refuses a URL with spaces (something else was pasted with it), in paste mode too', () => {
		expect(() => parseRedirectUri('http://localhost:1717/OauthRedirect Problem Logging In')).toThrow(/it has spaces in it/);
		expect(() => parsePastedRedirectUri('https://login.salesforce.com/services/oauth2/success An error')).toThrow(/it has spaces in it/);
	});

	it('accepts the ends of the port range', () => {
		expect(parseRedirectUri('http://localhost:1/cb').port).toBe(1);
		expect(parseRedirectUri('http://localhost:65535/cb').port).toBe(65_535);
	});

	it.each([
		['localhost:1717/OauthRedirect', 'http://localhost:1717/OauthRedirect'],
		['127.0.0.1:8080/callback', 'http://127.0.0.1:8080/callback'],
		['[::1]:8080/cb', 'http://[::1]:8080/cb'],
	])('%s: says http:// is missing and suggests the URL with it', (input, fixed) => {
		const error = refusal(input);
		expect(error.message).toContain('it needs http:// in front');
		expect(error.message).not.toContain('localhost://');
		expect(error.hint).toMatch(new RegExp(`For example: ${fixed.replaceAll(/[.[\]/]/g, '\\$&')}$`));
	});
});
