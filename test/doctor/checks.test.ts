import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkIdle, IDLE_WARN_DAYS, lastUsedAt} from '../../source/doctor/idle.js';
import {checkCa, checkProxy} from '../../source/doctor/network-checks.js';
import {readNetworkSettings, redactProxyUrl} from '../../source/doctor/network-settings.js';
import {checkNode} from '../../source/doctor/node-check.js';
import {checkScope} from '../../source/doctor/org-checks.js';
import {checkStoreMode} from '../../source/doctor/store-checks.js';
import {savedOrg} from '../helpers/saved-org.js';
import {tempDir} from '../helpers/temp-dir.js';

describe('doctor checks', () => {
	it('node: 22 and newer pass; older fails with how to upgrade', () => {
		expect(checkNode('22.0.0')).toEqual({id: 'node', status: 'pass', message: 'Node 22.0.0'});
		expect(checkNode('24.3.1').status).toBe('pass');
		expect(checkNode('20.18.0')).toMatchObject({status: 'fail', hint: expect.stringMatching(/nvm install 22/)});
	});

	it('proxy: every spelling is shown, passwords never; a proxy that is no URL warns', () => {
		expect(redactProxyUrl('http://bob:s3cret@proxy.corp:3128')).toBe('http://[redacted]@proxy.corp:3128');
		expect(redactProxyUrl('bob:s3cret@proxy.corp:3128')).toBe('[redacted]@proxy.corp:3128');
		expect(redactProxyUrl('http://proxy.corp:3128/')).toBe('http://proxy.corp:3128/');
		const settings = readNetworkSettings({https_proxy: 'http://bob:s3cret@proxy:3128', HTTP_PROXY: 'proxy:8080', NO_PROXY: 'localhost,.corp', HOME: '/x'});
		const check = checkProxy(settings);
		expect(check).toEqual({id: 'proxy', status: 'pass', message: 'Proxy settings: https_proxy=http://[redacted]@proxy:3128, HTTP_PROXY=proxy:8080, NO_PROXY=localhost,.corp.'});
		expect(checkProxy(readNetworkSettings({}))).toMatchObject({status: 'pass', message: expect.stringMatching(/No proxy/)});
		// sfrt's requests don't go through SOCKS: a SOCKS proxy is as good as none.
		expect(checkProxy(readNetworkSettings({HTTPS_PROXY: 'socks5://proxy:1080'})).status).toBe('warn');
		const broken = checkProxy(readNetworkSettings({HTTPS_PROXY: 'ftp://bob:pw@x'}));
		expect(broken).toMatchObject({status: 'warn', message: 'HTTPS_PROXY is not a proxy URL: ftp://[redacted]@x.', hint: expect.stringMatching(/http:\/\/host:port/)});
	});

	it('ca: unset and an existing file pass; a missing file fails with the fix', () => {
		const dir = tempDir();
		const pem = path.join(dir, 'corp.pem');
		fs.writeFileSync(pem, '-----BEGIN CERTIFICATE-----\n');
		expect(checkCa(readNetworkSettings({})).status).toBe('pass');
		expect(checkCa(readNetworkSettings({NODE_EXTRA_CA_CERTS: pem}))).toMatchObject({status: 'pass', message: expect.stringContaining(pem)});
		expect(checkCa(readNetworkSettings({NODE_EXTRA_CA_CERTS: path.join(dir, 'gone.pem')}))).toMatchObject({status: 'fail', hint: expect.stringMatching(/unset it/)});
		expect(checkCa(readNetworkSettings({NODE_EXTRA_CA_CERTS: dir})).status).toBe('fail');
	});

	it('store-mode: a path with a space is quoted in the chmod; Windows is not checked; nothing there yet passes', () => {
		const dir = path.join(tempDir(), 'my config');
		fs.mkdirSync(dir, {mode: 0o700});
		const file = path.join(dir, 'orgs.json');
		expect(checkStoreMode(file)).toMatchObject({status: 'pass', message: expect.stringMatching(/no saved orgs file in it yet/)});
		fs.writeFileSync(file, '{}', {mode: 0o666});
		fs.chmodSync(file, 0o666);
		expect(checkStoreMode(file).hint).toBe(`Run: chmod 600 '${file}'`);
		expect(checkStoreMode(file, 'win32').status).toBe('pass');
		expect(checkStoreMode(path.join(dir, 'nope', 'orgs.json'))).toMatchObject({status: 'pass', message: expect.stringMatching(/no saved orgs file yet/)});
	});

	it('scope: refresh_token or offline_access passes, neither warns, an answer without scopes is skipped as a pass', () => {
		expect(checkScope('uat', ['api', 'refresh_token'])).toMatchObject({status: 'pass', alias: 'uat'});
		expect(checkScope('uat', ['offline_access']).status).toBe('pass');
		expect(checkScope('uat', [])).toMatchObject({status: 'pass', message: expect.stringMatching(/did not list the scopes/)});
		expect(checkScope('uat', ['api', 'web'])).toMatchObject({status: 'warn', hint: expect.stringMatching(/Perform requests at any time/)});
	});

	it(`idle: the later of the last verification and the last access token counts; past ${IDLE_WARN_DAYS} days warns`, () => {
		const day = 24 * 60 * 60_000;
		const now = Date.parse('2026-03-01T12:00:00.000Z');
		const org = {...savedOrg('uat'), lastVerifiedAt: new Date(now - 40 * day).toISOString(), accessTokenIssuedAt: now - 3 * day};
		expect(lastUsedAt(org)).toBe(now - 3 * day);
		expect(checkIdle(org, now)).toEqual({id: 'idle', status: 'pass', message: 'The refresh token was last used 3 days ago.', alias: 'uat'});
		const {accessTokenIssuedAt: _, ...verifiedOnly} = org;
		expect(checkIdle(verifiedOnly, now)).toMatchObject({status: 'warn', message: expect.stringMatching(/unused for 40 days/), alias: 'uat'});
		expect(checkIdle({...org, lastVerifiedAt: new Date(now - 24 * day).toISOString(), accessTokenIssuedAt: undefined} as never, now).status).toBe('pass');
		expect(checkIdle({...verifiedOnly, lastVerifiedAt: 'garbage'}, now)).toMatchObject({status: 'pass', message: expect.stringMatching(/not known/)});
	});
});
