import {describe, expect, it} from 'vitest';
import {isSfrtError, type SfrtError} from '../../source/errors.js';
import {formatSfdxAuthUrl, parseSfdxAuthUrl, SALESFORCE_CLI_SFDX_URL_PATTERN} from '../../source/orgs/sfdx-url.js';

const clientId = '3MVG9RFu2xl7ZPMfSBwIJtfMe.RY3P9eQ0aiyGunlOeWI0bj49RqJ.byHSaHWPxGDiLGBjpH50usSix44galQ';
const clientSecret = '071D36B83865AF38FC8638756022F8C976F076D040C284B3C320509C171DA0F8';
const refreshToken = '5Aep861KIwKdekr90I4iHdtDgWwRoG7O_6uHrgJ.yVtMS0UaGxRYuTJsAyMHF_7WsFIrNUEBw==';

function failure(input: string): SfrtError {
	try {
		parseSfdxAuthUrl(input);
	} catch (error) {
		if (isSfrtError(error)) return error;
		throw error;
	}
	throw new Error(`parsed: ${input}`);
}

describe('parseSfdxAuthUrl', () => {
	it('reads the three parts and a My Domain host, as https', () => {
		expect(parseSfdxAuthUrl(`force://${clientId}:${clientSecret}:${refreshToken}@acme.my.salesforce.com`)).toEqual({
			clientId, clientSecret, refreshToken, instanceUrl: 'https://acme.my.salesforce.com',
		});
	});

	it('takes an empty client secret, surrounding whitespace and a trailing slash', () => {
		expect(parseSfdxAuthUrl(`  force://${clientId}::${refreshToken}@acme--uat.sandbox.my.salesforce.com/\n`)).toMatchObject({
			clientSecret: '', instanceUrl: 'https://acme--uat.sandbox.my.salesforce.com',
		});
	});

	it('reaches loopback hosts (the emulator) over http, with their port', () => {
		expect(parseSfdxAuthUrl(`force://${clientId}:${clientSecret}:${refreshToken}@127.0.0.1:41234`).instanceUrl).toBe('http://127.0.0.1:41234');
		expect(parseSfdxAuthUrl(`force://${clientId}:${clientSecret}:${refreshToken}@localhost:8080`).instanceUrl).toBe('http://localhost:8080');
	});

	it.each([
		['', 'no-sfdx-url', /No SFDX auth URL/],
		[`https://${clientId}:${clientSecret}:${refreshToken}@acme.my.salesforce.com`, 'bad-sfdx-url', /starts with https:\/\/ instead of force:\/\//],
		[`force://${clientId}:${clientSecret}:${refreshToken}`, 'bad-sfdx-url', /no "@"/],
		[`force://${refreshToken}@acme.my.salesforce.com`, 'bad-sfdx-url', /1 part before the "@"/],
		[`force://${clientId}:${clientSecret}:${refreshToken}:extra@acme.my.salesforce.com`, 'bad-sfdx-url', /4 parts/],
		[`force://${clientId}:${clientSecret}:${refreshToken}@`, 'bad-sfdx-url', /host .* is missing/],
		[`force://${clientId}:${clientSecret}:${refreshToken}@https://acme.my.salesforce.com`, 'bad-sfdx-url', /must not start with http/],
		[`force://${clientId}:${clientSecret}:${refreshToken}@127.0.0.1`, 'bad-sfdx-url', /needs a port/],
		[`force://${clientId}:${clientSecret}:${refreshToken}@acme.my.salesforce.com:8443`, 'bad-sfdx-url', /has a port/],
		[`force://${clientId}:${clientSecret}:${refreshToken}@acme.lightning.force.com`, 'lightning-domain', /Lightning/],
		[`force://${clientId}:sec!ret:${refreshToken}@acme.my.salesforce.com`, 'bad-sfdx-url', /client secret has characters/],
		[`force://${clientId}:${clientSecret}:5Aep$oops@acme.my.salesforce.com`, 'bad-sfdx-url', /refresh token has characters/],
	])('refuses %#: exit 2, says which part, never repeats a secret', (input, code, message) => {
		const error = failure(input);
		expect(error.code).toBe(code);
		expect(error.exitCode).toBe(2);
		expect(error.message).toMatch(message);
		for (const text of [error.message, error.hint]) {
			expect(text).not.toContain(clientSecret);
			expect(text).not.toContain(refreshToken);
			expect(text).not.toContain('5Aep$oops');
			expect(text).not.toContain('sec!ret');
		}
	});
});

describe('formatSfdxAuthUrl', () => {
	const onBadPart = (field: string) => new Error(`bad ${field}`);

	it('writes what the Salesforce CLI reads, and sfrt reads it back', () => {
		const url = formatSfdxAuthUrl({clientId, clientSecret, refreshToken, instanceUrl: 'https://acme.my.salesforce.com'}, onBadPart);
		expect(url).toBe(`force://${clientId}:${clientSecret}:${refreshToken}@acme.my.salesforce.com`);
		const match = SALESFORCE_CLI_SFDX_URL_PATTERN.exec(url);
		expect(match?.slice(1)).toEqual([clientId, clientSecret, refreshToken, 'acme.my.salesforce.com']);
		expect(parseSfdxAuthUrl(url)).toEqual({clientId, clientSecret, refreshToken, instanceUrl: 'https://acme.my.salesforce.com'});
	});

	it('leaves the secret empty for apps without one, as sfdx-core does', () => {
		expect(formatSfdxAuthUrl({clientId, refreshToken, instanceUrl: 'https://acme.my.salesforce.com'}, onBadPart)).toBe(`force://${clientId}::${refreshToken}@acme.my.salesforce.com`);
	});

	it('refuses a value that would make an unreadable URL', () => {
		expect(() => formatSfdxAuthUrl({clientId, clientSecret: 'a:b', refreshToken, instanceUrl: 'https://x.my.salesforce.com'}, onBadPart)).toThrow('bad Consumer Secret');
		expect(() => formatSfdxAuthUrl({clientId: 'a@b', refreshToken, instanceUrl: 'https://x.my.salesforce.com'}, onBadPart)).toThrow('bad Consumer Key');
	});
});
