import {Box, Static, Text as InkText, useWindowSize} from 'ink';
import {createContext, useContext, useEffect, useState, type ReactNode} from 'react';
import {cellWidth} from '../../present/cells.js';
import {Text} from './text.js';

/**
 * Values a person copies off the screen (a URL, a token, an export, a command) reach the
 * terminal as whole lines: Ink never breaks them. A line that fits the terminal stays in the
 * frame, on a row of its own. A line wider than the terminal cannot: Ink would cut it, and a
 * frame row wider than the screen breaks Ink's redraw. It is printed once above the frame
 * instead (Ink's <Static>), where the terminal wraps it softly and a selection gives it whole.
 */
interface Printed {
	key: string;
	lines: string[];
	color?: string | undefined;
}

interface PrintArea {
	print: (item: Printed) => void;
	/** The terminal's width, watched once for every value: a resize listener per value would pass Node's limit of 10 and print a warning over the screen. */
	columns: number;
}

const PrintContext = createContext<PrintArea | undefined>(undefined);

/** Holds what was printed above the frame; wraps the whole wizard. Ink has one <Static>: an inner one defers to it. */
export function PrintedAbove({children}: {children: ReactNode}) {
	const outer = useContext(PrintContext);
	return outer ? <>{children}</> : <PrintedAboveRoot>{children}</PrintedAboveRoot>;
}

function PrintedAboveRoot({children}: {children: ReactNode}) {
	const [printed, setPrinted] = useState<Printed[]>([]);
	const {columns} = useWindowSize();
	const print = (item: Printed) => setPrinted(items => (items.some(existing => existing.key === item.key) ? items : [...items, item]));
	return (
		<PrintContext.Provider value={{print, columns}}>
			<Static items={printed}>
				{item => (
					<Box key={item.key} flexDirection="column" paddingLeft={1} paddingBottom={1}>
						{item.lines.map((line, index) => (
							// As wide as the line, whatever the terminal: the terminal wraps it, not Ink.
							<Box key={index} width={Math.max(1, cellWidth(line))} flexShrink={0}>
								<InkText color={item.color}>{line}</InkText>
							</Box>
						))}
					</Box>
				)}
			</Static>
			{children}
		</PrintContext.Provider>
	);
}

export interface WholeValueProps {
	value: string;
	/** Tells apart the values printed above (one print per id and value). */
	id: string;
	/** Shown in the frame in its place when the value is printed above. */
	printedNote: string;
	/** Columns to the left of where the value starts (the wizard's padding and any indent). */
	left?: number;
	color?: string | undefined;
}

/** Whether every line of `value` fits the terminal when it starts `left` columns in. */
export function fitsWhole(value: string, columns: number, left: number): boolean {
	return value.split('\n').every(line => cellWidth(line) <= columns - left);
}

export function WholeValue(props: WholeValueProps) {
	const area = useContext(PrintContext);
	return area ? <WholeValueIn area={area} {...props} /> : <WholeValueAlone {...props} />;
}

/** Outside <PrintedAbove> (a component shown on its own): nothing to print above, its own width. */
function WholeValueAlone(props: WholeValueProps) {
	const {columns} = useWindowSize();
	return <WholeValueIn area={{print: () => {}, columns}} {...props} />;
}

function WholeValueIn({value, id, printedNote, left = 1, color, area}: WholeValueProps & {area: PrintArea}) {
	const {columns, print} = area;
	const lines = value.replace(/\n$/, '').split('\n');
	const fits = fitsWhole(value, columns || 80, left);
	useEffect(() => {
		if (!fits) print({key: `${id}\u0000${value}`, lines, color});
	}, [fits, value]);
	if (!fits) return <Text dimColor>{printedNote}</Text>;
	return (
		<Box flexDirection="column" width={Math.max(1, (columns || 80) - left)} flexShrink={0}>
			{lines.map((line, index) => (
				<InkText key={index} color={color} wrap="truncate-end">{line === '' ? ' ' : line}</InkText>
			))}
		</Box>
	);
}
