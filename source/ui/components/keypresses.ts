import {useInput, type Key} from 'ink';

export interface Keypress {
	input: string;
	key: Key;
}

const noKey: Key = {
	upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
	home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
	backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};

/**
 * Every keypress in what one input event carries. Keys that arrive together (fast typing over
 * SSH, a held key, a paste) reach `useInput` as one string: "jj" is two moves, "abc\r" is three
 * letters and Enter. Escape sequences (arrows) and Backspace already come one per event.
 */
export function keypresses(input: string, key: Key): Keypress[] {
	if ([...input].length <= 1 || key.ctrl || key.meta) return [{input, key}];
	return [...input].map(character => ({
		input: character,
		key: {
			...noKey,
			shift: /[A-Z]/.test(character),
			return: character === '\r' || character === '\n',
			tab: character === '\t',
			backspace: character === '\u007F' || character === '\b',
		},
	}));
}

/**
 * useInput, one call per keypress. The handler must not rely on state set by an earlier key of
 * the same chunk (React renders once after all of them): keep such state in a ref, or use
 * functional updates.
 */
export function useKeypress(handler: (input: string, key: Key) => void, options?: {isActive?: boolean}): void {
	useInput((input, key) => {
		for (const press of keypresses(input, key)) handler(press.input, press.key);
	}, options);
}
