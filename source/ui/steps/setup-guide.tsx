import {Box, useWindowSize} from 'ink';
import {useState} from 'react';
import {useKeypress} from '../components/keypresses.js';
import {Text} from '../components/text.js';
import {cellWidth} from '../../present/cells.js';
import {Header} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {MAX_WIDTH} from '../layout.js';
import {common, guide as text} from '../messages.js';
import {useColour} from '../theme.js';

export interface SetupGuideProps {
	/** The exact callback URL the wizard will use. */
	redirectUri: string;
	demo?: boolean;
	onDone: () => void;
	onBack: () => void;
}

/** Rows a paragraph takes when wrapped at `width` columns (words never split, so round up a little). */
function rowsOf(paragraph: string, width: number): number {
	return Math.max(1, Math.ceil((cellWidth(paragraph) * 1.1) / Math.max(10, width)));
}

/**
 * How to create the External Client App, with the callback URL sfrt will use. In a short
 * terminal the steps scroll (↑↓), so the key hints always stay on screen.
 */
export function SetupGuide({redirectUri, demo = false, onDone, onBack}: SetupGuideProps) {
	const colour = useColour();
	const {columns, rows} = useWindowSize();
	const [first, setFirst] = useState(0);
	const width = Math.min(columns || MAX_WIDTH, MAX_WIDTH) - 2;
	const heights = text.steps.map((step, i) => rowsOf(step, width - 4) + (i === text.callbackStep ? 1 : 0));
	const keys = common.keyLine(text.scroll, text.ready, common.keys.escBack, common.keys.ctrlC);
	// Header (2), intro, the position line (1), key hints (a blank row, then theirs), one spare row.
	const room = Math.max(3, (rows || 24) - 5 - rowsOf(text.intro, width) - rowsOf(keys, width));
	const fitsAll = heights.reduce((sum, height) => sum + height, 0) <= room + 1;
	let last = first;
	for (let used = 0; last < heights.length && used + heights[last]! <= room; last++) used += heights[last]!;
	last = Math.max(last, first + 1);
	const shown = fitsAll ? text.steps.map((_, i) => i) : text.steps.map((_, i) => i).slice(first, last);

	useKeypress((_input, key) => {
		if (key.return) onDone();
		else if (key.escape) onBack();
		else if (key.downArrow && !fitsAll && last < text.steps.length) setFirst(value => value + 1);
		else if (key.upArrow && !fitsAll) setFirst(value => Math.max(0, value - 1));
	});
	return (
		<Box flexDirection="column">
			<Header title={text.title} demo={demo} />
			<Text>{text.intro}</Text>
			{shown.map(i => (
				<Box key={i} flexDirection="column" flexShrink={0}>
					<Box>
						<Box width={4} flexShrink={0}><Text>{`${i + 1}.`}</Text></Box>
						<Text>{text.steps[i]!}</Text>
					</Box>
					{i === text.callbackStep ? <Box paddingLeft={7}><Text bold color={colour('accent')}>{redirectUri}</Text></Box> : null}
				</Box>
			))}
			{fitsAll ? null : <Text dimColor>{text.position(first + 1, last, text.steps.length)}</Text>}
			<Keys>{fitsAll ? common.keyLine(text.ready, common.keys.escBack, common.keys.ctrlC) : keys}</Keys>
		</Box>
	);
}
