import {Box} from 'ink';
import {widest} from '../../present/cells.js';
import {Text} from './text.js';
import {fitsWhole, useColumns, WholeValue} from './whole-value.js';

export interface FieldRow {
	key: string;
	label: string;
	value: string;
	/** Said in the frame when the value is printed whole above it. */
	printedNote: string;
	/** A credential: shown on a screen of its own when too wide (see WholeValue). */
	secret?: {title: string; note: string} | undefined;
}

/**
 * "Label  value" rows, two columns in from the wizard's edge. Every value stays whole: beside
 * its label when it fits there, else on a row of its own, else printed above the frame.
 */
export function FieldRows({fields}: {fields: FieldRow[]}) {
	const columns = useColumns();
	const width = widest(fields.map(field => field.label)) + 2;
	// The wizard's padding (1) and this indent (2), then the labels.
	const beside = 3 + width;
	return (
		<Box flexDirection="column" paddingLeft={2}>
			{fields.map(({key, label, value, printedNote, secret}) => (fitsWhole(value, columns, beside) ? (
				<Box key={key}>
					<Box width={width} flexShrink={0}><Text dimColor>{label}</Text></Box>
					<WholeValue id={key} value={value} left={beside} printedNote={printedNote} secret={secret} />
				</Box>
			) : (
				<Box key={key} flexDirection="column">
					<Text dimColor>{label}</Text>
					<Box paddingLeft={2}><WholeValue id={key} value={value} left={5} printedNote={printedNote} secret={secret} /></Box>
				</Box>
			)))}
		</Box>
	);
}
