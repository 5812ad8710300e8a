import {Box, Static, Text as InkText, useWindowSize} from 'ink';
import {createContext, useContext, useEffect, useState, type ReactNode} from 'react';
import {cellWidth} from '../../present/cells.js';
import {Text} from './text.js';
import {useFullScreen} from './full-screen.js';
import {useKeypress} from './keypresses.js';
import {common} from '../messages.js';

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

interface Printer {
	print: (item: Printed) => void;
	/** The terminal's width, read once here: one resize listener however many values are shown. */
	columns: number;
}

let shownCount = 0;

const PrintContext = createContext<Printer | undefined>(undefined);

/** Holds what was printed above the frame; wraps the whole wizard. Ink has one <Static>: an inner one defers to it. */
export function PrintedAbove({children}: {children: ReactNode}) {
	const outer = useContext(PrintContext);
	return outer ? <>{children}</> : <PrintedAboveRoot>{children}</PrintedAboveRoot>;
}

function PrintedAboveRoot({children}: {children: ReactNode}) {
	const {columns} = useWindowSize();
	const [printed, setPrinted] = useState<Printed[]>([]);
	const print = (item: Printed) => setPrinted(items => (items.some(existing => existing.key === item.key) ? items : [...items, item]));
	return (
		<PrintContext.Provider value={{print, columns: columns || 80}}>
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
	/**
	 * A credential: when too wide for the frame it is not printed above (that copy would stay in
	 * the scrollback after it is hidden); `f` shows it on a screen of its own instead.
	 */
	secret?: {title: string; note: string} | undefined;
}

/** Whether every line of `value` fits the terminal when it starts `left` columns in. */
export function fitsWhole(value: string, columns: number, left: number): boolean {
	return value.split('\n').every(line => cellWidth(line) <= columns - left);
}

/** The terminal's width as the wizard sees it. */
export function useColumns(): number {
	return useContext(PrintContext)?.columns ?? 80;
}

export function WholeValue({value, id, printedNote, left = 1, color, secret}: WholeValueProps) {
	const printer = useContext(PrintContext);
	const columns = printer?.columns ?? 80;
	// Printed anew each time the screen shows it, so its note never points at a copy far up.
	const [shown] = useState(() => ++shownCount);
	const lines = value.replace(/\n$/, '').split('\n');
	const fits = fitsWhole(value, columns, left);
	const fullScreen = useFullScreen();
	const ownScreen = !fits && secret !== undefined && fullScreen.available;
	useKeypress(input => {
		if (input === 'f') void fullScreen.show([secret!.title, '', ...lines, '', common.fullScreenReturn]);
	}, {isActive: ownScreen});
	useEffect(() => {
		if (!fits && !ownScreen) printer?.print({key: `${shown}\u0000${id}\u0000${value}`, lines, color});
	}, [fits, ownScreen, value]);
	if (ownScreen) return <Text color={color}>{secret!.note}</Text>;
	if (!fits) return <Text dimColor>{printedNote}</Text>;
	return (
		<Box flexDirection="column" width={Math.max(1, columns - left)} flexShrink={0}>
			{lines.map((line, index) => (
				<InkText key={index} color={color} wrap="truncate-end">{line === '' ? ' ' : line}</InkText>
			))}
		</Box>
	);
}
