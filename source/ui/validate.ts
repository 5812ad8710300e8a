import {toSfrtError, type SfrtError} from '../errors.js';
import {resolveLoginHost, type LoginHost} from '../oauth/hosts.js';
import {parsePastedRedirectUri, parseRedirectUri, type RedirectUri} from '../oauth/redirect-uri.js';
import type {LoginMethod} from '../login/settings.js';
import {validateAlias} from '../store/org-store.js';
import type {SavedOrg} from '../store/saved-org.js';
import {consumerKey, consumerSecret} from './messages.js';

/** What a prompt shows under its input: an error blocks Enter, a warning does not. */
export interface Check {
	error?: string;
	/** How to fix the error. */
	hint?: string;
	warning?: string;
}

/** A check that fails with what `run` throws (an SfrtError's message and fix), or passes. */
export function checkThat(run: () => unknown): Check {
	try {
		run();
		return {};
	} catch (error) {
		const failure = toSfrtError(error);
		return {error: failure.message, hint: failure.hint};
	}
}

/**
 * A new alias, checked as it is typed: the alias rules, then whether another saved login holds
 * it (`holderOf`), said with the caller's words for the place it is asked in.
 */
export function checkNewAlias(typed: string, holderOf: (alias: string) => Pick<SavedOrg, 'username'> | undefined, taken: {message: (alias: string, username: string) => string; hint: string}): Check {
	const alias = typed.trim();
	const rules = checkThat(() => validateAlias(alias));
	if (rules.error) return rules;
	const holder = holderOf(alias);
	return holder ? {error: taken.message(alias, holder.username), hint: taken.hint} : {};
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

/** A callback URL for the catcher, or (paste mode) any URL that could be registered on the app. */
export function checkRedirectUri(value: string, method: LoginMethod = 'browser'): Parsed<RedirectUri> {
	try {
		return {ok: true, value: (method === 'browser' ? parseRedirectUri : parsePastedRedirectUri)(value)};
	} catch (error) {
		return {ok: false, error: toSfrtError(error)};
	}
}
