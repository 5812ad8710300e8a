import type {SfrtError} from '../../source/errors.js';
import {createGateway, type Gateway, type Transport} from '../../source/net/gateway.js';
import {createTokenClient, type TokenClient} from '../../source/oauth/token-client.js';

/** One answer as Salesforce sent it, or a network failure (an errno code such as ECONNRESET). */
export type ReplayStep = {error: string} | {status: number; body: string; type?: string};

/**
 * A gateway that answers with a script of real Salesforce answers instead of the network, to
 * replay what was seen in the field (and failures a server can't stage on cue).
 */
export function replay(steps: ReplayStep[]): {gateway: Gateway; calls: string[]; client: TokenClient} {
	const calls: string[] = [];
	const transport: Transport = async request => {
		calls.push(`${request.method} ${request.url}`);
		const step = steps.shift();
		if (!step) throw new Error('the script has no more answers');
		if ('error' in step) throw Object.assign(new Error(step.error), {code: step.error});
		return {status: step.status, body: step.body, headers: {'content-type': step.type ?? 'application/json;charset=UTF-8'}};
	};
	const gateway = createGateway({transport});
	return {gateway, calls, client: createTokenClient({gateway, retryDelayMs: () => 0})};
}

/** A token answer as Salesforce sends it, for the org and user IDs given (in either form). */
export function tokenAnswer(ids: {orgId: string; userId: string}, overrides: Record<string, string> = {}): string {
	return JSON.stringify({
		access_token: `${ids.orgId}!AQ.access`,
		refresh_token: '5Aep861.refresh',
		signature: 'c2lnbmF0dXJl',
		scope: 'refresh_token api',
		instance_url: 'https://acme.my.salesforce.com',
		id: `https://login.salesforce.com/id/${ids.orgId}/${ids.userId}`,
		token_type: 'Bearer',
		issued_at: '1764000000000',
		...overrides,
	});
}

/** An identity answer as Salesforce sends it. */
export function identityAnswer(ids: {orgId: string; userId: string}, username = 'ada@acme.com'): string {
	return JSON.stringify({id: `https://login.salesforce.com/id/${ids.orgId}/${ids.userId}`, user_id: ids.userId, organization_id: ids.orgId, username, display_name: 'Ada Lovelace', email: username});
}

export async function failureOf(promise: Promise<unknown>): Promise<SfrtError> {
	try {
		await promise;
	} catch (error) {
		return error as SfrtError;
	}
	throw new Error('expected a failure');
}
