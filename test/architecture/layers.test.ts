/**
 * The layers point one way: the protocol and storage core knows nothing of the commands or
 * the wizard, the wizard nothing of the commands, and only the gateway talks HTTP through got
 * (its proxy agents come from net/proxy.ts, loaded on the first request through a proxy).
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const sourceDir = path.join(root, 'source');

function sourceFiles(dir = sourceDir): string[] {
	return fs.readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.tsx?$/.test(entry.name) ? [full] : [];
	});
}

/** Every module a file imports (static, type-only and dynamic), as written. */
function importsOf(file: string): string[] {
	const text = fs.readFileSync(file, 'utf8');
	return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"]([^'"]+)['"]/g)].map(match => match[1]!);
}

/** The top folder under source/ that an import of `file` lands in, or the package name. */
function target(file: string, specifier: string): string {
	if (!specifier.startsWith('.')) return specifier;
	const resolved = path.relative(sourceDir, path.resolve(path.dirname(file), specifier));
	return resolved.split(path.sep)[0]!;
}

const area = (file: string) => path.relative(sourceDir, file).split(path.sep)[0]!;

describe('layers', () => {
	const files = sourceFiles();

	it('finds the source', () => {
		expect(files.length).toBeGreaterThan(50);
		expect(importsOf(path.join(sourceDir, 'net/gateway.ts'))).toContain('got');
	});

	it('only the gateway imports got', () => {
		const users = files.filter(file => importsOf(file).some(specifier => specifier === 'got' || specifier.startsWith('got/')));
		expect(users.map(file => path.relative(root, file))).toEqual(['source/net/gateway.ts']);
	});

	it('only the proxy module loads hpagent, and only on a request through a proxy (never at start-up)', () => {
		const users = files.filter(file => importsOf(file).includes('hpagent'));
		expect(users.map(file => path.relative(root, file))).toEqual(['source/net/proxy.ts']);
		expect(fs.readFileSync(path.join(sourceDir, 'net/proxy.ts'), 'utf8')).not.toMatch(/^import\b[^;]*['"]hpagent['"]/m);
	});

	it('oauth/, store/, orgs/, login/, net/ and doctor/ import nothing from cli/, commands/ or ui/; ui/ nothing from commands/', () => {
		const forbidden: Record<string, string[]> = {
			oauth: ['cli', 'commands', 'ui'],
			doctor: ['cli', 'commands', 'ui'],
			store: ['cli', 'commands', 'ui'],
			orgs: ['cli', 'commands', 'ui'],
			login: ['cli', 'commands', 'ui'],
			net: ['cli', 'commands', 'ui'],
			ui: ['commands'],
		};
		const wrong = files.flatMap(file => {
			const banned = forbidden[area(file)] ?? [];
			return importsOf(file).filter(specifier => banned.includes(target(file, specifier))).map(specifier => `${path.relative(root, file)} imports ${specifier}`);
		});
		expect(wrong).toEqual([]);
	});

	it('the core never loads Ink or React', () => {
		const core = files.filter(file => !['ui'].includes(area(file)));
		const wrong = core.flatMap(file => importsOf(file).filter(specifier => /^(ink|react)(\/|$)|^ink-/.test(specifier)).map(specifier => `${path.relative(root, file)} imports ${specifier}`));
		expect(wrong).toEqual([]);
	});
});
