import {describe, expect, it} from 'vitest';
import {codeChallengeS256, createCodeVerifier, createState} from '../../source/oauth/pkce.js';

describe('PKCE', () => {
	it('matches the RFC 7636 Appendix B example', () => {
		expect(codeChallengeS256('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
	});

	it('makes verifiers of 43 to 128 unreserved characters, different each time', () => {
		const verifiers = Array.from({length: 50}, () => createCodeVerifier());
		for (const verifier of verifiers) {
			expect(verifier.length).toBeGreaterThanOrEqual(43);
			expect(verifier.length).toBeLessThanOrEqual(128);
			expect(verifier).toMatch(/^[A-Za-z\d\-._~]+$/);
		}
		expect(new Set(verifiers).size).toBe(50);
	});

	it('refuses a verifier length outside the RFC range', () => {
		expect(() => createCodeVerifier(16)).toThrow(RangeError);
		expect(() => createCodeVerifier(100)).toThrow(RangeError);
	});

	it('makes a state of at least 128 bits', () => {
		const state = createState();
		expect(Buffer.from(state, 'base64url').length).toBeGreaterThanOrEqual(16);
		expect(createState()).not.toBe(state);
	});
});
