import {describe, expect, it} from 'vitest';
import {buildAuthorizeUrl, parseScopes} from '../../source/oauth/authorize-url.js';
import {prepareLogin} from '../../source/oauth/login.js';
import {codeChallengeS256} from '../../source/oauth/pkce.js';
import {parseRedirectUri} from '../../source/oauth/redirect-uri.js';

describe('authorize URL', () => {
	it('carries every parameter Salesforce needs, PKCE with S256, and prompt=login by default', () => {
		const url = new URL(buildAuthorizeUrl({
			loginUrl: 'https://acme.my.site.com/partners',
			clientId: '3MVG9abc',
			redirectUri: 'http://localhost:1717/OauthRedirect',
			scopes: ['api', 'refresh_token'],
			state: 'st',
			codeChallenge: 'ch',
		}));
		expect(url.origin + url.pathname).toBe('https://acme.my.site.com/partners/services/oauth2/authorize');
		expect(Object.fromEntries(url.searchParams)).toEqual({
			response_type: 'code',
			client_id: '3MVG9abc',
			redirect_uri: 'http://localhost:1717/OauthRedirect',
			scope: 'api refresh_token',
			state: 'st',
			code_challenge: 'ch',
			code_challenge_method: 'S256',
			prompt: 'login',
		});
	});

	it('lets prompt be changed or left out', () => {
		const base = {loginUrl: 'https://login.salesforce.com', clientId: 'c', redirectUri: 'http://localhost:1717/cb', scopes: ['api'], state: 's', codeChallenge: 'x'};
		expect(new URL(buildAuthorizeUrl({...base, prompt: 'consent'})).searchParams.get('prompt')).toBe('consent');
		expect(new URL(buildAuthorizeUrl({...base, prompt: ''})).searchParams.has('prompt')).toBe(false);
	});

	it('prepareLogin ties the challenge to its verifier and state', () => {
		const pending = prepareLogin({
			clientId: 'c',
			loginHost: {url: 'https://login.salesforce.com', kind: 'production'},
			redirectUri: parseRedirectUri('http://localhost:1717/OauthRedirect'),
			scopes: ['api', 'refresh_token'],
		});
		const params = new URL(pending.authorizeUrl).searchParams;
		expect(params.get('code_challenge')).toBe(codeChallengeS256(pending.codeVerifier));
		expect(params.get('state')).toBe(pending.state);
	});

	it('parses scope lists', () => {
		expect(parseScopes(' api,refresh_token  api offline_access ')).toEqual(['api', 'refresh_token', 'offline_access']);
		expect(parseScopes('')).toEqual([]);
	});
});
