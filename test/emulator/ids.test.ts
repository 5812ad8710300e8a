import {describe, expect, it} from 'vitest';
import {authorizationCode, idChecksum, salesforceId} from '../../source/emulator/ids.js';
import {demoFixture} from '../../source/emulator/index.js';

describe('generated ids', () => {
	it('computes the 18-character checksum the way Salesforce does', () => {
		expect(idChecksum('00D000000000062')).toBe('EAA');
		expect(idChecksum('001A0000006Vm9r')).toBe('IAC');
	});

	it('makes org and user ids with the right prefix, length and checksum', () => {
		for (const prefix of ['00D', '005'] as const) {
			const id = salesforceId(prefix);
			expect(id).toMatch(new RegExp(`^${prefix}[A-Za-z0-9]{15}$`));
			expect(id.slice(15)).toBe(idChecksum(id.slice(0, 15)));
		}
	});

	it('makes codes shaped like Salesforce codes', () => {
		expect(authorizationCode()).toMatch(/^aPrx[A-Za-z0-9._]{80}==$/);
		expect(authorizationCode()).not.toBe(authorizationCode());
	});
});

describe('demoFixture', () => {
	it('has a consumer key, secret, callback and user like a real setup', () => {
		const {app, user} = demoFixture();
		expect(app.clientId).toMatch(/^3MVG9[A-Za-z0-9._]{80}$/);
		expect(app.clientSecret).toMatch(/^[0-9A-F]{64}$/);
		expect(app.callbackUrls).toEqual(['http://localhost:1717/OauthRedirect']);
		expect(app.enableDeviceFlow).toBe(true);
		expect(user).toMatchObject({username: 'demo@sfrt.example', password: 'demo1234'});
	});

	it('returns fresh objects so one run cannot change the next', () => {
		const first = demoFixture();
		first.app.blocked = true;
		expect(demoFixture().app.blocked).toBeUndefined();
	});
});
