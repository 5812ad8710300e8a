import net from 'node:net';

/** A port nothing listens on right now (the OS picks it). */
export async function freePort(host = '127.0.0.1'): Promise<number> {
	const server = net.createServer();
	await new Promise<void>(resolve => server.listen(0, host, resolve));
	const {port} = server.address() as net.AddressInfo;
	await new Promise(resolve => server.close(resolve));
	return port;
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
