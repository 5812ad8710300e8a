/** What a terminal sends for the keys the tests press. */
export const keys = {
	enter: '\r',
	escape: '\u001B',
	up: '\u001B[A',
	down: '\u001B[B',
	ctrlC: '\u0003',
	backspace: '\u007F',
} as const;
