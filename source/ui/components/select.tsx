import {Box, useInput} from 'ink';
import {Text} from './text.js';
import {useState} from 'react';
import {useColour} from '../theme.js';

export interface Choice<T> {
	label: string;
	value: T;
	/** Shown dimmed after the label. */
	hint?: string;
}

export interface SelectProps<T> {
	choices: Array<Choice<T>>;
	onSelect: (value: T) => void;
	/** Esc. */
	onBack?: () => void;
	initialIndex?: number;
	isActive?: boolean;
}

/** A vertical menu: ↑↓ (or k/j) to move, Enter to pick, Esc to go back. */
export function Select<T>({choices, onSelect, onBack, initialIndex = 0, isActive = true}: SelectProps<T>) {
	const colour = useColour();
	const [index, setIndex] = useState(Math.min(Math.max(initialIndex, 0), choices.length - 1));
	useInput((input, key) => {
		if (key.ctrl) return;
		if (key.upArrow || input === 'k') setIndex(i => (i - 1 + choices.length) % choices.length);
		else if (key.downArrow || input === 'j') setIndex(i => (i + 1) % choices.length);
		else if (key.return) {
			const choice = choices[index];
			if (choice) onSelect(choice.value);
		} else if (key.escape) onBack?.();
	}, {isActive});
	return (
		<Box flexDirection="column">
			{choices.map((choice, i) => (
				<Box key={choice.label}>
					<Text color={i === index ? colour('accent') : undefined}>{i === index ? '❯ ' : '  '}{choice.label}</Text>
					{choice.hint ? <Text dimColor>{`  ${choice.hint}`}</Text> : null}
				</Box>
			))}
		</Box>
	);
}
