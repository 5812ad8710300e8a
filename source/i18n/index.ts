/**
 * The language of everything sfrt says. Each area keeps its text in a catalog (a messages.ts
 * file) holding one object per language, all of one declared type, so the compiler checks that
 * a translation has every entry with the same parameters. The area exports the active
 * language's entries as live bindings: `import {home} from './messages.js'` reads the language
 * chosen by setLocale, which runs once at start-up, before any command loads or anything renders.
 *
 * Adding a language: add its code to `locales`, then give every catalog an object for it
 * (`const ja: UiText = {...}` next to `en`); the compiler lists each catalog still missing one.
 */
export const locales = ['en', 'ja'] as const;
export type Locale = (typeof locales)[number];

/** One catalog per language, of the area's declared type. */
export type Catalogs<T> = Record<Locale, T>;

/**
 * The type a translation of `T` must have: the same keys and tuple lengths, any string in place
 * of each English one, the same parameters for each function.
 */
export type Shape<T> = T extends string
	? string
	: T extends (...args: infer A) => infer R
		? (...args: A) => Shape<R>
		: T extends object
			? {readonly [K in keyof T]: Shape<T[K]>}
			: T;

let active: Locale = 'en';
const areas: Array<(locale: Locale) => void> = [];

export function activeLocale(): Locale {
	return active;
}

/** Chooses the language; every catalog's exports follow at once. */
export function setLocale(locale: Locale): void {
	active = locale;
	for (const apply of areas) apply(locale);
}

/**
 * Declares one area's catalogs: `use` receives the active language's catalog now and after
 * each setLocale, and points the area's exports at it.
 */
export function defineCatalogs<T>(catalogs: Catalogs<T>, use: (text: T) => void): void {
	const apply = (locale: Locale) => use(catalogs[locale]);
	areas.push(apply);
	defined.push(catalogs);
	apply(active);
}

const defined: Array<Catalogs<unknown>> = [];

/** Every catalog declared so far, for the test that checks each translation is complete. */
export function definedCatalogs(): ReadonlyArray<Catalogs<unknown>> {
	return defined;
}
