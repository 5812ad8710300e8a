import {Box, Text as InkText} from 'ink';
import {Text} from './text.js';
import {useReducer, useRef, useState, type ReactNode} from 'react';
import {useKeypress} from './keypresses.js';
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

	useKeypress((_input, key) => {
		if (key.escape) onBack?.();
	}, {isActive: isActive && onBack !== undefined});

	return (
		<Box flexDirection="column">
			<Box>
				<Box flexShrink={0}><Text color={colour('accent')}>❯ </Text></Box>
				<LineInput
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

interface LineInputProps {
	value: string;
	focus: boolean;
	onChange: (value: string) => void;
	onSubmit: (value: string) => void;
	mask?: string;
	placeholder?: string;
}

/**
 * The line being typed, with a cursor (←→, Home, End, Backspace, Delete, Ctrl+U). Every key of
 * a chunk counts: five Backspaces that arrive together delete five characters, and "text⏎"
 * types the text, then submits it. The value and cursor live in a ref between the keys of one
 * chunk, because React renders only once after all of them.
 */
function LineInput({value, focus, onChange, onSubmit, mask, placeholder}: LineInputProps) {
	const line = useRef({value, cursor: value.length});
	const [, redraw] = useReducer((n: number) => n + 1, 0);
	// The owner changed the value itself (or refused a change): follow it.
	if (line.current.value !== value) line.current = {value, cursor: Math.min(line.current.cursor, value.length)};

	useKeypress((input, key) => {
		const {value: current, cursor} = line.current;
		if (key.upArrow || key.downArrow || key.tab || key.escape || key.pageUp || key.pageDown) return;
		if (key.return) {
			onSubmit(current);
			return;
		}
		let next = current;
		let at = cursor;
		if (key.leftArrow) at = Math.max(0, cursor - 1);
		else if (key.rightArrow) at = Math.min(current.length, cursor + 1);
		else if (key.home || (key.ctrl && input === 'a')) at = 0;
		else if (key.end || (key.ctrl && input === 'e')) at = current.length;
		else if (key.ctrl && input === 'u') {
			next = current.slice(cursor);
			at = 0;
		} else if (key.backspace || key.delete) {
			if (cursor === 0) return;
			next = current.slice(0, cursor - 1) + current.slice(cursor);
			at = cursor - 1;
		} else if (key.ctrl || key.meta) return;
		else {
			// Printable text only: a stray control character never lands in a value.
			// A pasted line break joins words, not letters: it becomes a space.
			const text = input.replaceAll(/\r\n?|\n/g, ' ').replaceAll(/[\u0000-\u001F\u007F]/g, '');
			if (!text) return;
			next = current.slice(0, cursor) + text + current.slice(cursor);
			at = cursor + text.length;
		}
		line.current = {value: next, cursor: at};
		if (next !== current) onChange(next);
		else redraw();
	}, {isActive: focus});

	const {cursor} = line.current;
	const shown = mask === undefined ? value : mask.repeat(value.length);
	if (!focus) return <InkText>{shown || (placeholder ? <InkText dimColor>{placeholder}</InkText> : '')}</InkText>;
	if (!shown && placeholder) return <InkText><InkText inverse>{placeholder.slice(0, 1)}</InkText><InkText dimColor>{placeholder.slice(1)}</InkText></InkText>;
	return (
		<InkText>
			{shown.slice(0, cursor)}
			<InkText inverse>{shown[cursor] ?? ' '}</InkText>
			{shown.slice(cursor + 1)}
		</InkText>
	);
}
