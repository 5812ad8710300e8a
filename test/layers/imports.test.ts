import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

/**
 * Layers point one way: the core (oauth/, store/, orgs/) knows nothing of how it is shown; the
 * shared presentation (present/) and the language (i18n/) know nothing of the plain commands or
 * the wizard; the wizard (ui/) does not reach into the commands.
 */
const root = path.resolve(import.meta.dirname, '../../source');

const forbidden: Record<string, string[]> = {
	oauth: ['cli', 'commands', 'ui'],
	store: ['cli', 'commands', 'ui'],
	orgs: ['cli', 'commands', 'ui'],
	present: ['cli', 'commands', 'ui'],
	i18n: ['cli', 'commands', 'ui', 'oauth', 'store', 'orgs', 'present'],
	ui: ['commands'],
};

/**
 * Imports another branch removes as it moves login-settings out of commands/. Not an allow-list:
 * each must still be there, so the test says when to delete its entry.
 */
const pendingMove = ['ui/flow.ts -> commands/login-settings.ts', 'ui/run-wizard.ts -> commands/login-settings.ts', 'ui/wizard.tsx -> commands/login-settings.ts'];

function files(dir: string): string[] {
	return fs.readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const full = path.join(dir, entry.name);
		return entry.isDirectory() ? files(full) : /\.tsx?$/.test(entry.name) ? [full] : [];
	});
}

function imports(): Array<{from: string; to: string}> {
	const found: Array<{from: string; to: string}> = [];
	for (const file of files(root)) {
		const code = fs.readFileSync(file, 'utf8');
		for (const match of code.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
			const target = path.resolve(path.dirname(file), match[1]!).replace(/\.js$/, '');
			const resolved = ['.ts', '.tsx'].map(ext => target + ext).find(candidate => fs.existsSync(candidate)) ?? target;
			found.push({from: path.relative(root, file).split(path.sep).join('/'), to: path.relative(root, resolved).split(path.sep).join('/')});
		}
	}
	return found;
}

describe('layers', () => {
	it('no layer imports one it must not know', () => {
		const all = imports();
		const wrong = all
			.filter(({from, to}) => forbidden[from.split('/')[0]!]?.includes(to.split('/')[0]!))
			.map(({from, to}) => `${from} -> ${to}`);
		expect(wrong.filter(line => !pendingMove.includes(line))).toEqual([]);
		expect(pendingMove.filter(line => !wrong.includes(line)), 'Moved: delete these entries from pendingMove').toEqual([]);
	});

	it('the shared presentation loads no Ink or React', () => {
		for (const file of files(path.join(root, 'present'))) {
			expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/from '(ink|react)[/']/);
		}
	});
});
