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
