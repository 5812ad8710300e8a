import net from 'node:net';
import {afterEach, describe, expect, it} from 'vitest';
import {CATCHER_LIMITS, RESULT_PATH, startCatcher, type Catcher} from '../../source/oauth/catcher.js';
import {parseRedirectUri} from '../../source/oauth/redirect-uri.js';
import {freePort} from '../helpers/ports.js';

/**
 * Hostile and broken input at the loopback catcher, over raw TCP: whatever arrives before the
 * callback, the login still ends with the success page in the tab that brought the code.
 */

const open: Catcher[] = [];
afterEach(async () => {
	await Promise.all(open.splice(0).map(catcher => catcher.close()));
});

/** mulberry32: the same seed sends the same bytes on every run. */
function seededRandom(seed: number) {
	let state = seed;
	const next = () => {
		state = (state + 0x6d_2b_79_f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
	const int = (below: number) => Math.floor(next() * below);
	const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
	const bytes = (length: number) => Buffer.from(Array.from({length}, () => int(256)));
	const text = (length: number, alphabet: string) => Array.from({length}, () => alphabet[int(alphabet.length)]).join('');
	return {int, pick, bytes, text};
}

type Random = ReturnType<typeof seededRandom>;

interface Kind {
	name: string;
	request(random: Random, host: string): Buffer;
}

const urlCharacters = 'abcXYZ019-._~%/?#[]@!$&\'()*+,;=:"<>\\^`{|} \u00e9\u2603';

/** A query a broken or forged redirect might carry; never our state with a code. */
function hostileQuery(random: Random): string {
	const value = () => random.pick(['%zz', '%', '%0', '%00', '%ff%fe', '%C0%AF', 'a'.repeat(random.int(5000)), random.text(random.int(40), urlCharacters), '']);
	return random.pick([
		`code=${value()}&state=${value()}`,
		`code=${value()}`,
		`state=the-state&code=`,
		`state=the-state`,
		`error=${value()}&state=${value()}`,
		`state=other&state=the-state&code=${value()}`,
		value(),
	]);
}

const kinds: Kind[] = [
	{
		name: 'bad request line',
		request: (random, host) => {
			const line = random.pick([
				() => random.bytes(1 + random.int(200)).toString('latin1'),
				() => `${random.pick(['GET', 'get', 'G\u0000T', 'BREW', 'PRI', ''])} /OauthRedirect ${random.pick(['HTTP/1.1', 'HTTP/9.9', 'HTTP/1', 'FTP/1.0', ''])}`,
				() => `GET  /OauthRedirect  HTTP/1.1`,
				() => `GET /OauthRedirect HTTP/1.1 extra`,
				() => `\r\n\r\nGET`,
			])();
			return Buffer.from(`${line}\r\nHost: ${host}\r\n\r\n`, 'latin1');
		},
	},
	{
		name: 'absurd target',
		request: (random, host) => {
			const target = random.pick([
				'//[', 'http://[', '//a:b@c:99999', 'http://%zz/', '*', 'localhost:1717', 'http://localhost:1/OauthRedirect?code=x&state=the-state',
				`/${'a'.repeat(20_000 + random.int(60_000))}`, '/OauthRedirect/../OauthRedirect', '/%2e%2e/%2e%2e/etc/passwd', '/OauthRedirect%00',
				`/OauthRedirect?${hostileQuery(random)}`, `/${random.text(random.int(60), urlCharacters)}`, `${RESULT_PATH}/../OauthRedirect`,
			]);
			return Buffer.from(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\n\r\n`, 'utf8');
		},
	},
	{
		name: 'bad headers',
		request: (random, host) => {
			const headers = random.pick([
				() => `X-Big: ${'b'.repeat(20_000 + random.int(50_000))}\r\n`,
				() => Array.from({length: 100 + random.int(400)}, (_, index) => `X-${index}: ${index}\r\n`).join(''),
				() => 'X-Nul: a\u0000b\r\n',
				() => 'No colon here\r\n',
				() => 'X-Fold: a\r\n  folded\r\n',
				() => `Host: ${host}\r\n`,
				() => 'Content-Length: -1\r\n',
				() => 'Content-Length: 5\r\nContent-Length: 6\r\n',
				() => 'Transfer-Encoding: chunked\r\n\r\nzz\r\n',
				() => `Cookie: ${random.bytes(300).toString('latin1')}\r\n`,
			])();
			return Buffer.from(`GET /OauthRedirect?${hostileQuery(random)} HTTP/1.1\r\nHost: ${host}\r\n${headers}\r\n`, 'latin1');
		},
	},
	{
		name: 'missing Host',
		request: random => Buffer.from(`GET /OauthRedirect?code=x&state=the-state ${random.pick(['HTTP/1.1', 'HTTP/1.0'])}\r\n\r\n`),
	},
	{
		name: 'foreign Host',
		request: (random, host) => {
			const foreign = random.pick(['rebind.evil.example', `rebind.evil.example:${host.split(':')[1]}`, 'localhost', 'localhost:1', `${host}.evil.example`, `lo\u0000calhost:${host.split(':')[1]}`, '', `${host}, evil.example`]);
			return Buffer.from(`GET ${random.pick(['/OauthRedirect?code=x&state=the-state', RESULT_PATH])} HTTP/1.1\r\nHost: ${foreign}\r\n\r\n`, 'latin1');
		},
	},
	{
		name: 'result page without the ticket',
		request: (random, host) => Buffer.from(`GET ${RESULT_PATH}${random.pick(['', '?ticket=', `?ticket=${random.text(43, 'abcdefghABCDEFGH0123456789-_')}`, `?${hostileQuery(random)}`])} HTTP/1.1\r\nHost: ${host}\r\n\r\n`),
	},
];

interface Answer {
	status: number;
	text: string;
}

/**
 * Sends the bytes; the answer is whatever came back before the catcher closed, or the first
 * whole response. A client that ends its side has gone (Node drops what it asked), so one that
 * waits for a parked page keeps its side open.
 */
function exchange(port: number, bytes: Buffer, {halfClose = true} = {}): Promise<Answer> {
	return new Promise(resolve => {
		let text = '';
		const socket = net.connect(port, '127.0.0.1', () => (halfClose ? socket.end(bytes) : socket.write(bytes)));
		socket.setEncoding('latin1').on('data', chunk => {
			text += chunk;
			if (isWholeResponse(text)) socket.destroy();
		});
		socket.on('error', () => {});
		socket.setTimeout(3000, () => socket.destroy());
		socket.on('close', () => resolve({status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text}));
	});
}

function isWholeResponse(text: string): boolean {
	const headEnd = text.indexOf('\r\n\r\n');
	const length = /\r\ncontent-length: (\d+)/i.exec(text)?.[1];
	return headEnd >= 0 && length !== undefined && Buffer.byteLength(text, 'latin1') >= headEnd + 4 + Number(length);
}

interface Stalled {
	socket: net.Socket;
	/** What the catcher said before it closed: a 408 if it held the connection, nothing if it dropped it. */
	answer: string;
}

/** A connection that sends the first half of a request and stalls. */
function stalled(port: number): Promise<Stalled> {
	return new Promise(resolve => {
		const connection: Stalled = {socket: net.connect(port, '127.0.0.1', () => {
			connection.socket.write('GET /OauthRedirect?code=x&state=the-state HTTP/1.1\r\nHo');
			resolve(connection);
		}), answer: ''};
		connection.socket.setEncoding('latin1').on('data', chunk => (connection.answer += chunk));
		connection.socket.on('error', () => {});
	});
}

const closed = ({socket}: Stalled) => socket.destroyed || socket.readyState === 'closed';
const settled = (promise: Promise<unknown>) => Promise.race([promise.then(() => true, () => true), new Promise(resolve => setTimeout(() => resolve(false), 20))]);
const until = async (condition: () => boolean, timeoutMs: number) => {
	const deadline = Date.now() + timeoutMs;
	while (!condition() && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 25));
};

describe('loopback catcher under hostile input', () => {
	it('still takes the real callback and shows the outcome to the real browser', async () => {
		const port = await freePort();
		const host = `localhost:${port}`;
		const limits = {headersTimeoutMs: 800};
		const catcher = await startCatcher({redirectUri: parseRedirectUri(`http://${host}/OauthRedirect`), state: 'the-state', limits});
		open.push(catcher);
		const heapBefore = process.memoryUsage().heapUsed;
		const random = seededRandom(0x5f_12_7e);

		// Malformed requests, 16 at a time.
		const answers: Array<{kind: string; answer: Answer}> = [];
		const perKind = 250;
		const queue = kinds.flatMap(kind => Array.from({length: perKind}, () => ({kind: kind.name, bytes: kind.request(random, host)})));
		for (let index = 0; index < queue.length; index += 16) {
			const batch = queue.slice(index, index + 16);
			answers.push(...await Promise.all(batch.map(async ({kind, bytes}) => ({kind, answer: await exchange(port, bytes)}))));
		}
		expect(answers).toHaveLength(kinds.length * perKind);
		expect(answers.filter(({answer}) => answer.status > 0 && answer.status < 400)).toEqual([]);
		expect(answers.filter(({kind, answer}) => kind === 'foreign Host' && answer.status !== 421 && answer.status !== 400)).toEqual([]);
		expect(answers.filter(({kind, answer}) => kind === 'result page without the ticket' && answer.status !== 403 && answer.status !== 400)).toEqual([]);
		expect(await settled(catcher.code)).toBe(false);

		// Three times as many stalled connections as one listening socket holds: the rest are
		// dropped on arrival, and the held ones when their headers are overdue.
		const flood = await Promise.all(Array.from({length: 3 * CATCHER_LIMITS.maxConnections}, () => stalled(port)));
		await until(() => flood.every(closed), 4000);
		expect(flood.every(closed)).toBe(true);
		const held = flood.filter(({answer}) => answer.startsWith('HTTP/1.1 408'));
		expect(held.length).toBeGreaterThan(0);
		expect(held.length).toBeLessThanOrEqual(CATCHER_LIMITS.maxConnections);
		expect(flood.filter(({answer}) => answer === '')).toHaveLength(flood.length - held.length);

		// A few stalled connections and ticketless result pages meanwhile don't keep the real browser out.
		const slow = await Promise.all(Array.from({length: 8}, () => stalled(port)));
		const strangers = Array.from({length: 8}, () => exchange(port, Buffer.from(`GET ${RESULT_PATH} HTTP/1.1\r\nHost: ${host}\r\n\r\n`)));
		const callback = await fetch(`http://127.0.0.1:${port}/OauthRedirect?code=the-code&state=the-state`, {redirect: 'manual'});
		expect(callback.status).toBe(303);
		expect(await catcher.code).toBe('the-code');
		expect(slow.some(closed)).toBe(false);
		const location = callback.headers.get('location')!;
		const browser = fetch(`http://127.0.0.1:${port}${location}`);
		await new Promise(resolve => setTimeout(resolve, 50));

		// Reloads beyond the cap are turned away at once; a foreign Host never reaches the page.
		const answered: number[] = [];
		const reloads = Array.from({length: 12}, () => exchange(port, Buffer.from(`GET ${location} HTTP/1.1\r\nHost: ${host}\r\n\r\n`), {halfClose: false}).then(answer => {
			answered.push(answer.status);
			return answer;
		}));
		const rebound = await exchange(port, Buffer.from(`GET ${location} HTTP/1.1\r\nHost: rebind.evil.example\r\nOrigin: http://rebind.evil.example\r\n\r\n`));
		expect(rebound.status).toBe(421);
		const parkable = CATCHER_LIMITS.maxParkedResults - 1;
		await until(() => answered.length >= reloads.length - parkable, 1000);
		await new Promise(resolve => setTimeout(resolve, 50));
		expect(answered).toEqual(Array.from({length: reloads.length - parkable}, () => 503));

		catcher.finish({ok: true, username: 'ada@example.com', orgId: '00D000000000001EAA'});
		const page = await browser;
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('sfrt has a refresh token for ada@example.com in org 00D000000000001EAA');
		for (const answer of [rebound, ...await Promise.all(strangers)]) expect(answer.text).not.toContain('ada@example.com');
		expect((await Promise.all(reloads)).filter(answer => answer.status === 200)).toHaveLength(parkable);
		for (const {socket} of slow) socket.destroy();

		expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
	}, 15_000);
});
