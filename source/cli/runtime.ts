import {createGateway, type Gateway} from '../net/gateway.js';
import {readProxySettings} from '../net/proxy.js';
import {createTokenClient, type TokenClient} from '../oauth/token-client.js';
import {configDir} from '../store/config-dir.js';
import {OrgStore} from '../store/org-store.js';
import type {CommandContext} from './context.js';

/** What a command uses to reach Salesforce and the saved orgs, built once from its context. */
export interface Runtime {
	/** The command's one way to Salesforce. */
	gateway: Gateway;
	tokenClient: TokenClient;
	/** Opened on first use: opening it creates the config folder. */
	store(): OrgStore;
}

const runtimes = new WeakMap<CommandContext, Runtime>();

export function runtimeOf(context: CommandContext): Runtime {
	let runtime = runtimes.get(context);
	if (!runtime) {
		const gateway = createGateway({proxy: readProxySettings(context.env), ...context.http});
		let store: OrgStore | undefined;
		runtime = {
			gateway,
			tokenClient: createTokenClient({gateway}),
			store: () => (store ??= new OrgStore(configDir(context.env))),
		};
		runtimes.set(context, runtime);
	}
	return runtime;
}
