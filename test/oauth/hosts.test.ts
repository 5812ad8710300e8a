import {describe, expect, it} from 'vitest';
import {SfrtError} from '../../source/errors.js';
import {resolveLoginHost} from '../../source/oauth/hosts.js';

function failure(input: string): SfrtError {
	try {
		resolveLoginHost(input);
	} catch (error) {
		return error as SfrtError;
	}
	throw new Error(`expected ${input} to be refused`);
}

describe('resolveLoginHost', () => {
	it.each([
		['login', 'https://login.salesforce.com', 'production'],
		['LOGIN', 'https://login.salesforce.com', 'production'],
		['test', 'https://test.salesforce.com', 'sandbox'],
		['sandbox', 'https://test.salesforce.com', 'sandbox'],
		['acme.my.salesforce.com', 'https://acme.my.salesforce.com', 'my-domain'],
		['https://acme.my.salesforce.com/', 'https://acme.my.salesforce.com', 'my-domain'],
		['https://acme--uat.sandbox.my.salesforce.com', 'https://acme--uat.sandbox.my.salesforce.com', 'sandbox-my-domain'],
		['https://acme.my.site.com/partners', 'https://acme.my.site.com/partners', 'site'],
		['https://acme.my.site.com/partners/', 'https://acme.my.site.com/partners', 'site'],
		['http://127.0.0.1:4567', 'http://127.0.0.1:4567', 'local'],
		['http://localhost:4567', 'http://localhost:4567', 'local'],
		['  https://login.acme.com  ', 'https://login.acme.com', 'custom'],
		['https://acme.my.salesforce.com/lightning/setup/SetupOneHome/home', 'https://acme.my.salesforce.com', 'my-domain'],
		['https://test.salesforce.com/some/path', 'https://test.salesforce.com', 'sandbox'],
		['https://acme.my.site.com/portal/s/login', 'https://acme.my.site.com/portal', 'site'],
		['https://acme.my.site.com/s/', 'https://acme.my.site.com', 'site'],
	])('%s → %s (%s)', (input, url, kind) => {
		expect(resolveLoginHost(input)).toEqual({url, kind});
	});

	it('refuses Lightning hosts and names the My Domain URL to use', () => {
		const error = failure('https://acme.lightning.force.com');
		expect(error.code).toBe('lightning-domain');
		expect(error.hint).toContain('https://acme.my.salesforce.com');
		expect(error.exitCode).toBe(2);
		expect(failure('acme--uat.sandbox.lightning.force.com').hint).toContain('https://acme--uat.sandbox.my.salesforce.com');
	});

	it('refuses http except on loopback', () => {
		const error = failure('http://acme.my.salesforce.com');
		expect(error.code).toBe('insecure-domain');
		expect(error.message).toContain('unsupported grant type');
	});

	it.each(['', 'not a url', 'https://', 'ftp://acme.my.salesforce.com', 'https://user:pw@acme.my.salesforce.com', 'https://acme.my.salesforce.com?x=1', 'acme'])(
		'refuses garbage: %j',
		input => {
			const error = failure(input);
			expect(error.code).toBe('bad-domain');
			expect(error.hint).toContain('My Domain');
		},
	);
});
