/**
 * The device flow as a source for the login engine: Salesforce gives a short code, the person
 * types it at the verification URL on any device and approves, and sfrt polls the token
 * endpoint until the tokens come. No browser on this machine and no callback URL are needed.
 */
import {toSfrtError} from '../errors.js';
import {oauthError} from '../oauth/oauth-error.js';
import type {TokenClient, TokenSet} from '../oauth/token-client.js';
import {unread, type CodeSource, type Grant} from './engine.js';

/** Salesforce sends no expires_in; its device codes last 10 minutes. */
export const DEVICE_CODE_LIFETIME_MS = 10 * 60_000;
/** What each slow_down adds to the interval (RFC 8628, 3.5). */
export const SLOW_DOWN_STEP_MS = 5000;
/** Polls lost to the network in a row before the login gives up. */
const MAX_NETWORK_FAILURES = 3;

export interface DeviceOptions {
	now?: () => number;
	/** Waits between polls; tests may make time pass faster. */
	sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
	/** Told when Salesforce asks for slower polling, with the new interval. */
	onSlowDown?: (intervalMs: number) => void;
	/** Stop waiting after this long (--timeout), if that comes before the code expires. */
	timeoutMs?: number | undefined;
}

export function deviceSource(client: TokenClient, options: DeviceOptions = {}): CodeSource {
	const now = options.now ?? Date.now;
	const sleep = options.sleep ?? sleepFor;
	return {
		async open(pending, outer) {
			const {settings} = pending;
			// Closing the channel (the login ended, whatever way) stops the polling.
			const stop = new AbortController();
			const signal = AbortSignal.any([outer, stop.signal]);
			const credentials = {loginUrl: settings.loginHost.url, clientId: settings.clientId, clientSecret: settings.clientSecret};
			const device = await client.requestDeviceCode({...credentials, scopes: settings.scopes, signal});
			const lifetimeMs = device.expiresInMs ?? DEVICE_CODE_LIFETIME_MS;
			const timedOut = options.timeoutMs !== undefined && options.timeoutMs < lifetimeMs;
			const deadline = now() + (timedOut ? options.timeoutMs! : lifetimeMs);
			const expired = () => (timedOut
				? oauthError('login-timeout', {params: {seconds: Math.round(options.timeoutMs! / 1000)}})
				: oauthError('device-expired', {params: {url: device.verificationUri, minutes: Math.round(lifetimeMs / 60_000)}}));

			const poll = async (): Promise<Grant> => {
				let intervalMs = device.intervalMs;
				let networkFailures = 0;
				for (;;) {
					// Never sooner than the interval, the first poll included.
					await sleep(Math.min(intervalMs, Math.max(0, deadline - now())), signal);
					if (now() >= deadline) throw expired();
					let tokens: TokenSet;
					try {
						tokens = await client.pollDevice({...credentials, deviceCode: device.deviceCode, signal});
					} catch (caught) {
						const error = toSfrtError(caught);
						if (error.code === 'authorization-pending') {
							networkFailures = 0;
							continue;
						}
						if (error.code === 'slow-down') {
							intervalMs += SLOW_DOWN_STEP_MS;
							options.onSlowDown?.(intervalMs);
							continue;
						}
						if (error.code === 'expired-code') throw expired();
						if ((error.code === 'network' || error.code === 'http-error') && ++networkFailures < MAX_NETWORK_FAILURES) continue;
						throw error;
					}
					return {tokens};
				}
			};

			return {
				grant: unread(poll()),
				deadline,
				device: {userCode: device.userCode, verificationUri: device.verificationUri},
				finish: () => {},
				close: async () => {
					stop.abort();
				},
			};
		},
	};
}

function sleepFor(ms: number, signal: AbortSignal): Promise<void> {
	return new Promise((resolve, reject) => {
		if (signal.aborted) return reject(oauthError('cancelled'));
		const onAbort = () => {
			clearTimeout(timer);
			reject(oauthError('cancelled'));
		};
		const timer = setTimeout(() => {
			signal.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		signal.addEventListener('abort', onAbort, {once: true});
	});
}
