import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {commandNames} from '../../source/cli/registry.js';
import {locales, setLocale} from '../../source/i18n/index.js';
import {runMain} from '../helpers/cli.js';

/** Help must read on an 80-column terminal without the terminal breaking its lines. */
const columns = 80;

/** The main help prints the config folder: one of a realistic length, not a short temp path. */
const configDir = '/home/developer/.config/sfrt';

/** Each line wider than the terminal, with its width, for a message that shows what to fix. */
function tooWide(text: string): string[] {
	return text
		.split('\n')
		.filter(line => stringWidth(line) > columns)
		.map(line => `${stringWidth(line)}: ${line}`);
}

describe.each(locales)(`help fits ${columns} columns, in %s`, locale => {
	let savedConfigDir: string | undefined;

	beforeAll(() => {
		savedConfigDir = process.env.SFRT_CONFIG_DIR;
		process.env.SFRT_CONFIG_DIR = configDir;
		setLocale(locale);
	});

	afterAll(() => {
		if (savedConfigDir === undefined) delete process.env.SFRT_CONFIG_DIR;
		else process.env.SFRT_CONFIG_DIR = savedConfigDir;
		setLocale('en');
	});

	// main() chooses the language from its arguments and environment: SFRT_LANG keeps it on `locale`.
	const run = (argv: string[]) => runMain(argv, {env: {SFRT_LANG: locale, SFRT_CONFIG_DIR: configDir}});

	it('sfrt --help', async () => {
		const {code, stdout} = await run(['--help']);
		expect(code).toBe(0);
		expect(stdout).toContain(configDir);
		expect(tooWide(stdout)).toEqual([]);
	});

	it.each(commandNames)('sfrt %s --help', async name => {
		const {code, stdout} = await run([name, '--help']);
		expect(code).toBe(0);
		expect(stdout).toMatch(/\S/);
		expect(tooWide(stdout)).toEqual([]);
	});
});
