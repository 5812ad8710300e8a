import fs from 'node:fs';
import path from 'node:path';
import {parseAst} from 'rolldown/parseAst';
import {describe, expect, it} from 'vitest';

/**
 * Every sentence or label a person reads comes from a catalog (a messages.ts file), so that a
 * second language is another catalog. This scan reads the rest of source/ and fails on quoted
 * text that looks like English: two words in a row ("Open the URL"), or one capitalised word
 * standing alone ("Alias"). It parses the code (comments never count) and looks at string
 * literals, the fixed parts of template literals and JSX text.
 */

const root = path.resolve(import.meta.dirname, '../../source');

/** Catalog files: where the text belongs. */
const isCatalog = (file: string) => /(^|[-/])messages\.ts$/.test(file);

/**
 * Text that is not sfrt's to translate, each with why. Keep it short: a new entry needs a reason
 * that a reviewer accepts.
 */
const allowed: Array<{file?: string; text?: RegExp; why: string}> = [
	{file: 'emulator/errors.ts', why: 'Salesforce\'s own error and error_description values, word for word: protocol values clients match on'},
	{file: 'emulator/identity.ts', why: 'the error_description of the identity endpoint\'s JSON errors, as Salesforce answers them'},
	{file: 'emulator/authorize.ts', text: /^(autoApprove names|, who is not a user of the emulator)$/, why: 'a test that misconfigures the emulator: for the developer'},
	{file: 'emulator/http.ts', text: /^request body too large$/, why: 'an internal error the emulator answers with its server error page'},
	{file: 'emulator/server.ts', text: /^sfrt emulator:$/, why: 'the prefix of a log line for the developer'},
	{file: 'oauth/oauth-error.ts', text: /^(expired authorization code|expired access\/refresh token|code verifier|authentication failure|inactive user|inactive organization|client identifier|missing required code challenge|not installed|device flow is not enabled|cross-org|must be installed|retry your request)$/, why: 'parts of Salesforce\'s error_description that sfrt matches on'},
	{file: 'store/config-dir.ts', text: /^(Roaming|Library|Preferences)$/, why: 'names of folders on Windows and macOS'},
	{file: 'store/file-lock.ts', text: /^lock timeout$/, why: 'the description of a Symbol, never shown'},
	{text: /^Bearer$/, why: 'the HTTP authorization scheme'},
];

/**
 * Text still in files that another branch is rewriting (the login, its HTTP client and its
 * preflight check): that branch moves it into the catalogs and deletes these entries. Not an
 * allow-list: each entry must still be found, so a moved string fails the test until its entry
 * goes too.
 */
const pendingMove: string[] = [];

/** Markup and style sheets are not text; what a tag or rule holds between them may be. */
function visibleText(value: string): string {
	if (!/<\/?[a-z!]|^[^<]*">|[{}]/i.test(value)) return value;
	let text = value;
	// Innermost rules first, until none is left (an @media block holds rules).
	while (/\{[^{}]*\}/.test(text)) text = text.replaceAll(/\{[^{}]*\}/g, ' ');
	return text
		.replace(/^[^{]*\}/, ' ')
		.replace(/\{[^}]*$/, ' ')
		.replaceAll(/<[^<>]*>/g, ' ')
		.replace(/^[^<]*>/, ' ')
		.replace(/<[^>]*$/, ' ');
}

interface Finding {
	file: string;
	line: number;
	text: string;
}

const twoWords = /\p{L}{2,}[ \u00A0]+[\p{L}“"']/u;
const capitalisedWord = /^[A-Z][a-z]{2,}[.:!?…]?$/;

export function looksLikeText(value: string): boolean {
	const text = value.trim();
	if (!/\p{L}{2}/u.test(text)) return false;
	return twoWords.test(text) || capitalisedWord.test(text);
}

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, {withFileTypes: true}).flatMap(entry => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
	});
}

type AstNode = {type: string; start: number; end: number; [key: string]: unknown};

