export const DEFAULT_SCOPES = ['api', 'refresh_token'];
export const DEFAULT_PROMPT = 'login';

export interface AuthorizeRequest {
	loginUrl: string;
	clientId: string;
	redirectUri: string;
	scopes: readonly string[];
	state: string;
	codeChallenge: string;
	/** Empty string leaves it out. */
	prompt?: string;
	loginHint?: string;
}

export function buildAuthorizeUrl(request: AuthorizeRequest): string {
	const url = new URL(`${request.loginUrl}/services/oauth2/authorize`);
	const params = url.searchParams;
	params.set('response_type', 'code');
	params.set('client_id', request.clientId);
	params.set('redirect_uri', request.redirectUri);
	params.set('scope', request.scopes.join(' '));
	params.set('state', request.state);
	params.set('code_challenge', request.codeChallenge);
	params.set('code_challenge_method', 'S256');
	const prompt = request.prompt ?? DEFAULT_PROMPT;
	if (prompt) params.set('prompt', prompt);
	if (request.loginHint) params.set('login_hint', request.loginHint);
	return url.href;
}

/** "api refresh_token", "api,refresh_token" or an array, into a clean list. */
export function parseScopes(input: string | readonly string[]): string[] {
	const parts = typeof input === 'string' ? input.split(/[\s,]+/) : input;
	return [...new Set(parts.map(part => part.trim()).filter(Boolean))];
}
