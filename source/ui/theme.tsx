import {createContext, useContext, type ReactNode} from 'react';

/** Colours the wizard uses by role. With colour off (NO_COLOR, TERM=dumb) every role is undefined. */
const palette = {
	accent: 'cyan',
	success: 'green',
	error: 'red',
	warning: 'yellow',
	muted: 'gray',
} as const;

export type Role = keyof typeof palette;

const ColourContext = createContext(true);

export function ThemeProvider({colour, children}: {colour: boolean; children: ReactNode}) {
	return <ColourContext.Provider value={colour}>{children}</ColourContext.Provider>;
}

/** `colour('accent')` gives Ink's colour name, or undefined when colours are off. */
export function useColour(): (role: Role) => string | undefined {
	const on = useContext(ColourContext);
	return role => (on ? palette[role] : undefined);
}
