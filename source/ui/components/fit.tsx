import {Box, useBoxMetrics, type DOMElement} from 'ink';
import {createContext, useContext, useEffect, useRef, useState, type ReactNode} from 'react';

/**
 * Screens fit the terminal: when one is taller than the rows it has, it is drawn again
 * compact, without the parts marked <Optional> (explanations a person has read once), so the
 * choices and the key hints stay on screen. Whatever still doesn't fit is cut at the bottom.
 */
const CompactContext = createContext(false);

export function useCompact(): boolean {
	return useContext(CompactContext);
}

/** Prose that a short terminal leaves out. */
export function Optional({children}: {children: ReactNode}) {
	return useCompact() ? null : <>{children}</>;
}

/** Measures its children after each draw; `screenKey` changing (another screen, another size) starts over in full. */
export function Fit({rows, screenKey, children}: {rows: number | undefined; screenKey: string; children: ReactNode}) {
	const ref = useRef<DOMElement>(null);
	const [compactFor, setCompactFor] = useState<string>();
	const compact = compactFor === screenKey;
	// Updated after each layout pass, so the height is that of what was just drawn.
	const {height, hasMeasured} = useBoxMetrics(ref);
	useEffect(() => {
		if (rows && !compact && hasMeasured && height > rows - 1) setCompactFor(screenKey);
	}, [height, hasMeasured, rows, compact, screenKey]);
	return (
		<CompactContext.Provider value={compact}>
			<Box ref={ref} flexDirection="column" flexShrink={0}>{children}</Box>
		</CompactContext.Provider>
	);
}
