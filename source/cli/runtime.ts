import {createGateway, type Gateway} from '../net/gateway.js';
import {readProxySettings} from '../net/proxy.js';
import {createTokenClient, type TokenClient} from '../oauth/token-client.js';
import {configDir} from '../store/config-dir.js';
import {OrgStore} from '../store/org-store.js';
import type {CommandContext} from './context.js';
import {colours} from './format.js';

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
			store: () => (store ??= openStore(context)),
		};
		runtimes.set(context, runtime);
	}
	return runtime;
}

/** The saved orgs; what opening them put right (a folder or file others could read) is said on stderr. */
function openStore(context: CommandContext): OrgStore {
	const store = new OrgStore(configDir(context.env));
	const c = colours(context.stderr, context.env);
	for (const line of store.repaired) context.stderr.write(`${c.yellow(line)}\n`);
	return store;
}
