import {presentText} from './messages.js';

/** Enough of a secret to tell two apart, never enough to use. */
export function mask(secret: string | undefined): string {
	if (!secret) return presentText.none;
	if (secret.length < 16) return '••••';
	return `${secret.slice(0, 4)}…${secret.slice(-4)}`;
}

/** The secret itself when revealed, else masked. */
export function secret(value: string | undefined, reveal: boolean): string {
	return reveal ? value ?? presentText.none : mask(value);
}
