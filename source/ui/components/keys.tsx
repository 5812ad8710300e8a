import {Box} from 'ink';
import {Text} from './text.js';

/** The line of key hints at the bottom of a screen. */
export function Keys({children}: {children: string}) {
	return (
		<Box marginTop={1}>
			<Text dimColor>{children}</Text>
		</Box>
	);
}
