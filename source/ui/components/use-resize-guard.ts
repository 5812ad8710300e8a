import {useStdout, type DOMElement} from 'ink';
import {useEffect, type RefObject} from 'react';

/**
 * On a resize Ink draws the frame it has at once, laid out for the old size, before React
 * renders for the new one: a terminal that lost rows gets a frame taller than itself, which Ink
 * clears and reprints into the scrollback. This bounds the box to the new size first (its
 * overflow is hidden), so that even that frame fits; the render that follows lays it out anew.
 */
export function useResizeGuard(box: RefObject<DOMElement | null>, options: {width?: boolean} = {}) {
	const {width = true} = options;
	const stdout = useStdout().stdout as NodeJS.WriteStream;
	useEffect(() => {
		const guard = () => {
			const node = box.current?.yogaNode;
			if (!node) return;
			if (stdout.rows) node.setMaxHeight(Math.max(1, stdout.rows - 1));
			if (width && stdout.columns) node.setMaxWidth(Math.max(1, stdout.columns - 2));
		};
		// Before Ink's own listener, which lays out and draws.
		stdout.prependListener('resize', guard);
		return () => {
			stdout.off('resize', guard);
		};
	}, [stdout]);
}
