import type {Gateway} from '../net/gateway.js';
import {networkReason} from '../oauth/network-error.js';
import type {SavedOrg} from '../store/saved-org.js';
import {fail, pass, type Check} from './check.js';
import {doctorText} from './messages.js';

/** Long enough for a slow proxy, short enough that a dead host doesn't stall the whole checklist. */
export const REACHABLE_TIMEOUT_MS = 5000;

/**
 * Each login host of the saved orgs, asked once for its OpenID configuration through the
 * command's gateway (so a proxy applies as it does to logins). Any HTTP answer means the host is
 * reachable; only a request that got no answer fails.
 */
export async function checkLoginHosts(orgs: readonly SavedOrg[], gateway: Gateway, options: {timeoutMs?: number; signal?: AbortSignal | undefined} = {}): Promise<Check[]> {
	const text = doctorText.reachable;
	const hosts = [...new Set(orgs.map(org => org.loginUrl))];
	return Promise.all(hosts.map(async loginUrl => {
		try {
			const response = await gateway.send({
				method: 'GET',
				url: `${loginUrl}/.well-known/openid-configuration`,
				timeoutMs: options.timeoutMs ?? REACHABLE_TIMEOUT_MS,
				signal: options.signal,
			});
			return pass('reachable', text.ok(loginUrl, response.status));
		} catch (error) {
			return fail('reachable', text.failed(loginUrl, networkReason(error)), text.fix);
		}
	}));
}
