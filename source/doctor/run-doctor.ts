import type {Gateway} from '../net/gateway.js';
import {mapWithLimit} from '../orgs/pool.js';
import type {RefreshClient} from '../orgs/refresh.js';
import {storeFilePath, type OrgStore} from '../store/org-store.js';
import {checkCallbackPorts} from './callback-ports.js';
import {pass, reportOf, type Check, type DoctorReport} from './check.js';
import {doctorText} from './messages.js';
import {checkCa, checkProxy} from './network-checks.js';
import {readNetworkSettings} from './network-settings.js';
import {checkNode} from './node-check.js';
import {checkOrg} from './org-checks.js';
import {checkLoginHosts} from './reachable.js';
import {checkStoreMode, openStore} from './store-checks.js';

/** How many orgs are checked at once: each is a refresh and an identity read. */
const ORG_CONCURRENCY = 4;

export interface DoctorOptions {
	env: NodeJS.ProcessEnv;
	/** The config folder the store lives in. */
	configDir: string;
	/** Opens the store (it may throw: that is the first thing checked). */
	openStore: () => OrgStore;
	gateway: Gateway;
	client: RefreshClient;
	/** Check only this saved org; an unknown alias throws org-not-found before anything is checked. */
	alias?: string | undefined;
	nodeVersion?: string;
	platform?: NodeJS.Platform;
	now?: () => Date;
	signal?: AbortSignal | undefined;
}

/**
 * Everything `sfrt doctor` checks, in the order it lists them: this machine (Node, the store
 * and its modes, proxy and CA settings), then what the saved orgs need (their callback ports and
 * login hosts), then each org (its token, identity, scopes and idle time). A check never throws:
 * it reports; only an unknown alias does.
 */
export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
	// Before the store is opened: opening it makes a looser folder or file private again.
	const modes = checkStoreMode(storeFilePath(options.configDir), options.platform);
	const opened = openStore(options.openStore);
	const orgs = opened.store && options.alias !== undefined ? [opened.store.resolve(options.alias)] : opened.orgs;
	const network = readNetworkSettings(options.env);
	const checks: Check[] = [
		checkNode(options.nodeVersion ?? process.versions.node),
		opened.check,
		modes,
		checkProxy(network),
		checkCa(network),
	];
	if (!opened.store || !orgs) return reportOf(checks);
	if (orgs.length === 0) return reportOf([...checks, pass('orgs', doctorText.orgs.none)]);
	const store = opened.store;
	checks.push(...await checkCallbackPorts(orgs), ...await checkLoginHosts(orgs, options.gateway, {signal: options.signal}));
	const perOrg = await mapWithLimit(orgs, ORG_CONCURRENCY, org => checkOrg(store, org, options.client, {...(options.now ? {now: options.now} : {})}));
	return reportOf([...checks, ...perOrg.flat()]);
}
