import net from 'node:net';

/**
 * A port nothing listens on right now, for a catcher a test starts later. Picked below Linux's
 * ephemeral range (32768 and up): a port the OS hands out may meanwhile become the local end of
 * one of the many connections parallel tests open, and the catcher then can't listen on it.
 */
export async function freePort(host = '127.0.0.1'): Promise<number> {
	for (;;) {
		const port = 20_000 + Math.floor(Math.random() * 12_000);
		if (await canListen(port, host)) return port;
	}
}

function canListen(port: number, host: string): Promise<boolean> {
	return new Promise(resolve => {
		const server = net.createServer();
		server.once('error', () => resolve(false));
		server.listen({port, host, exclusive: true}, () => server.close(() => resolve(true)));
	});
}

/** Whether something accepts connections on the port. */
export function isListening(port: number, host = '127.0.0.1'): Promise<boolean> {
	return new Promise(resolve => {
		const socket = net.connect({port, host});
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}
