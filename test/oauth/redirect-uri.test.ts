import {describe, expect, it} from 'vitest';
import type {SfrtError} from '../../source/errors.js';
import {DEFAULT_REDIRECT_URI, parseRedirectUri} from '../../source/oauth/redirect-uri.js';

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
});
