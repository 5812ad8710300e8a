import {describe, expect, it} from 'vitest';
import {formatFields} from '../../source/cli/format.js';
import {cellWidth, padCells, widest} from '../../source/present/cells.js';

describe('widths in terminal cells', () => {
	it('counts a wide character as two columns and colour codes as none', () => {
		expect(cellWidth('別名')).toBe(4);
		expect(cellWidth('\u001B[1mAlias\u001B[22m')).toBe(5);
		expect(padCells('別名', 6)).toBe('別名  ');
		expect(widest(['Alias', 'ユーザー名'])).toBe(10);
	});

	it('aligns field values after labels of wide characters', () => {
		const lines = formatFields([{label: '別名', value: 'uat'}, {label: 'Username', value: 'ada@example.com'}]).split('\n');
		expect(lines[0]).toBe('別名      uat');
		expect(lines[1]).toBe('Username  ada@example.com');
	});
});
