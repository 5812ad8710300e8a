import net from 'node:net';
import {parseRedirectUri} from '../oauth/redirect-uri.js';
import type {SavedOrg} from '../store/saved-org.js';
import {pass, warn, type Check} from './check.js';
import {doctorText} from './messages.js';

/**
 * The loopback ports the saved orgs' callback URLs name must be free for a browser login to
 * catch its redirect. Each is tried by listening on it for a moment, the way the catcher will
 * (connecting to it instead can hang for long on some systems). Callback URLs that are not on
 * this machine (paste mode) have no port to check.
 */
export async function checkCallbackPorts(orgs: readonly SavedOrg[]): Promise<Check[]> {
	const text = doctorText.callbackPort;
	const ports = new Map<string, {hostname: string; port: number; aliases: string[]}>();
	for (const org of orgs) {
		let uri;
		try {
			uri = parseRedirectUri(org.redirectUri);
		} catch {
			continue;
		}
		const key = `${uri.hostname}:${uri.port}`;
		const entry = ports.get(key) ?? {hostname: uri.hostname, port: uri.port, aliases: []};
		entry.aliases.push(org.alias);
		ports.set(key, entry);
	}
	return Promise.all([...ports.values()].map(async ({hostname, port, aliases}) => {
		const problem = await listenProblem(hostname, port);
		if (problem === undefined) return pass('callback-port', text.free(port, aliases.join(', ')));
		if (problem === 'EADDRINUSE') return warn('callback-port', text.inUse(port), text.inUseFix(port));
		return warn('callback-port', text.unusable(port, problem), text.unusableFix);
	}));
}

/** Why the catcher could not listen on the port now (an error code), or undefined when it could. */
async function listenProblem(hostname: string, port: number): Promise<string | undefined> {
	const hosts = hostname === 'localhost' ? ['127.0.0.1', '::1'] : [hostname];
	for (const host of hosts) {
		try {
			await listenBriefly(host, port);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code ?? String(error);
			// A machine without IPv6 still serves localhost on 127.0.0.1.
			if (host === '::1' && hostname === 'localhost' && (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT')) continue;
			return code;
		}
	}
	return undefined;
}

function listenBriefly(host: string, port: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.once('error', reject);
		server.listen({port, host, exclusive: true}, () => {
			server.close(() => resolve());
		});
	});
}