/** Quoted text in one file: string literals, template parts, JSX text; not imports, keys or types. */
export function quotedText(code: string, file: string): Array<{offset: number; text: string}> {
	const ast = parseAst(code, {lang: file.endsWith('.tsx') ? 'tsx' : 'ts'}, file) as unknown as AstNode;
	const found: Array<{offset: number; text: string}> = [];
	const visit = (node: unknown, parent?: AstNode, key?: string): void => {
		if (Array.isArray(node)) {
			for (const child of node) visit(child, parent, key);
			return;
		}
		if (!node || typeof node !== 'object' || typeof (node as AstNode).type !== 'string') return;
		const current = node as AstNode;
		switch (current.type) {
			case 'ImportDeclaration':
			case 'ExportAllDeclaration':
			case 'ImportExpression':
			case 'TSLiteralType':
			case 'TSImportType':
				return;
			case 'ExportNamedDeclaration':
				visit(current.declaration, current, 'declaration');
				return;
			case 'Literal':
				if (typeof current.value === 'string' && !(key === 'key' && (parent?.type === 'Property' || parent?.type === 'TSPropertySignature'))) {
					found.push({offset: current.start, text: current.value});
				}
				return;
			case 'TemplateElement':
				found.push({offset: current.start, text: (current.value as {cooked?: string; raw: string}).cooked ?? (current.value as {raw: string}).raw});
				return;
			case 'JSXText':
				found.push({offset: current.start, text: current.value as string});
				return;
			default:
		}
		for (const [name, value] of Object.entries(current)) {
			if (name === 'start' || name === 'end' || name === 'type') continue;
			visit(value, current, name);
		}
	};
	visit(ast);
	return found;
}

function lineOf(code: string, offset: number): number {
	return code.slice(0, offset).split('\n').length;
}

export function scan(): Finding[] {
	const findings: Finding[] = [];
	for (const full of sourceFiles(root)) {
		const file = path.relative(root, full).split(path.sep).join('/');
		if (isCatalog(file)) continue;
		const code = fs.readFileSync(full, 'utf8');
		for (const {offset, text} of quotedText(code, file)) {
			if (!looksLikeText(visibleText(text))) continue;
			if (allowed.some(allow => (!allow.file || allow.file === file) && (!allow.text || allow.text.test(text.trim())))) continue;
			findings.push({file, line: lineOf(code, offset), text: text.trim().slice(0, 80)});
		}
	}
	return findings;
}

describe('user-facing text lives in the catalogs', () => {
	it('finds text of the kind it looks for', () => {
		expect(looksLikeText('Cancelled. Nothing was saved.')).toBe(true);
		expect(looksLikeText('Alias')).toBe(true);
		expect(looksLikeText('Unexpected argument: ')).toBe(true);
		expect(looksLikeText('content-type')).toBe(false);
		expect(looksLikeText('text/html; charset=utf-8')).toBe(false);
		expect(looksLikeText(' · ')).toBe(false);
		expect(looksLikeText('Bearer ')).toBe(true);
		expect(looksLikeText(visibleText('<html lang="en">\n<head>'))).toBe(false);
		expect(looksLikeText(visibleText('" autofocus required>\n<label for="password">Password</label>'))).toBe(true);
		expect(looksLikeText(visibleText(':root { color-scheme: light dark; }'))).toBe(false);
		const code = 'import x from "Not this one";\n// Not a comment\nconst a = {"Not a key": 1, b: "Open the URL"};\nconst c = `Waiting ${a} now`;\ntype T = "Not a type";\n';
		expect(quotedText(code, 'x.ts').map(item => item.text)).toEqual(['Open the URL', 'Waiting ', ' now']);
		expect(quotedText('const v = <Text>Press Enter</Text>;', 'x.tsx').map(item => item.text)).toEqual(['Press Enter']);
	});

	it('no English sentence or label outside a catalog', () => {
		const all = scan();
		const key = ({file, text}: Finding) => `${file}  ${JSON.stringify(text)}`;
		const findings = all.filter(finding => !pendingMove.includes(key(finding))).map(finding => `source/${finding.file}:${finding.line}  ${JSON.stringify(finding.text)}`);
		expect(findings, `Move these into the area's messages.ts:\n${findings.join('\n')}`).toEqual([]);
		const moved = pendingMove.filter(entry => !all.some(finding => key(finding) === entry));
		expect(moved, 'Moved into a catalog: delete these entries from pendingMove').toEqual([]);
	});
});
