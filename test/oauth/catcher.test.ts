import net from 'node:net';
import {afterEach, describe, expect, it} from 'vitest';
import type {SfrtError} from '../../source/errors.js';
import {RESULT_PATH, startCatcher, type Catcher} from '../../source/oauth/catcher.js';
import {oauthError} from '../../source/oauth/oauth-error.js';
import {parseRedirectUri} from '../../source/oauth/redirect-uri.js';
import {freePort, isListening} from '../helpers/ports.js';

const open: Catcher[] = [];
afterEach(async () => {
	await Promise.all(open.splice(0).map(catcher => catcher.close()));
});

async function catcherOn(port: number, options: {timeoutMs?: number; signal?: AbortSignal; host?: string} = {}) {
	const catcher = await startCatcher({
		redirectUri: parseRedirectUri(`http://${options.host ?? 'localhost'}:${port}/OauthRedirect`),
		state: 'the-state',
		...(options.timeoutMs ? {timeoutMs: options.timeoutMs} : {}),
		...(options.signal ? {signal: options.signal} : {}),
	});
	open.push(catcher);
	return catcher;
}

const get = (port: number, path: string, init: RequestInit = {}) => fetch(`http://127.0.0.1:${port}${path}`, {redirect: 'manual', ...init});

async function rejection(promise: Promise<unknown>): Promise<SfrtError> {
	try {
		await promise;
	} catch (error) {
		return error as SfrtError;
	}
	throw new Error('expected a rejection');
}

