/** Fields whose values are credentials: a trace shows that they were sent, never what they were. */
const secretFields = new Set(['code', 'code_verifier', 'client_secret', 'refresh_token', 'access_token', 'id_token', 'token', 'password', 'assertion', 'device_code', 'sfdx_url']);

export const REDACTED = '[redacted]';

export function redactForm(form: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(form).map(([name, value]) => [name, secretFields.has(name) ? REDACTED : value]));
}

/** A response body with the values of secret JSON fields replaced; a body that is not JSON is withheld whole. */
export function redactBody(body: string): string {
	if (body.trim() === '') return '';
	try {
		return JSON.stringify(JSON.parse(body), (key, value: unknown) => (secretFields.has(key) && typeof value === 'string' ? REDACTED : value));
	} catch {
		return REDACTED;
	}
}

/** A URL with secret query parameters (a code in a redirect) redacted. */
export function redactUrl(url: string): string {
	try {
		const parsed = new URL(url);
		for (const name of [...parsed.searchParams.keys()]) {
			if (secretFields.has(name)) parsed.searchParams.set(name, REDACTED);
		}
		return parsed.toString();
	} catch {
		return url;
	}
}
