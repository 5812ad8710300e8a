/**
 * Answers real Salesforce orgs gave, replayed word for word: each one was once mistaken for
 * something else.
 */
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {exportOrg} from '../../source/orgs/export.js';
import {importSfdxUrl} from '../../source/orgs/import.js';
import {fromSalesforce} from '../../source/oauth/oauth-error.js';
import {caseSafeId, sameId} from '../../source/oauth/salesforce-id.js';
import {OrgStore} from '../../source/store/org-store.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {failureOf, identityAnswer, replay, tokenAnswer} from '../helpers/replay.js';
import {fastClient, seedApp} from '../helpers/seed-org.js';

const retryYourRequest = {status: 400, body: '{"error":"unknown_error","error_description":"retry your request"}'};
const ids = {orgId: '00D5e000000AbcdEAC', userId: '0055e000001XyZaAAK'};
const exchange = {loginUrl: 'https://login.salesforce.com', code: 'aPrx.code==', clientId: '3MVG9x', clientSecret: 's', redirectUri: 'http://localhost:1717/OauthRedirect', codeVerifier: 'v'.repeat(43)};

describe('400 unknown_error "retry your request" (sent now and then)', () => {
	it('is retried, even for the code exchange: Salesforce did not carry the request out', async () => {
		const {client, calls} = replay([retryYourRequest, {status: 200, body: tokenAnswer(ids)}]);
		const tokens = await client.exchangeCode(exchange);
		expect(tokens.orgId).toBe(ids.orgId);
		expect(calls).toHaveLength(2);
	});

	it('a refresh too', async () => {
		const {client, calls} = replay([retryYourRequest, retryYourRequest, {status: 200, body: tokenAnswer(ids)}]);
		await client.refresh({url: 'https://acme.my.salesforce.com', refreshToken: '5Aep', clientId: '3MVG9x'});
		expect(calls).toHaveLength(3);
	});

	it('when it keeps coming, it has its own code and fix', async () => {
		const {client, calls} = replay([retryYourRequest, retryYourRequest, retryYourRequest]);
		const error = await failureOf(client.exchangeCode(exchange));
		expect(calls).toHaveLength(3);
		expect(error.code).toBe('salesforce-retry');
		expect(error.message).toBe('Salesforce asked to retry the request (unknown_error: retry your request).');
		expect(error.hint).toContain('Try again');
		expect(error.hint).toContain('login address');
	});

	it('any other 400 is not retried', async () => {
		const {client, calls} = replay([{status: 400, body: '{"error":"invalid_grant","error_description":"authentication failure"}'}, {status: 200, body: tokenAnswer(ids)}]);
		expect((await failureOf(client.refresh({url: 'https://acme.my.salesforce.com', refreshToken: '5Aep', clientId: '3MVG9x'}))).code).toBe('authentication-failure');
		expect(calls).toHaveLength(1);
	});
});

describe('403 text/plain from the identity URL', () => {
	it.each(['Bad_OAuth_Token', 'Missing_OAuth_Token', 'Bad_Id'])('%s is Salesforce refusing the token, not another host', async word => {
		const {client} = replay([{status: 403, body: word, type: 'text/plain;charset=UTF-8'}]);
		const error = await failureOf(client.identity({id: `https://login.salesforce.com/id/${ids.orgId}/${ids.userId}`, accessToken: '00D!x'}));
		expect(error.code).toBe('invalid-token');
		expect(error.message).toContain(word);
		expect(error.hint).toContain('log in again');
	});

	it('an import after a good refresh says so, instead of "not a Salesforce login host"', async () => {
		const store = new OrgStore(path.join(import.meta.dirname, '.never-written'));
		const {client} = replay([{status: 200, body: tokenAnswer(ids, {refresh_token: ''})}, {status: 403, body: 'Bad_OAuth_Token', type: 'text/plain'}]);
		const error = await failureOf(importSfdxUrl('force://3MVG9x::5Aep861.refresh@acme.my.salesforce.com', store, client));
		expect(error.code).toBe('invalid-token');
	});

	it('an HTML page is still another host', async () => {
		const {client} = replay([{status: 403, body: '<html><body>Forbidden</body></html>', type: 'text/html'}]);
		expect((await failureOf(client.identity({id: `https://login.salesforce.com/id/${ids.orgId}/${ids.userId}`, accessToken: 'x'}))).code).toBe('not-json');
	});
});

