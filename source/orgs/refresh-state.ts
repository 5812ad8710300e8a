import type {SfrtError} from '../errors.js';

/** What a refresh of one org came to; the wizard and `sfrt refresh` show the same. */
export type RefreshState = 'ok' | 'revoked' | 'app-not-installed' | 'invalid-client' | 'unreachable' | 'failed';

/** Sorts an error from Salesforce (or the way there) into the state the user acts on. */
export function refreshStateOf(error: SfrtError): Exclude<RefreshState, 'ok'> {
	switch (error.code) {
		case 'refresh-token-invalid':
		case 'invalid-token':
			return 'revoked';
		case 'app-not-installed':
		case 'app-blocked':
			return 'app-not-installed';
		case 'invalid-client':
		case 'invalid-client-id':
			return 'invalid-client';
		case 'network':
		case 'http-error':
		case 'not-json':
		case 'proxy-auth-required':
		case 'proxy-unreachable':
		case 'proxy-refused':
		case 'proxy-url-invalid':
		case 'tls-untrusted':
			return 'unreachable';
		default:
			return 'failed';
	}
}
