import {spawnSync} from 'node:child_process';
import {parseEnv} from 'node:util';
import {describe, expect, it} from 'vitest';
import {isSfrtError} from '../../source/errors.js';
import {dotenvQuote, exportOrg, parseExportFormat, shellQuote} from '../../source/orgs/export.js';
import {parseSfdxAuthUrl, SALESFORCE_CLI_SFDX_URL_PATTERN} from '../../source/orgs/sfdx-url.js';
import type {SavedOrg} from '../../source/store/saved-org.js';

const org: SavedOrg = {
	alias: 'uat',
	username: 'ada@example.com',
	displayName: 'Ada',
	orgId: '00DDn0000000001AAA',
	userId: '005Dn0000000001AAA',
	kind: 'my-domain',
	loginUrl: 'https://acme.my.salesforce.com',
	instanceUrl: 'https://acme.my.salesforce.com',
	identityUrl: 'https://login.salesforce.com/id/00DDn0000000001AAA/005Dn0000000001AAA',
	clientId: '3MVG9abc.def_ghi',
	clientSecret: 'ABCDEF0123456789',
	redirectUri: 'http://localhost:1717/OauthRedirect',
	scopes: ['api', 'refresh_token'],
	refreshToken: '5Aep861abc.def_ghi==',
	createdAt: '2026-01-01T00:00:00.000Z',
	lastVerifiedAt: '2026-01-01T00:00:00.000Z',
};

describe('exportOrg', () => {
	it('env: dotenv lines that a dotenv parser reads back exactly', () => {
		const text = exportOrg(org, 'env');
		expect(text.split('\n').filter(Boolean).map(line => line.split('=')[0])).toEqual(['SF_CLIENT_ID', 'SF_CLIENT_SECRET', 'SF_REFRESH_TOKEN', 'SF_INSTANCE_URL', 'SF_LOGIN_URL', 'SF_USERNAME']);
		expect(parseEnv(text)).toEqual({
			SF_CLIENT_ID: org.clientId,
			SF_CLIENT_SECRET: org.clientSecret,
			SF_REFRESH_TOKEN: org.refreshToken,
			SF_INSTANCE_URL: org.instanceUrl,
			SF_LOGIN_URL: org.loginUrl,
			SF_USERNAME: org.username,
		});
	});

	it('env: quotes so that #, spaces, $ and quotes survive a dotenv parser', () => {
		for (const value of ['a#b c', 'x=$HOME', "it's", '']) {
			expect(parseEnv(`V=${dotenvQuote(value, () => new Error('refused'))}\n`).V).toBe(value);
		}
		expect(() => dotenvQuote('two\nlines', () => new Error('refused'))).toThrow('refused');
		expect(() => dotenvQuote(`it's "$HOME"`, () => new Error('refused'))).toThrow('refused');
	});

	it('shell: export lines that sh evaluates to the exact values, nasty ones too', () => {
		const nasty = {...org, username: `o'brien $(touch /tmp/pwned) "\`x\`" \\ $HOME`};
		const script = `${exportOrg(nasty, 'shell')}printf '%s\\n' "$SF_USERNAME" "$SF_REFRESH_TOKEN" "$SF_CLIENT_SECRET"`;
		const run = spawnSync('sh', ['-c', script], {encoding: 'utf8'});
		expect(run.status).toBe(0);
		expect(run.stdout).toBe(`${nasty.username}\n${org.refreshToken}\n${org.clientSecret}\n`);
		expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
	});

	it('json: one object with the credentials, secrets in clear', () => {
		expect(JSON.parse(exportOrg(org, 'json'))).toMatchObject({clientId: org.clientId, clientSecret: org.clientSecret, refreshToken: org.refreshToken, instanceUrl: org.instanceUrl, loginUrl: org.loginUrl, username: org.username});
	});

	it('sfdx-url: the Salesforce CLI shape, read back to the same values', () => {
		const url = exportOrg(org, 'sfdx-url').trim();
		expect(url).toBe(`force://${org.clientId}:${org.clientSecret}:${org.refreshToken}@acme.my.salesforce.com`);
		expect(SALESFORCE_CLI_SFDX_URL_PATTERN.exec(url)?.slice(1)).toEqual([org.clientId, org.clientSecret, org.refreshToken, 'acme.my.salesforce.com']);
		expect(parseSfdxAuthUrl(url)).toEqual({clientId: org.clientId, clientSecret: org.clientSecret, refreshToken: org.refreshToken, instanceUrl: org.instanceUrl});
	});

	it('sfdx-url: refuses a secret the URL cannot carry, naming the field but not the value', () => {
		try {
			exportOrg({...org, clientSecret: 'abc:def'}, 'sfdx-url');
			expect.unreachable();
		} catch (error) {
			expect(isSfrtError(error) && error.code).toBe('not-exportable');
			expect((error as Error).message).toContain('Consumer Secret');
			expect((error as Error).message).not.toContain('abc:def');
		}
	});

	it('parseExportFormat refuses an unknown format with exit 2', () => {
		expect(parseExportFormat('SFDX-URL')).toBe('sfdx-url');
		expect(() => parseExportFormat('yaml')).toThrow(/Unknown export format "yaml"/);
		try {
			parseExportFormat('yaml');
		} catch (error) {
			expect(isSfrtError(error) && error.exitCode).toBe(2);
		}
	});
});
