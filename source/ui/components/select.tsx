import {Box} from 'ink';
import {Text} from './text.js';
import {useRef, useState} from 'react';
import {useKeypress} from './keypresses.js';
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
	const [index, setShown] = useState(Math.min(Math.max(initialIndex, 0), choices.length - 1));
	// Keys of one chunk ("jj⏎", ↓↓ then Enter) see each other's moves before React renders.
	const current = useRef(index);
	const move = (to: number) => {
		current.current = to;
		setShown(to);
	};
	// After Enter, the rest of the chunk was meant for the next screen, not this menu again.
	const done = useRef(false);
	useKeypress((input, key) => {
		if (key.ctrl || done.current) return;
		const at = Math.min(current.current, choices.length - 1);
		if (key.upArrow || input === 'k') move((at - 1 + choices.length) % choices.length);
		else if (key.downArrow || input === 'j') move((at + 1) % choices.length);
		else if (key.return) {
			const choice = choices[at];
			if (!choice) return;
			done.current = true;
			queueMicrotask(() => {
				done.current = false;
			});
			onSelect(choice.value);
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
