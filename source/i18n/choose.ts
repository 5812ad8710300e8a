import {locales, type Locale} from './index.js';

/** What the arguments and environment say about the language, and the arguments without --lang. */
export interface LocaleChoice {
	locale: Locale;
	argv: string[];
	/** A --lang value sfrt doesn't speak: the caller reports it as a usage error. */
	unknown?: string;
}

/**
 * The language: --lang (anywhere on the line, before a "--"), then SFRT_LANG, then the POSIX
 * locale (LC_ALL, then LC_MESSAGES, then LANG: the first one set decides, as for any program).
 * A locale naming a language sfrt doesn't speak means English; so does C or POSIX.
 */
export function chooseLocale(argv: readonly string[], env: NodeJS.ProcessEnv): LocaleChoice {
	const rest: string[] = [];
	let flag: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--') {
			rest.push(...argv.slice(i));
			break;
		}
		if (arg === '--lang') {
			flag = argv[i + 1] ?? '';
			i++;
		} else if (arg.startsWith('--lang=')) {
			flag = arg.slice('--lang='.length);
		} else {
			rest.push(arg);
		}
	}
	if (flag !== undefined) {
		const locale = localeOf(flag);
		return locale ? {locale, argv: rest} : {locale: fromEnvironment(env), argv: rest, unknown: flag};
	}
	return {locale: fromEnvironment(env), argv: rest};
}

function fromEnvironment(env: NodeJS.ProcessEnv): Locale {
	const chosen = env.SFRT_LANG && localeOf(env.SFRT_LANG);
	if (chosen) return chosen;
	const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG;
	return (posix && localeOf(posix)) || 'en';
}

/** "ja", "ja_JP.UTF-8", "ja-JP", "JA" → ja; anything else sfrt doesn't speak → undefined. */
export function localeOf(value: string): Locale | undefined {
	const language = value.trim().toLowerCase().split(/[_.@-]/)[0];
	return locales.find(locale => locale === language);
}
