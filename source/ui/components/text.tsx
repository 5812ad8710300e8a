import {Box, Text as InkText, Transform, useBoxMetrics, type DOMElement, type TextProps} from 'ink';
import {Children, createContext, isValidElement, useContext, useRef, type ReactNode} from 'react';
import {widest} from '../../present/cells.js';
import {hasWideCharacters, lineRanges} from '../../present/line-break.js';

/** Inside a Text, another Text is a run of the same line: it may hold no Box. */
const InsideText = createContext(false);

/**
 * Ink's Text, minus two warts. Ink wraps with `trim: false`, so when a word ends exactly at the
 * edge, the space after it starts the next row: this drops that space from wrapped rows. And
 * Ink breaks lines only at spaces, which Japanese hardly has: Japanese text is broken by
 * lineRanges instead, at the width the layout gives it.
 */
export function Text(props: TextProps) {
	const nested = useContext(InsideText);
	const segments = !nested && (props.wrap ?? 'wrap') === 'wrap' ? segmentsOf(props.children) : undefined;
	if (segments && hasWideCharacters(segments.map(segment => segment.text).join(''))) return <WideText {...props} segments={segments} />;
	return (
		<InsideText.Provider value>
			<Transform transform={trimWrappedRow}>
				<InkText {...props} />
			</Transform>
		</InsideText.Provider>
	);
}

/** A run of text and the style it has within the Text. */
interface Segment {
	text: string;
	style: Omit<TextProps, 'children'>;
}

/** The children as styled runs: strings, and Texts holding strings; undefined for anything else (a spinner). */
function segmentsOf(children: ReactNode, style: Segment['style'] = {}): Segment[] | undefined {
	const segments: Segment[] = [];
	for (const child of Children.toArray(children)) {
		if (typeof child === 'string' || typeof child === 'number') {
			segments.push({text: String(child), style});
		} else if (isValidElement<TextProps>(child) && (child.type === Text || child.type === InkText) && Object.keys(style).length === 0) {
			const {children: inner, ...innerStyle} = child.props;
			const innerSegments = segmentsOf(inner, innerStyle);
			if (!innerSegments) return undefined;
			segments.push(...innerSegments);
		} else {
			return undefined;
		}
	}
	return segments;
}

/** Drawn once as Ink wraps it, then again broken into lines for the width it was given. */
function WideText({segments, children, ...props}: TextProps & {segments: Segment[]}) {
	const ref = useRef<DOMElement>(null);
	const {width, hasMeasured} = useBoxMetrics(ref);
	const text = segments.map(segment => segment.text).join('');
	// Text that fits stays as wide as it is (a menu's hint sits right after it); text that
	// wraps takes all the width it may have, in a row as in a column, and its lines fill it.
	const natural = widest(text.split('\n'));
	const wraps = hasMeasured && width > 0 && width < natural;
	const content = hasMeasured && width > 0
		? lineRanges(text, width).flatMap((range, line) => [...(line > 0 ? ['\n'] : []), ...within(segments, range, line)])
		: children;
	return (
		<Box ref={ref} flexDirection="column" {...(wraps ? {width: '100%'} : {})}>
			<InsideText.Provider value>
				<InkText {...props}>{content}</InkText>
			</InsideText.Provider>
		</Box>
	);
}

/** The parts of the runs between start and end, each in its style. */
function within(segments: Segment[], {start, end}: {start: number; end: number}, line: number): ReactNode[] {
	const parts: ReactNode[] = [];
	let offset = 0;
	segments.forEach((segment, index) => {
		const segmentStart = offset;
		offset += segment.text.length;
		const part = segment.text.slice(Math.max(0, start - segmentStart), Math.max(0, end - segmentStart));
		if (part === '') return;
		parts.push(Object.keys(segment.style).length === 0 ? part : <InkText key={`${line}-${index}`} {...segment.style}>{part}</InkText>);
	});
	return parts;
}

const leadingSpace = /^((?:\u001B\[[\d;]*m)*) +/;

export function trimWrappedRow(row: string, index: number): string {
	return index === 0 ? row : row.replace(leadingSpace, '$1');
}
