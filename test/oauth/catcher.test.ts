import http from 'node:http';
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

/** The result page's address with its ticket, from the redirect the callback answered with. */
async function callback(port: number, query: string): Promise<string> {
	const response = await get(port, `/OauthRedirect?${query}`);
	expect(response.status).toBe(303);
	return response.headers.get('location')!;
}

/** A GET with a Host that fetch would not let a test choose. */
function withHost(port: number, path: string, host: string): Promise<{status: number; body: string}> {
	return new Promise((resolve, reject) => {
		http.get({host: '127.0.0.1', port, path, headers: {host}}, response => {
			let body = '';
			response.setEncoding('utf8').on('data', chunk => (body += chunk)).on('end', () => resolve({status: response.statusCode!, body}));
		}).on('error', reject);
	});
}

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
		const location = response.headers.get('location')!;
		expect(location).toMatch(new RegExp(`^${RESULT_PATH}\\?ticket=[\\w-]{43}$`));
		expect(await catcher.code).toBe('aPrx.abc_d==');

		const page = get(port, location);
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
		const location = await callback(port, 'error=access_denied&error_description=end-user+denied+authorization&state=the-state');
		const error = await rejection(catcher.code);
		expect(error.code).toBe('access-denied');
		const html = await (await get(port, location)).text();
		expect(html).toContain('Login failed');
		expect(html).toContain('Permitted Users');
	});

	it('shows a failure that happened after the code arrived', async () => {
		const port = await freePort();
		const catcher = await catcherOn(port);
		const location = await callback(port, 'code=c&state=the-state');
		await catcher.code;
		const page = get(port, location);
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
		const catcherModule = new URL('../../build/source/oauth/catcher.js', import.meta.url).href;
		const redirectModule = new URL('../../build/source/oauth/redirect-uri.js', import.meta.url).href;
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
		const location = await callback(port, 'code=c&state=the-state');
		const page = get(port, location);
		await new Promise(resolve => setTimeout(resolve, 50));
		await catcher.close();
		expect(await (await page).text()).toContain('did not finish');
		expect(await isListening(port)).toBe(false);
	});

	it('answers a foreign Host with 421 and keeps waiting', async () => {
		const port = await freePort();
		const catcher = await catcherOn(port);
		const rebound = await withHost(port, '/OauthRedirect?code=stolen&state=the-state', `rebind.evil.example:${port}`);
		expect(rebound.status).toBe(421);
		expect((await withHost(port, '/OauthRedirect?code=stolen&state=the-state', `localhost:${port + 1}`)).status).toBe(421);
		for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, `LocalHost:${port}`]) {
			expect((await withHost(port, '/favicon.ico', host)).status).toBe(404);
		}
		const location = await callback(port, 'code=good&state=the-state');
		expect(await catcher.code).toBe('good');

		const page = get(port, location);
		await new Promise(resolve => setTimeout(resolve, 50));
		const foreign = await withHost(port, location, 'rebind.evil.example');
		expect(foreign.status).toBe(421);
		catcher.finish({ok: true, username: 'ada@example.com', orgId: '00D000000000001EAA'});
		expect(await (await page).text()).toContain('ada@example.com');
		expect(foreign.body).not.toMatch(/ada@example\.com|00D000000000001EAA/);
	});

	it('takes only its own IP and localhost for an IP callback', async () => {
		const port = await freePort();
		await catcherOn(port, {host: '127.0.0.1'});
		expect((await withHost(port, '/favicon.ico', `127.0.0.1:${port}`)).status).toBe(404);
		expect((await withHost(port, '/favicon.ico', `localhost:${port}`)).status).toBe(404);
		expect((await withHost(port, '/favicon.ico', `[::1]:${port}`)).status).toBe(421);
		expect((await withHost(port, '/favicon.ico', '127.0.0.1')).status).toBe(421);
	});

	it('shows the outcome only to the tab that brought the code, and only once', async () => {
		const port = await freePort();
		const catcher = await catcherOn(port);
		const location = await callback(port, 'code=c&state=the-state');
		await catcher.code;
		for (const path of [RESULT_PATH, `${RESULT_PATH}?ticket=`, `${RESULT_PATH}?ticket=${'A'.repeat(43)}`, `${location}x`]) {
			const stranger = await get(port, path);
			expect(stranger.status).toBe(403);
			expect(await stranger.text()).toContain('belongs to another tab');
		}
		catcher.finish({ok: true, username: 'ada@example.com', orgId: '00D000000000001EAA'});
		expect(await (await get(port, location)).text()).toContain('ada@example.com');
		const replay = await get(port, location);
		expect(replay.status).toBe(403);
		expect(await replay.text()).not.toContain('ada@example.com');
	});

	it('answers request targets that break URL without failing, and keeps waiting', async () => {
		const port = await freePort();
		const catcher = await catcherOn(port);
		// "//[" is a path to a server, a host to URL: the catcher reads it as the path it is.
		const targets = {'//[': 404, '//a:b@c:99999': 404, 'http://[': 400, 'http://%zz/': 400, '*': 400};
		for (const [target, status] of Object.entries(targets)) {
			expect(await rawStatus(port, `GET ${target} HTTP/1.1\r\nHost: localhost:${port}\r\n\r\n`)).toBe(status);
		}
		await callback(port, 'code=after&state=the-state');
		expect(await catcher.code).toBe('after');
	});

	it('lets a waiting result page go after its time, pointing to the terminal', async () => {
		const port = await freePort();
		const catcher = await startCatcher({redirectUri: parseRedirectUri(`http://localhost:${port}/OauthRedirect`), state: 's', limits: {parkedResultMs: 100}});
		open.push(catcher);
		const location = await callback(port, 'code=c&state=s');
		const page = await get(port, location);
		expect(await page.text()).toContain('still finishing the login');
		catcher.finish({ok: true, username: 'ada@example.com', orgId: '00D000000000001EAA'});
		expect(await (await get(port, location)).text()).toContain('ada@example.com');
	});
});

/** The status a raw request gets, for request lines that fetch would refuse to send. */
function rawStatus(port: number, bytes: string): Promise<number> {
	return new Promise((resolve, reject) => {
		let answer = '';
		const socket = net.connect(port, '127.0.0.1', () => socket.end(bytes));
		socket.setEncoding('latin1').on('data', chunk => (answer += chunk)).on('error', reject);
		socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
	});
}
