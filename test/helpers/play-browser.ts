/**
 * Plays the browser's part of a login without a browser: ask the authorize URL (the emulator,
 * in auto-approve mode, redirects at once), follow the redirect into the loopback catcher, and
 * fetch the page the catcher sends the browser to.
 */
export async function followLoginRedirects(authorizeUrl: string): Promise<{authorizeStatus: number; callbackUrl?: string; callbackStatus?: number; page?: Promise<string>}> {
	const authorize = await fetch(authorizeUrl, {redirect: 'manual'});
	const location = authorize.headers.get('location');
	if (authorize.status !== 302 || !location) return {authorizeStatus: authorize.status};
	const callback = await fetch(location, {redirect: 'manual'});
	const result = callback.headers.get('location');
	const page = result ? fetch(new URL(result, location)).then(response => response.text()) : undefined;
	// Like a browser, it asks for the page at once; tests that don't read it must not fail on it.
	page?.catch(() => {});
	return {
		authorizeStatus: authorize.status,
		callbackUrl: location,
		callbackStatus: callback.status,
		...(page ? {page} : {}),
	};
}

/**
 * Plays a person at the emulator's interactive pages: logs in, then clicks Allow or Deny, and
 * follows the redirect into the catcher. Returns the catcher's answer status.
 */
export async function answerConsent(authorizeUrl: string, user: {username: string; password: string}, decision: 'allow' | 'deny'): Promise<number> {
	const origin = new URL(authorizeUrl).origin;
	const loginPage = await (await fetch(authorizeUrl, {redirect: 'manual'})).text();
	const authorizeQuery = hiddenField(loginPage, 'authorize_query');
	const consentPage = await (await postForm(`${origin}/sfrt-emulator/login`, {authorize_query: authorizeQuery, username: user.username, password: user.password})).text();
	const decided = await postForm(`${origin}/sfrt-emulator/consent`, {ticket: hiddenField(consentPage, 'ticket'), decision});
	const location = decided.headers.get('location');
	if (!location) throw new Error(`the consent answer did not redirect (HTTP ${decided.status})`);
	return (await fetch(location, {redirect: 'manual'})).status;
}

function hiddenField(html: string, name: string): string {
	const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
	if (match?.[1] === undefined) throw new Error(`no field ${name} on the page`);
	return match[1].replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

function postForm(url: string, form: Record<string, string>): Promise<Response> {
	return fetch(url, {method: 'POST', redirect: 'manual', body: new URLSearchParams(form)});
}
