import {Text as InkText, Transform, type TextProps} from 'ink';

/**
 * Ink's Text, minus a wart: Ink wraps with `trim: false`, so when a word ends exactly at the
 * edge, the space after it starts the next row. This drops that space from wrapped rows.
 */
export function Text(props: TextProps) {
	return (
		<Transform transform={trimWrappedRow}>
			<InkText {...props} />
		</Transform>
	);
}

const leadingSpace = /^((?:\u001B\[[\d;]*m)*) +/;

export function trimWrappedRow(row: string, index: number): string {
	return index === 0 ? row : row.replace(leadingSpace, '$1');
}
