import {createHash, randomBytes} from 'node:crypto';
import {oauthText} from './messages.js';

/** RFC 7636: 43 to 128 characters of [A-Za-z0-9-._~]; 64 random bytes give 86 characters. */
export function createCodeVerifier(randomByteCount = 64): string {
	const verifier = randomBytes(randomByteCount).toString('base64url');
	if (verifier.length < 43 || verifier.length > 128) {
		throw new RangeError(oauthText.pkceVerifierLength(verifier.length));
	}
	return verifier;
}

export function codeChallengeS256(verifier: string): string {
	return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** 256 bits from the CSPRNG; the loopback catcher accepts a redirect only with this value. */
export function createState(): string {
	return randomBytes(32).toString('base64url');
}
