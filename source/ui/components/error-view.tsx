import {Box} from 'ink';
import {Text} from './text.js';
import type {SfrtError} from '../../errors.js';
import {common} from '../messages.js';
import {useColour} from '../theme.js';

/** An error as every part of sfrt shows it: what happened, the fix, and its code. */
export function ErrorView({error, showCode = true}: {error: Pick<SfrtError, 'message' | 'hint' | 'code'>; showCode?: boolean}) {
	const colour = useColour();
	return (
		<Box flexDirection="column">
			<Text color={colour('error')}>✖ <Text bold>{error.message}</Text></Text>
			<Box paddingLeft={2}>
				<Text><Text color={colour('warning')}>{common.fix}</Text> {error.hint}</Text>
			</Box>
			{showCode ? <Box paddingLeft={2}><Text dimColor>({error.code})</Text></Box> : null}
		</Box>
	);
}
