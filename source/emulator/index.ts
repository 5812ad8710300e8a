import {createServer, type RequestListener, type Server} from 'node:http';
import {createServer as createTlsServer} from 'node:https';
import type {AddressInfo} from 'node:net';
import type {EmulatorContext} from './context.js';
import {Faults} from './faults.js';
import {createRequestHandler} from './server.js';
import {OrgState} from './state.js';
import type {Emulator, EmulatorHost, EmulatorOptions, LoggedRequest} from './types.js';

export type {
	Emulator,
	EmulatorApp,
	EmulatorFaults,
	EmulatorHost,
	EmulatorOptions,
	EmulatorUser,
	FaultKind,
	LoggedRequest,
} from './types.js';
export {demoFixture} from './demo.js';

/** Starts a local Salesforce: a login host and an instance host, each on its own port. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
	const state = new OrgState(options);
	const faults = new Faults();
	const requests: LoggedRequest[] = [];
	const context: EmulatorContext = {state, urls: {loginUrl: '', instanceUrl: ''}};
	const serverFor = (host: EmulatorHost) => {
		const handler: RequestListener = createRequestHandler({host, context, faults, log: requests});
		const server = options.tls ? createTlsServer(options.tls, handler) : createServer(handler);
		// Clients close idle connections first (undici after 4 s): a server closing one at the same
		// moment would reset a request just sent on it.
		server.keepAliveTimeout = 65_000;
		return server;
	};
	const loginServer = serverFor('login');
	const instanceServer = serverFor('instance');
	const bindHost = options.host ?? '127.0.0.1';
	const scheme = options.tls ? 'https' : 'http';
	try {
		context.urls.loginUrl = await listen(loginServer, bindHost, options.loginPort ?? 0, scheme, options.hostname?.login);
		context.urls.instanceUrl = await listen(instanceServer, bindHost, options.instancePort ?? 0, scheme, options.hostname?.instance);
	} catch (error) {
		await Promise.all([stop(loginServer), stop(instanceServer)]);
		throw error;
	}

	return {
		loginUrl: context.urls.loginUrl,
		instanceUrl: context.urls.instanceUrl,
		orgId: state.orgId,
		get autoApprove() {
			return state.autoApprove;
		},
		set autoApprove(username: string | false) {
			state.autoApprove = username;
		},
		get orgActive() {
			return state.orgActive;
		},
		set orgActive(active: boolean) {
			state.orgActive = active;
		},
		addApp: app => {
			state.addApp(app);
		},
		addUser: user => {
			state.addUser(user);
		},
		app: clientId => state.app(clientId),
		user: username => state.user(username),
		advanceTime: ms => {
			state.clock.advance(ms);
		},
		faults,
		revokeAllFor: username => {
			state.revokeAllFor(username);
		},
		isRefreshTokenValid: token => state.tokens.isRefreshTokenValid(token),
		requests,
		close: async () => {
			await Promise.all([stop(loginServer), stop(instanceServer)]);
		},
	};
}

/** Listens, and says the base URL the host answers at: its address, or `name` when given. */
async function listen(server: Server, host: string, port: number, scheme: 'http' | 'https', name: string | undefined): Promise<string> {
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const address = server.address() as AddressInfo;
	const hostInUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
	return `${scheme}://${name ?? hostInUrl}:${address.port}`;
}

/** Never waits for keep-alive sockets: a test's afterAll must not hang. */
async function stop(server: Server): Promise<void> {
	if (!server.listening) {
		return;
	}

	await new Promise<void>(resolve => {
		server.close(() => {
			resolve();
		});
		server.closeAllConnections();
	});
}
