import type {SfrtError} from '../errors.js';
import {fromSalesforce} from './oauth-error.js';

export type CallbackResult =
	| {kind: 'code'; code: string}
	| {kind: 'error'; error: SfrtError}
	| {kind: 'state-mismatch'}
	| {kind: 'no-code'};

/**
 * Reads the query of the redirect Salesforce sent the browser to. The loopback catcher calls it,
 * and so can anything else that gets hold of the redirect (a pasted address bar).
 * URLSearchParams decodes the query exactly once, which is what the token request needs.
 */
export function readCallback(query: URLSearchParams, expected: {state: string; redirectUri?: string; scopes?: string}): CallbackResult {
	if (query.get('state') !== expected.state) {
		// An error redirect without our state is still someone else's redirect: don't end on it.
		return {kind: 'state-mismatch'};
	}
	const error = query.get('error');
	if (error) {
		const description = query.get('error_description') ?? undefined;
		return {
			kind: 'error',
			error: fromSalesforce(
				{error, ...(description === undefined ? {} : {error_description: description})},
				expected,
			),
		};
	}
	const code = query.get('code');
	return code ? {kind: 'code', code} : {kind: 'no-code'};
}
