/**
 * Salesforce IDs come in two forms: 15 characters, case-sensitive (some token answers), and
 * 18, the same 15 plus a 3-character suffix that makes them case-safe (identity answers). sfrt
 * keeps the 18-character form, so one login is recognised whichever form an answer used.
 */

const suffixAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

const ID_FORM = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-5]{3})?$/;

/**
 * The 18-character form of a 15- or 18-character ID. The suffix has one character per five of
 * the ID, a bit for each upper-case letter among them. Anything else comes back unchanged, for
 * the caller's own check to refuse.
 */
export function caseSafeId(id: string): string {
	if (!ID_FORM.test(id)) return id;
	const id15 = id.slice(0, 15);
	let suffix = '';
	for (let chunk = 0; chunk < 3; chunk++) {
		let upperCaseBits = 0;
		for (let offset = 0; offset < 5; offset++) {
			const character = id15.charAt(chunk * 5 + offset);
			if (character >= 'A' && character <= 'Z') upperCaseBits |= 1 << offset;
		}
		suffix += suffixAlphabet.charAt(upperCaseBits);
	}
	return id15 + suffix;
}

/** Whether two IDs name the same record, whatever form each is in. */
export function sameId(a: string, b: string): boolean {
	if (a === b) return true;
	// The case-safe suffix follows from the first 15 characters, so they alone decide (refresh
	// --all compares every saved org with every other: no suffix is worked out here).
	return ID_FORM.test(a) && ID_FORM.test(b) && a.slice(0, 15) === b.slice(0, 15);
}