describe('Salesforce\'s own reason is always shown', () => {
	it('invalid_grant "authentication failure - Invalid Password"', async () => {
		const {client} = replay([{status: 400, body: '{"error":"invalid_grant","error_description":"authentication failure - Invalid Password"}'}]);
		const error = await failureOf(client.exchangeCode(exchange));
		expect(error.code).toBe('authentication-failure');
		expect(error.message).toBe('Salesforce refused the login (invalid_grant: authentication failure - Invalid Password).');
	});

	it('in a message without Salesforce\'s words, and kept when the message has them already', () => {
		expect(fromSalesforce({error: 'invalid_app_access', error_description: 'user is not admin approved to access this app'}).message)
			.toBe('This user is not admin-approved to use the app (invalid_app_access: user is not admin approved to access this app).');
		expect(fromSalesforce({error: 'invalid_grant', error_description: 'expired access/refresh token'}).message)
			.toBe('The refresh token no longer works (expired access/refresh token).');
		expect(fromSalesforce({error: 'LOGIN_RATE_EXCEEDED'}).message)
			.toBe('Salesforce refused the login: this user logged in more than 3,600 times in an hour (LOGIN_RATE_EXCEEDED).');
	});
});

describe('org and user IDs: always the 18-character form', () => {
	const short = {orgId: ids.orgId.slice(0, 15), userId: ids.userId.slice(0, 15)};

	it('adds the case-safe suffix to a 15-character ID', () => {
		// Salesforce's own documented example.
		expect(caseSafeId('001A0000006Vm9r')).toBe('001A0000006Vm9rIAC');
		expect(caseSafeId('001A0000006Vm9rIAC')).toBe('001A0000006Vm9rIAC');
		expect(caseSafeId('001A0000006Vm9riac')).toBe('001A0000006Vm9rIAC');
		expect(caseSafeId(short.orgId)).toBe(ids.orgId);
		expect(sameId(short.userId, ids.userId)).toBe(true);
		expect(sameId('001a0000006Vm9r', '001A0000006Vm9r')).toBe(false);
		expect(caseSafeId('not-an-id')).toBe('not-an-id');
	});

	it('from a token answer that names them with 15', async () => {
		const {client} = replay([{status: 200, body: tokenAnswer(short)}]);
		expect(await client.exchangeCode(exchange)).toMatchObject(ids);
	});

	it('from an identity answer, which must be about the token\'s own login', async () => {
		const identityUrl = `https://login.salesforce.com/id/${short.orgId}/${short.userId}`;
		expect(await replay([{status: 200, body: identityAnswer(short)}]).client.identity({id: identityUrl, accessToken: 'x'})).toMatchObject(ids);
		const other = {orgId: ids.orgId, userId: caseSafeId('0055e000009ZZZZ')};
		const error = await failureOf(replay([{status: 200, body: identityAnswer(other)}]).client.identity({id: identityUrl, accessToken: 'x'}));
		expect(error.code).toBe('identity-mismatch');
		expect(error.message).toContain(other.userId);
		expect(error.message).toContain(ids.userId);
		expect(error.hint).toContain('log in again');
	});

	describe('an org whose token answers use 15 (emulated)', () => {
		let f: EmulatorStore;
		afterEach(() => f?.close());

		it('is saved with 18, and the same login imported again is recognised', async () => {
			f = await startEmulatorStore({emulator: {shortIdsInTokenAnswers: true, apps: [seedApp()]}});
			const org = await f.seed({alias: 'uat'});
			expect(org.orgId).toBe(f.emulator.orgId);
			expect(org.orgId).toHaveLength(18);
			expect(org.userId).toHaveLength(18);
			const again = await importSfdxUrl(exportOrg(org, 'sfdx-url'), f.store, fastClient());
			expect(again.replaced).toBe('uat');
			expect(again.org).toMatchObject({alias: 'uat', orgId: org.orgId, userId: org.userId});
			expect(f.store.list()).toHaveLength(1);
		});

		it('an entry saved with 15 by an older sfrt is the same login', async () => {
			f = await startEmulatorStore({emulator: {shortIdsInTokenAnswers: true, apps: [seedApp()]}});
			const org = await f.seed({alias: 'uat'});
			f.store.remove('uat');
			f.store.save({...org, orgId: org.orgId.slice(0, 15), userId: org.userId.slice(0, 15)});
			const again = await importSfdxUrl(exportOrg(org, 'sfdx-url'), f.store, fastClient());
			expect(again.replaced).toBe('uat');
			expect(f.store.list()).toHaveLength(1);
		});
	});
});
