import {createHash} from 'node:crypto';
import type {CodeGrant} from './codes.js';

export function verifierMatches(grant: CodeGrant, verifier: string | undefined): boolean {
	if (grant.codeChallenge === undefined) {
		return true;
	}

	if (verifier === undefined || verifier === '') {
		return false;
	}

	const expected = grant.codeChallengeMethod === 'plain' ? verifier : createHash('sha256').update(verifier).digest('base64url');
	return expected === grant.codeChallenge;
}
