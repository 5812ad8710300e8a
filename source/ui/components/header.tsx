import {Box} from 'ink';
import {Text} from './text.js';
import {common} from '../messages.js';
import {useColour} from '../theme.js';

export interface HeaderProps {
	title: string;
	/** 1-based position among the numbered steps. */
	step?: number;
	total?: number;
	demo?: boolean;
}

/** "sfrt · step 2 of 7 · Consumer Key" */
export function Header({title, step, total, demo}: HeaderProps) {
	const colour = useColour();
	return (
		<Box marginBottom={1}>
			<Text>
				<Text bold color={colour('accent')}>{common.brand}</Text>
				{demo ? <Text color={colour('warning')}>{` ${common.demoBadge}`}</Text> : null}
				{step && total ? <Text dimColor>{`${common.separator}${common.stepOf(step, total)}`}</Text> : null}
				<Text dimColor>{common.separator}</Text>
				<Text bold>{title}</Text>
			</Text>
		</Box>
	);
}
