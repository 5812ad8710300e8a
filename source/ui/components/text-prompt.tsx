import {Box, useInput} from 'ink';
import {Text} from './text.js';
import TextInput from 'ink-text-input';
import {useState, type ReactNode} from 'react';
import type {Check} from '../validate.js';
import {presentText} from '../../present/messages.js';
import {useColour} from '../theme.js';

export interface TextPromptProps {
	value: string;
	onChange: (value: string) => void;
	/** Called with the value when Enter is pressed and `check` finds no error. */
	onSubmit: (value: string) => void;
	onBack?: () => void;
	/** Runs on every keystroke: an error blocks Enter, a warning only informs. */
	check?: (value: string) => Check;
	/** Shown instead of each character (a secret). */
	mask?: string;
	placeholder?: string;
	/** Shown under the input when there is nothing else to say. */
	note?: ReactNode;
	isActive?: boolean;
	/** Show the value's error at once, even an empty value's (a value given as a flag). */
	showErrorAtOnce?: boolean;
}

/**
 * One line of input with its validation shown under it as it is typed. An empty value's error
 * waits until Enter is pressed, so a fresh prompt does not open with a complaint.
 */
export function TextPrompt({value, onChange, onSubmit, onBack, check, mask, placeholder, note, isActive = true, showErrorAtOnce = false}: TextPromptProps) {
	const colour = useColour();
	const [tried, setTried] = useState(showErrorAtOnce);
	const result = check?.(value) ?? {};
	const showError = result.error !== undefined && (tried || value.trim() !== '');

	useInput((_input, key) => {
		if (key.escape) onBack?.();
	}, {isActive: isActive && onBack !== undefined});

	return (
		<Box flexDirection="column">
			<Box>
				<Box flexShrink={0}><Text color={colour('accent')}>❯ </Text></Box>
				<TextInput
					value={value}
					focus={isActive}
					onChange={onChange}
					{...(mask === undefined ? {} : {mask})}
					{...(placeholder === undefined ? {} : {placeholder})}
					onSubmit={submitted => {
						setTried(true);
						if (check?.(submitted).error === undefined) onSubmit(submitted);
					}}
				/>
			</Box>
			{showError ? <Text color={colour('error')}>✖ {result.error}</Text> : null}
			{showError && result.hint ? <Box paddingLeft={2}><Text><Text color={colour('warning')}>{presentText.error.fix}</Text> {result.hint}</Text></Box> : null}
			{!showError && result.warning ? <Text color={colour('warning')}>⚠ {result.warning}</Text> : null}
			{!showError && !result.warning && note ? note : null}
		</Box>
	);
}
