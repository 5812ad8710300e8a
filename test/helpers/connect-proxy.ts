/**
 * A small HTTP proxy for tests of corporate networks: it answers CONNECT only, tunnels to names
 * under .sfrt.test (which it alone resolves, to 127.0.0.1), refuses every other host with 502,
 * and can demand a user name and password (407 without them). It remembers every CONNECT.
 */
import http from 'node:http';
import net from 'node:net';
import type {AddressInfo} from 'node:net';

export interface ConnectProxy {
	/** http://127.0.0.1:<port> */
	url: string;
	port: number;
	/** Every CONNECT target (host:port) asked for, in order, refused ones too. */
	connects: string[];
	/** CONNECTs that became a tunnel. */
	tunnels(): number;
	/** The Proxy-Authorization headers received. */
	authorizations: string[];
	close(): Promise<void>;
}

export interface ConnectProxyOptions {
	/** Demanded in Proxy-Authorization (Basic); 407 without them or with others. */
	credentials?: {user: string; password: string};
}

export const testDomain = 'sfrt.test';

export async function startConnectProxy(options: ConnectProxyOptions = {}): Promise<ConnectProxy> {
	const connects: string[] = [];
	const authorizations: string[] = [];
	let tunnels = 0;
	const expected = options.credentials ? `Basic ${Buffer.from(`${options.credentials.user}:${options.credentials.password}`).toString('base64')}` : undefined;
	const server = http.createServer((_request, response) => {
		response.writeHead(405).end();
	});
	const sockets = new Set<net.Socket>();
	server.on('connect', (request: http.IncomingMessage, client: net.Socket) => {
		sockets.add(client);
		client.on('close', () => sockets.delete(client));
		client.on('error', () => {});
		const target = request.url ?? '';
		connects.push(target);
		const authorization = request.headers['proxy-authorization'];
		if (authorization) authorizations.push(authorization);
		if (expected && authorization !== expected) {
			client.end('HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="sfrt test proxy"\r\nContent-Length: 0\r\n\r\n');
			return;
		}
		const match = /^([^:]+):(\d+)$/.exec(target);
		if (!match || !(match[1] === testDomain || match[1]!.endsWith(`.${testDomain}`))) {
			client.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n');
			return;
		}
		const upstream = net.connect(Number(match[2]), '127.0.0.1', () => {
			tunnels++;
			client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
			upstream.pipe(client);
			client.pipe(upstream);
		});
		sockets.add(upstream);
		upstream.on('close', () => sockets.delete(upstream));
		upstream.on('error', () => client.destroy());
		client.on('close', () => upstream.destroy());
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		connects,
		tunnels: () => tunnels,
		authorizations,
		close: () => new Promise(resolve => {
			for (const socket of sockets) socket.destroy();
			server.close(() => resolve());
		}),
	};
}
