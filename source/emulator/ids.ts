import {randomInt} from 'node:crypto';

const alphanumeric = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const tokenAlphabet = alphanumeric + '._';
// A person types the user code: no O, I, L or 1, which are easily taken for 0 and each other.
const userCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ023456789';
const checksumAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

export function randomString(length: number, alphabet = alphanumeric): string {
	let result = '';
	for (let index = 0; index < length; index++) {
		result += alphabet[randomInt(alphabet.length)];
	}

	return result;
}

/**
 * The 3-character suffix that turns a case-sensitive 15-character id into the
 * case-insensitive 18-character form: one character per 5-character chunk,
 * encoding which of its characters are upper case.
 */
export function idChecksum(id15: string): string {
	let suffix = '';
	for (let chunk = 0; chunk < 3; chunk++) {
		let upperCaseBits = 0;
		for (let offset = 0; offset < 5; offset++) {
			const character = id15.charAt(chunk * 5 + offset);
			if (character >= 'A' && character <= 'Z') {
				upperCaseBits |= 1 << offset;
			}
		}

		suffix += checksumAlphabet.charAt(upperCaseBits);
	}

	return suffix;
}

/** An 18-character id such as 005Dn00000Ab3xYIAR: key prefix, pod, zeros, a random tail, checksum. */
export function salesforceId(keyPrefix: '00D' | '005'): string {
	const id15 = keyPrefix + 'Dn0000' + randomString(6);
	return id15 + idChecksum(id15);
}

export function authorizationCode(): string {
	return 'aPrx' + randomString(80, tokenAlphabet) + '==';
}

export function accessToken(orgId: string): string {
	return `${orgId}!AQ` + randomString(96, tokenAlphabet);
}

export function refreshToken(): string {
	return '5Aep861' + randomString(80, tokenAlphabet);
}

export function opaqueId(): string {
	return randomString(32);
}

/** The code a device shows its user, e.g. 08T3AY9D. */
export function userCode(): string {
	return randomString(8, userCodeAlphabet);
}

export function deviceCode(): string {
	return randomString(64);
}
