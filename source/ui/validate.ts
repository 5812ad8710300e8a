import {toSfrtError, type SfrtError} from '../errors.js';
import {resolveLoginHost, type LoginHost} from '../oauth/hosts.js';
import {parseRedirectUri, type RedirectUri} from '../oauth/redirect-uri.js';
import {consumerKey, consumerSecret} from './messages.js';

/** What a prompt shows under its input: an error blocks Enter, a warning does not. */
export interface Check {
	error?: string;
	/** How to fix the error. */
	hint?: string;
	warning?: string;
}

export function checkConsumerKey(value: string): Check {
	const key = value.trim();
	if (!key) return {error: consumerKey.empty};
	if (/\s/.test(key)) return {error: consumerKey.spaces};
	if (!key.startsWith('3MVG') || key.length < 40) return {warning: consumerKey.unusual};
	return {};
}

export function checkConsumerSecret(value: string): Check {
	return /\s/.test(value.trim()) ? {error: consumerSecret.spaces} : {};
}

export type Parsed<T> = {ok: true; value: T} | {ok: false; error: SfrtError};

export function checkLoginHost(value: string): Parsed<LoginHost> {
	try {
		return {ok: true, value: resolveLoginHost(value)};
	} catch (error) {
		return {ok: false, error: toSfrtError(error)};
	}
}

export function checkRedirectUri(value: string): Parsed<RedirectUri> {
	try {
		return {ok: true, value: parseRedirectUri(value)};
	} catch (error) {
		return {ok: false, error: toSfrtError(error)};
	}
}
