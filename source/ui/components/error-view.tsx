import {Box} from 'ink';
import {Text} from './text.js';
import type {SfrtError} from '../../errors.js';
import {errorParts} from '../../present/error-block.js';
import {useColour} from '../theme.js';

/** An error as every part of sfrt shows it: what happened, the fix, and its code. */
export function ErrorView({error, showCode = true}: {error: Pick<SfrtError, 'message' | 'hint' | 'code'>; showCode?: boolean}) {
	const colour = useColour();
	const parts = errorParts(error);
	return (
		<Box flexDirection="column">
			<Text color={colour('error')}>{parts.mark} <Text bold>{parts.message}</Text></Text>
			<Box paddingLeft={2}>
				<Text><Text color={colour('warning')}>{parts.fix}</Text> {parts.hint}</Text>
			</Box>
			{showCode ? <Box paddingLeft={2}><Text dimColor>{parts.code}</Text></Box> : null}
		</Box>
	);
}