describe('loopback catcher', () => {
	it('hands over the code once decoded, and moves the browser to a result page', async () => {
		const port = await freePort();
		const catcher = await catcherOn(port);
		const response = await get(port, '/OauthRedirect?code=aPrx.abc_d%3D%3D&state=the-state');
		expect(response.status).toBe(303);
		expect(response.headers.get('location')).toBe(RESULT_PATH);
		expect(await catcher.code).toBe('aPrx.abc_d==');

		const page = get(port, RESULT_PATH);
		catcher.finish({ok: true, username: 'ada@example.com', orgId: '00D000000000001EAA'});
		const html = await (await page).text();
		expect(html).toContain('You are logged in');
		expect(html).toContain('ada@example.com');
		expect(html).not.toMatch(/<script|https?:\/\/(?!127)/);
	});

	it('answers stray requests with 404 and keeps waiting', async () => {
		const port = await freePort();
		const catcher = await catcherOn(port);
		expect((await get(port, '/favicon.ico')).status).toBe(404);
		expect((await get(port, '/OauthRedirect/extra?code=x&state=the-state')).status).toBe(404);
		expect((await get(port, '/OauthRedirect?code=x&state=the-state', {method: 'POST'})).status).toBe(405);
		expect((await get(port, '/OauthRedirect?state=the-state')).status).toBe(400);
		await get(port, '/OauthRedirect?code=real&state=the-state');
		expect(await catcher.code).toBe('real');
	});

	it('answers a wrong state with 400 and keeps waiting', async () => {
		const port = await freePort();
		const catcher = await catcherOn(port);
		const wrong = await get(port, '/OauthRedirect?code=stolen&state=other');
		expect(wrong.status).toBe(400);
		expect(await wrong.text()).toContain('not the one sfrt is waiting for');
		await get(port, '/OauthRedirect?code=good&state=the-state');
		expect(await catcher.code).toBe('good');
	});

	it('ends on an error redirect and shows the error and its fix', async () => {
		const port = await freePort();
		const catcher = await catcherOn(port);
		const response = await get(port, '/OauthRedirect?error=access_denied&error_description=end-user+denied+authorization&state=the-state');
		expect(response.status).toBe(303);
		const error = await rejection(catcher.code);
		expect(error.code).toBe('access-denied');
		const html = await (await get(port, RESULT_PATH)).text();
		expect(html).toContain('Login failed');
		expect(html).toContain('Permitted Users');
	});

	it('shows a failure that happened after the code arrived', async () => {
		const port = await freePort();
		const catcher = await catcherOn(port);
		await get(port, '/OauthRedirect?code=c&state=the-state');
		await catcher.code;
		const page = get(port, RESULT_PATH);
		catcher.finish({ok: false, error: oauthError('no-refresh-token')});
		const html = await (await page).text();
		expect(html).toContain('no refresh token');
		expect(html).toContain('no-refresh-token');
	});

	it('listens on both 127.0.0.1 and ::1 for localhost, and nowhere else', async () => {
		const port = await freePort();
		const catcher = await catcherOn(port);
		expect(catcher.addresses).toContain(`127.0.0.1:${port}`);
		const ipv6 = await new Promise<boolean>(resolve => {
			const probe = net.createServer().once('error', () => resolve(false)).listen(0, '::1', () => probe.close(() => resolve(true)));
		});
		if (ipv6) expect(catcher.addresses).toContain(`[::1]:${port}`);
		expect(catcher.addresses.every(address => address.startsWith('127.0.0.1:') || address.startsWith('[::1]:'))).toBe(true);
	});

	it('reports a port in use with the port and the fix', async () => {
		const port = await freePort();
		const blocker = net.createServer();
		await new Promise<void>(resolve => blocker.listen(port, '127.0.0.1', resolve));
		try {
			const error = await rejection(catcherOn(port));
			expect(error.code).toBe('port-in-use');
			expect(error.message).toContain(String(port));
			expect(error.hint).toContain('--redirect-uri');
		} finally {
			blocker.close();
		}
	});

	it('reports a privileged port as a permission problem', async () => {
		if (process.getuid?.() !== 0) {
			const error = await rejection(catcherOn(80));
			expect(error.code).toBe('port-permission');
			return;
		}
		// Root may bind port 80, so try it as an unprivileged user, with the built module.
		const catcherModule = new URL('../../dist/source/oauth/catcher.js', import.meta.url).href;
		const redirectModule = new URL('../../dist/source/oauth/redirect-uri.js', import.meta.url).href;
		const script = `
			const {startCatcher} = await import(${JSON.stringify(catcherModule)});
			const {parseRedirectUri} = await import(${JSON.stringify(redirectModule)});
			try { await startCatcher({redirectUri: parseRedirectUri('http://127.0.0.1:80/cb'), state: 's'}); console.log('bound'); }
			catch (error) { console.log(JSON.stringify({code: error.code, message: error.message})); }`;
		const {execFileSync} = await import('node:child_process');
		const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {uid: 65534, gid: 65534, encoding: 'utf8'});
		const error = JSON.parse(output) as {code: string; message: string};
		expect(error.code).toBe('port-permission');
		expect(error.message).toContain('port 80');
	});

	it('gives up after the timeout and closes', async () => {
		const port = await freePort();
		const catcher = await catcherOn(port, {timeoutMs: 150});
		const error = await rejection(catcher.code);
		expect(error.code).toBe('login-timeout');
		await catcher.close();
		expect(await isListening(port)).toBe(false);
	});

	it('stops on the abort signal', async () => {
		const port = await freePort();
		const controller = new AbortController();
		const catcher = await catcherOn(port, {signal: controller.signal});
		controller.abort();
		const error = await rejection(catcher.code);
		expect(error.code).toBe('cancelled');
		expect(error.exitCode).toBe(130);
		await catcher.close();
		expect(await isListening(port)).toBe(false);
	});

	it('closes even while a result page is waiting', async () => {
		const port = await freePort();
		const catcher = await catcherOn(port, {host: '127.0.0.1'});
		await get(port, '/OauthRedirect?code=c&state=the-state');
		const page = get(port, RESULT_PATH);
		await new Promise(resolve => setTimeout(resolve, 50));
		await catcher.close();
		expect(await (await page).text()).toContain('did not finish');
		expect(await isListening(port)).toBe(false);
	});
});
