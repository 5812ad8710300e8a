import type {SfrtError} from '../errors.js';
import {ProxyFailure} from '../net/proxy.js';
import {oauthText} from './messages.js';
import {oauthError} from './oauth-error.js';

/**
 * What a request that got no answer from Salesforce ran into, with its fix: the proxy (its
 * address, its password, its refusal), a certificate this machine does not trust (a company
 * proxy that inspects TLS), or the network itself.
 */
export function networkError(error: unknown, url: string): SfrtError {
	return connectionProblem(error, url) ?? oauthError('network', {params: {url: withoutQuery(url), reason: networkReason(error)}, cause: error});
}

/** The failures no retry can help, each with its own fix; undefined for a plain network failure. */
export function connectionProblem(error: unknown, url: string): SfrtError | undefined {
	const host = new URL(url).host;
	if (error instanceof ProxyFailure) {
		const params = {proxy: error.proxy.shown, variable: error.proxy.variable, host};
		switch (error.code) {
			case 'PROXY_AUTH_REQUIRED':
				return oauthError('proxy-auth-required', {params, ...(error.proxy.withCredentials ? {variant: 'refused'} : {}), cause: error});
			case 'PROXY_UNREACHABLE':
				return oauthError('proxy-unreachable', {params: {...params, reason: networkReason(error.cause)}, cause: error});
			case 'PROXY_REFUSED':
				return oauthError('proxy-refused', {params: {...params, status: error.status ?? 0}, cause: error});
			case 'PROXY_URL_INVALID':
				return oauthError('proxy-url-invalid', {params, cause: error});
		}
	}
	const code = codeOf(error);
	const certificate = code === undefined ? undefined : certificateProblem(code);
	if (!certificate) return undefined;
	return oauthError('tls-untrusted', {params: {host, reason: code!}, ...(certificate === 'untrusted' ? {} : {variant: certificate}), cause: error});
}

function certificateProblem(code: string): 'untrusted' | 'expired' | 'wrong-host' | undefined {
	if (untrustedCertificateCodes.has(code)) return 'untrusted';
	if (expiredCertificateCodes.has(code)) return 'expired';
	if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return 'wrong-host';
	return undefined;
}

/** The codes Node (OpenSSL) gives a certificate chain it cannot verify. */
const untrustedCertificateCodes = new Set([
	'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
	'SELF_SIGNED_CERT_IN_CHAIN',
	'DEPTH_ZERO_SELF_SIGNED_CERT',
	'UNABLE_TO_GET_ISSUER_CERT',
	'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
	'CERT_UNTRUSTED',
	'CERT_REJECTED',
	'CERT_SIGNATURE_FAILURE',
	'CERT_CHAIN_TOO_LONG',
	'INVALID_CA',
]);

const expiredCertificateCodes = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

export function networkReason(error: unknown): string {
	const code = codeOf(error);
	const reasons = oauthText.networkReasons;
	if (code === 'ETIMEDOUT') return reasons.noAnswer;
	if (code === 'ECONNREFUSED') return reasons.refused;
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return reasons.hostNotFound;
	if (code === 'ECONNRESET') return reasons.closed;
	if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') return reasons.unreachable;
	if (code !== undefined) return code;
	return error instanceof Error ? error.message : String(error);
}

function codeOf(error: unknown): string | undefined {
	const code = (error as {code?: unknown} | undefined)?.code;
	return typeof code === 'string' ? code : undefined;
}

function withoutQuery(url: string): string {
	const parsed = new URL(url);
	return `${parsed.origin}${parsed.pathname}`;
}
