/**
 * The language sfrt speaks: --lang, then SFRT_LANG, then LC_ALL, LC_MESSAGES, LANG; English by
 * default. Codes, exit codes and --json keys never change with it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {chooseLocale, localeOf} from '../../source/i18n/choose.js';
import {setLocale} from '../../source/i18n/index.js';
import {authorizeUrl, get, standardAuthorizeParams} from '../emulator/helpers.js';
import {startSeedEmulator} from '../helpers/seed-org.js';
import {ensureBuilt, parseJson, runBuilt, runMain} from '../helpers/cli.js';

const japanese = /[\u3040-\u30FF\u4E00-\u9FFF]/;

describe('chooseLocale', () => {
	it.each([
		[[], {}, 'en'],
		[[], {LANG: 'ja_JP.UTF-8'}, 'ja'],
		[[], {LANG: 'ja_JP.eucJP'}, 'ja'],
		[[], {LANG: 'C'}, 'en'],
		[[], {LANG: 'POSIX'}, 'en'],
		[[], {LANG: 'fr_FR.UTF-8'}, 'en'],
		[[], {LANG: 'ja_JP.UTF-8', LC_MESSAGES: 'en_US.UTF-8'}, 'en'],
		[[], {LANG: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8'}, 'ja'],
		[[], {LC_MESSAGES: 'ja_JP.UTF-8', LC_ALL: 'C'}, 'en'],
		[[], {LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8'}, 'ja'],
		[[], {LANG: 'ja_JP.UTF-8', SFRT_LANG: 'en'}, 'en'],
		[[], {LANG: 'en_US.UTF-8', SFRT_LANG: 'ja'}, 'ja'],
		// A language sfrt doesn't speak in SFRT_LANG: the locale decides.
		[[], {LANG: 'ja_JP.UTF-8', SFRT_LANG: 'de'}, 'ja'],
		[['--lang', 'ja'], {SFRT_LANG: 'en'}, 'ja'],
		[['list', '--lang=en'], {LC_ALL: 'ja_JP.UTF-8'}, 'en'],
	] as const)('%j with %j → %s', (argv, env, locale) => {
		expect(chooseLocale(argv, env).locale).toBe(locale);
	});

	it('takes --lang out of the arguments, wherever it is, and leaves what follows "--"', () => {
		expect(chooseLocale(['list', '--lang', 'ja', '--json'], {}).argv).toEqual(['list', '--json']);
		expect(chooseLocale(['--lang=ja', 'why', '--', '--lang', 'x'], {}).argv).toEqual(['why', '--', '--lang', 'x']);
	});

	it('reports a --lang it does not speak, and keeps the language the environment gives', () => {
		expect(chooseLocale(['--lang', 'fr'], {LANG: 'ja_JP.UTF-8'})).toEqual({locale: 'ja', argv: [], unknown: 'fr'});
		expect(chooseLocale(['--lang'], {})).toMatchObject({unknown: ''});
	});

	it('reads a language from its usual spellings', () => {
		expect(['ja', 'JA', 'ja-JP', 'ja_JP', 'ja_JP.UTF-8', 'ja_JP@calendar=japanese'].map(localeOf)).toEqual(Array(6).fill('ja'));
		expect(['', 'jap', 'j', 'en_US', 'C.UTF-8'].map(localeOf)).toEqual([undefined, undefined, undefined, 'en', undefined]);
	});
});

describe('the built sfrt in Japanese', () => {
	beforeAll(ensureBuilt);

	it('LANG=ja_JP.UTF-8: sfrt --help is Japanese', async () => {
		const run = await runBuilt(['--help'], {env: {LANG: 'ja_JP.UTF-8'}});
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^使い方$/m);
		expect(run.stdout).toMatch(/^コマンド$/m);
		expect(run.stdout).toContain('--lang <en|ja>');
		expect(run.stdout).not.toMatch(/^Usage$/m);
	});

	it('LANG=ja_JP.UTF-8: a command\'s --help is Japanese too', async () => {
		const run = await runBuilt(['login', '--help'], {env: {LANG: 'ja_JP.UTF-8'}});
		expect(run.code).toBe(0);
		expect(run.stdout.split('\n').filter(line => japanese.test(line)).length).toBeGreaterThan(10);
		expect(run.stdout).toContain('--client-id');
	});

	it('an error in --json keeps its English code and exit code, with a Japanese message and hint', async () => {
		const english = await runBuilt(['show', 'nope', '--json']);
		const run = await runBuilt(['show', 'nope', '--json'], {env: {LANG: 'ja_JP.UTF-8'}});
		expect(run.code).toBe(english.code);
		expect(run.code).not.toBe(0);
		const {ok, error} = parseJson(run.stdout);
		const englishError = parseJson(english.stdout).error;
		expect(ok).toBe(false);
		expect(Object.keys(error).sort()).toEqual(Object.keys(englishError).sort());
		expect(error.code).toBe('org-not-found');
		expect(error.message).toMatch(japanese);
		expect(error.hint).toMatch(japanese);
		expect(error.message).not.toBe(englishError.message);
		// The human-readable block on stderr speaks Japanese as well.
		expect(run.stderr).toContain('対処');
		expect(run.stderr).toContain('(org-not-found)');
	});

	it('SFRT_LANG=en wins over the locale', async () => {
		const run = await runBuilt(['show', 'nope', '--json'], {env: {LANG: 'ja_JP.UTF-8', LC_ALL: 'ja_JP.UTF-8', SFRT_LANG: 'en'}});
		const {error} = parseJson(run.stdout);
		expect(error.message).toBe('No saved org is called "nope".');
		expect(run.stderr).not.toMatch(japanese);
	});

	it('--lang ja wins over SFRT_LANG, and a language sfrt does not speak is bad usage', async () => {
		const run = await runBuilt(['--lang', 'ja', 'show', 'nope', '--json'], {env: {SFRT_LANG: 'en'}});
		expect(parseJson(run.stdout).error.message).toMatch(japanese);
		const unknown = await runBuilt(['list', '--lang', 'fr', '--json'], {env: {LANG: 'ja_JP.UTF-8'}});
		expect(unknown.code).toBe(2);
		const {error} = parseJson(unknown.stdout);
		expect(error.code).toBe('unknown-language');
		// Said in the language the environment chose, naming the ones sfrt speaks.
		expect(error.message).toContain('fr');
		expect(error.message).toMatch(japanese);
		expect(error.hint).toContain('en, ja');
	});

	it('the saved-org list --json is the same in both languages', async () => {
		const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'sfrt-lang-'));
		const english = await runMain(['list', '--json'], {env: {SFRT_CONFIG_DIR: directory}});
		const run = await runMain(['list', '--json'], {env: {SFRT_CONFIG_DIR: directory, LANG: 'ja_JP.UTF-8'}});
		expect(run.code).toBe(english.code);
		expect(run.stdout).toBe(english.stdout);
	});
});

describe('the emulator\'s pages', () => {
	afterEach(() => setLocale('en'));

	it('speak the active language, with lang set: the login page in Japanese, then in English', async () => {
		const emulator = await startSeedEmulator(1, {autoApprove: false});
		try {
			const {params} = standardAuthorizeParams();
			setLocale('ja');
			const japanesePage = await (await get(authorizeUrl(emulator.loginUrl, params))).text();
			expect(japanesePage).toContain('<html lang="ja">');
			expect(japanesePage).toMatch(japanese);
			setLocale('en');
			const englishPage = await (await get(authorizeUrl(emulator.loginUrl, params))).text();
			expect(englishPage).toContain('<html lang="en">');
			expect(englishPage).not.toMatch(japanese);
		} finally {
			await emulator.close();
		}
	});
});
