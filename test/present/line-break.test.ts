import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {breakLines, hasWideCharacters} from '../../source/present/line-break.js';

describe('breakLines', () => {
	it('fills each line with Japanese up to the width, breaking between characters', () => {
		const text = 'sfrt は、確実に使える Salesforce の OAuth 更新トークンを取得し、手元に保管します。流れは次のとおりです。';
		const lines = breakLines(text, 40);
		// Ink's wrapping, breaking only at spaces, gave 'sfrt は、確実に使える Salesforce の OAuth' and
		// then the rest of the sentence on a line of its own.
		expect(lines).toEqual(['sfrt は、確実に使える Salesforce の', 'OAuth 更新トークンを取得し、手元に保管し', 'ます。流れは次のとおりです。']);
		for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(40);
		expect(lines.join(' ').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
	});

	it('keeps Latin words whole', () => {
		const lines = breakLines('あいうえおかきくけこ Salesforce さしすせそ', 24);
		expect(lines).toEqual(['あいうえおかきくけこ', 'Salesforce さしすせそ']);
	});

	it('never starts a line with a closing mark or a prolonged sound mark, nor ends one with an opening bracket', () => {
		// From 20 cells on, every break can keep the rules (a narrower line than its longest word + mark cannot).
		for (let width = 20; width <= 60; width++) {
			const lines = breakLines('[許可されているユーザー]。すべてのユーザーが自分で承認できる設定（All users may self-authorize）が最も簡単です。「コールバック URL」を入力します。', width);
			for (const [i, line] of lines.entries()) {
				expect(stringWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
				if (i > 0) expect(line, `${width}`).not.toMatch(/^[、。）」』】\]ーァィゥェォッャュョ]/u);
				expect(line, `${width}`).not.toMatch(/[（「『【[]$/u);
			}
		}
	});

	it('cuts what is wider than a line on its own, and keeps paragraphs', () => {
		expect(breakLines('URL: http://localhost:1717/OauthRedirect', 20)).toEqual(['URL:', 'http://localhost:171', '7/OauthRedirect']);
		expect(breakLines('一行目\n二行目', 20)).toEqual(['一行目', '二行目']);
		expect(breakLines('', 20)).toEqual(['']);
	});
});

describe('hasWideCharacters', () => {
	it('tells Japanese from ASCII and Latin accents', () => {
		expect(hasWideCharacters('更新トークン')).toBe(true);
		expect(hasWideCharacters('ｘ')).toBe(true);
		expect(hasWideCharacters('Log in · café — ↑↓ ❯')).toBe(false);
	});
});

describe('breakLines and indents', () => {
	it('keeps the spaces a paragraph starts with, and drops those a wrapped line would start with', () => {
		expect(breakLines('  いいえ、作成手順を見る', 40)).toEqual(['  いいえ、作成手順を見る']);
		expect(breakLines('あいうえお かきくけこ', 10)).toEqual(['あいうえお', 'かきくけこ']);
	});
});

describe('breakLines and the last line', () => {
	it('leaves no sentence end of a character or two alone on the last line', () => {
		const text = 'sfrt は、確実に使える Salesforce の OAuth 更新トークンを取得し、手元に保管します。';
		for (let width = 20; width <= 78; width++) {
			const lines = breakLines(text, width);
			if (lines.length > 1) expect(stringWidth(lines.at(-1)!), `${width}: ${lines.join(' / ')}`).toBeGreaterThan(4);
			expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
			for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
		}
	});
});
