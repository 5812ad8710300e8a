/**
 * Every catalog has a translation for each language (the compiler checks the shape: the same
 * keys, tuple lengths and parameters); this checks the values. Wherever the English says
 * something in words, the Japanese must say something else: an entry copied over untranslated
 * fails. Functions are called with sample arguments and their results compared the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {definedCatalogs, locales, type Catalogs} from '../../source/i18n/index.js';

const root = path.resolve(import.meta.dirname, '../../source');
const catalogFiles = (fs.readdirSync(root, {recursive: true}) as string[]).filter(file => /(^|[-/])messages\.ts$/.test(file)).sort();
/** The file that declared each catalog, in declaration order. */
const declaredIn: string[] = [];
for (const file of catalogFiles) {
	await import(path.join(root, file));
	while (declaredIn.length < definedCatalogs().length) declaredIn.push(file);
}

/** Words that stay as they are in every language: names, keys, protocol terms. */
const untranslatable = new Set([
	'sfrt', 'salesforce', 'chromium', 'oauth', 'api', 'url', 'urls', 'json', 'sandbox', 'enter', 'esc', 'ctrl', 'pgup', 'pgdn', 'home', 'end', 'tab',
	'sfdx', 'node', 'pem', 'tls', 'http', 'https', 'pkce', 'cron', 'curl', 'ssh', 'wsl', 'env', 'shell', 'ok', 'id', 'ids', 'xdg', 'open', 'experience',
	'cloud', 'developer', 'edition', 'lightning', 'localhost', 'osc', 'max', 'the', 'and', 'org', 'orgs',
]);

/** Whether a text says something in English words, once names, flags, commands and values are set aside. */
function hasEnglishWords(text: string): boolean {
	const prose = text
		.replaceAll(/\{\w+\}/g, ' ')
		.replaceAll(/https?:\/\/\S+|[\w.-]+\.(?:com|json|pem|md)\b/g, ' ')
		.replaceAll(/--?[\w-]+/g, ' ')
		.replaceAll(/"sfrt [^"]*"|`[^`]*`|sfrt [a-z]+(?: [<[-][^\s]*)*/g, ' ')
		.replaceAll(/\b[A-Z][A-Z0-9_]{1,}\b|\b\w*[_/.]\w+\b/g, ' ')
		.replaceAll(/SAMPLE\d/g, ' ');
	const words = prose.match(/[A-Za-z]{3,}/g) ?? [];
	return words.some(word => !untranslatable.has(word.toLowerCase()));
}

/** Sample arguments for a catalog function: strings first, numbers if strings don't do. */
function call(fn: (...args: unknown[]) => unknown, attempt: 'string' | 'number'): unknown {
	const args = Array.from({length: Math.max(fn.length, 1)}, (_, i) => (attempt === 'string' ? `SAMPLE${i}` : i + 2));
	return fn(...args);
}

interface Pair {
	key: string;
	en: unknown;
	other: unknown;
}

/** Every leaf of two catalogs side by side: strings, and what functions return. */
function pairs(en: unknown, other: unknown, key: string, out: Pair[]): Pair[] {
	if (typeof en === 'function' && typeof other === 'function') {
		for (const attempt of ['string', 'number'] as const) {
			let results: [unknown, unknown];
			try {
				results = [call(en as (...args: unknown[]) => unknown, attempt), call(other as (...args: unknown[]) => unknown, attempt)];
			} catch {
				continue;
			}
			return pairs(results[0], results[1], `${key}()`, out);
		}
		out.push({key: `${key}() (not callable with samples)`, en: 'n/a', other: 'n/a'});
	} else if (en && typeof en === 'object') {
		expect(other, key).toBeTypeOf('object');
		expect(Object.keys(other as object).sort(), key).toEqual(Object.keys(en).sort());
		for (const [name, value] of Object.entries(en)) pairs(value, (other as Record<string, unknown>)[name], `${key}.${name}`, out);
	} else {
		out.push({key, en, other});
	}
	return out;
}

/** Entries that stay in English in every language, each with why. */
const keptInEnglish = new Map([
	['cli/messages.ts.explain.prefix', 'the flag\'s name, which starts each --explain line'],
	['emulator/messages.ts.crossOrgNotSupported', 'Salesforce\'s own words on its error page, in English whatever the org\'s language: page-error.ts recognises them'],
]);

const catalogs = definedCatalogs() as ReadonlyArray<Catalogs<Record<string, unknown>>>;
const others = locales.filter(locale => locale !== 'en');

describe.each(others)('the %s catalogs', locale => {
	it('one for each catalog file, as many as the files declare', () => {
		expect(catalogs.length).toBeGreaterThanOrEqual(catalogFiles.length);
		for (const catalog of catalogs) expect(catalog[locale]).toBeTypeOf('object');
	});

	it('translate every text the English says in words', () => {
		const untranslated: string[] = [];
		let compared = 0;
		catalogs.forEach((catalog, index) => {
			for (const {key, en, other} of pairs(catalog.en, catalog[locale], declaredIn[index]!, [])) {
				if (typeof en !== 'string') continue;
				expect(typeof other, key).toBe('string');
				compared++;
				if (hasEnglishWords(en) && other === en && !keptInEnglish.has(key)) untranslated.push(`${key}: ${en}`);
			}
		});
		expect(compared).toBeGreaterThan(800);
		expect(untranslated).toEqual([]);
	});
});

describe('hasEnglishWords', () => {
	it.each([
		['Log in to Salesforce', true],
		['Consumer Key', true],
		[' · ', false],
		['sfrt', false],
		['{reason}', false],
		['https://login.salesforce.com', false],
		['--client-id', false],
		['SFRT_CLIENT_ID', false],
		['"sfrt login --device"', false],
		['invalid_grant', false],
	])('%j → %s', (text, expected) => {
		expect(hasEnglishWords(text)).toBe(expected);
	});
});
