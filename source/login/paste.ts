/**
 * Paste mode: the person opens the authorize URL wherever a browser is (another machine, over
 * SSH), logs in, and pastes the address the browser ended on, or just the code. Nothing listens
 * for the redirect, so any callback URL registered on the app works.
 */
import type {SfrtError} from '../errors.js';
import {readCallback} from '../oauth/callback.js';
import {oauthText} from '../oauth/messages.js';
import {oauthError} from '../oauth/oauth-error.js';
import {errorFromPageText} from '../oauth/page-error.js';
import type {PendingLogin} from '../oauth/login.js';
import {unread, type CodeSource} from './engine.js';

/** Salesforce's codes are base64 text, often ending in "==". */
const codeShape = /^[\w.+/=-]+$/;
const MIN_CODE_LENGTH = 20;

/**
 * The code in what was pasted: a whole address (its state checked, an error= redirect reported
 * with its fix) or a bare code. Copying damage is undone where it can be (line breaks and spaces
 * inside, a code encoded twice); what can't be is refused with the reason. Throws SfrtErrors.
 */
export function codeFromPaste(pasted: string, pending: Pick<PendingLogin, 'state' | 'settings'>): string {
	// A terminal breaks a long line when it is copied: no address or code holds white space.
	const text = pasted.replaceAll(/\s+/g, '');
	if (text === '') throw oauthError('paste-empty');
	// What an error page said, pasted instead of an address: its fix, not "damaged code".
	const pageError = pageErrorOfPaste(pasted, pending);
	if (pageError) throw pageError;
	const query = queryOf(text);
	if (!query && looksLikeProse(pasted)) throw oauthError('paste-unrecognised');
	if (query) {
		const result = readCallback(query, {state: pending.state, redirectUri: pending.settings.redirectUri.url, scopes: pending.settings.scopes.join(' ')});
		if (result.kind === 'state-mismatch') throw query.has('state') ? oauthError('paste-other-login') : oauthError('paste-no-code');
		if (result.kind === 'error') throw result.error;
		if (result.kind === 'no-code') throw oauthError('paste-no-code');
		return undoEncoding(result.code);
	}
	return undoEncoding(text);
}

/**
 * The error an error page names, when what was pasted is that page's text (not an address,
 * not a code): the login cannot go on, and the person needs that error's fix.
 */
export function pageErrorOfPaste(pasted: string, pending: Pick<PendingLogin, 'settings'>): SfrtError | undefined {
	const text = pasted.replaceAll(/\s+/g, '');
	if (text === '' || queryOf(text)) return undefined;
	return errorFromPageText(pasted, {redirectUri: pending.settings.redirectUri.url, scopes: pending.settings.scopes.join(' ')});
}

/**
 * Words, not a code broken by the terminal: a code splits into long runs of mixed characters,
 * the text of a page into short words ("Problem Logging In").
 */
function looksLikeProse(pasted: string): boolean {
	return pasted.trim().split(/\s+/).filter(part => /^[A-Za-z][a-z']{1,11}[.,:;!?]?$/.test(part)).length >= 2;
}

/** The query of a pasted address, or undefined for a bare code. */
function queryOf(text: string): URLSearchParams | undefined {
	if (/^https?:\/\//i.test(text) || /^[^?]*\?.*\bcode=|[?&](?:state|error)=/.test(text)) {
		return new URLSearchParams(text.slice(text.indexOf('?') + 1).replace(/#.*$/, ''));
	}
	return undefined;
}

/** A code is sent decoded exactly once: a "%3D" still in it means it was encoded twice. */
function undoEncoding(code: string): string {
	let decoded = code;
	for (let i = 0; i < 2 && /%[\dA-Fa-f]{2}/.test(decoded); i++) {
		try {
			decoded = decodeURIComponent(decoded);
		} catch {
			break;
		}
	}
	if (!codeShape.test(decoded)) throw oauthError('paste-damaged', {params: {reason: oauthText.pasteDamage.characters}});
	if (decoded.length < MIN_CODE_LENGTH) throw oauthError('paste-damaged', {params: {reason: oauthText.pasteDamage.short}});
	// Salesforce's codes end in "==", which a double-click selection leaves behind.
	if (decoded.startsWith('aPrx') && !decoded.endsWith('=')) throw oauthError('paste-damaged', {params: {reason: oauthText.pasteDamage.lostPadding}});
	return decoded;
}

/** Paste as a code source: the code is whatever `readPaste` returns (one line from stdin). */
export function pasteSource(readPaste: (signal: AbortSignal) => Promise<string>): CodeSource {
	return {
		async open(pending, signal) {
			return {
				grant: unread(readPaste(signal).then(text => ({code: codeFromPaste(text, pending)}))),
				finish: () => {},
				close: async () => {},
			};
		},
	};
}
