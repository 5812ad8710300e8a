import {Box} from 'ink';
import {hasWideCharacters} from '../../present/line-break.js';
import {Text} from './text.js';

const SEPARATOR = ' · ';

/**
 * The line of key hints at the bottom of a screen. Japanese hints wrap between hints, never
 * inside one ("Esc 戻" / "る"): each is laid out whole, and a row takes as many as fit.
 */
export function Keys({children}: {children: string}) {
	if (!hasWideCharacters(children)) {
		return (
			<Box marginTop={1}>
				<Text dimColor>{children}</Text>
			</Box>
		);
	}
	const hints = children.split(SEPARATOR);
	return (
		<Box marginTop={1} flexWrap="wrap">
			{hints.map((hint, i) => (
				<Box key={`${i}:${hint}`}>
					<Text dimColor>{hint}</Text>
					{i < hints.length - 1 ? <Text dimColor>{SEPARATOR}</Text> : null}
				</Box>
			))}
		</Box>
	);
}
