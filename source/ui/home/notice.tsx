import {Box} from 'ink';
import {Text} from '../components/text.js';
import {ErrorView} from '../components/error-view.js';
import {useColour} from '../theme.js';
import type {Notice} from './types.js';

/** What the last action did: ✔ done, ⚠ done with a caveat, nothing done (plain), or the error with its fix. */
export function NoticeLine({notice}: {notice: Notice | undefined}) {
	const colour = useColour();
	if (!notice) return null;
	return (
		<Box marginTop={1} flexDirection="column">
			{notice.tone === 'error' ? <ErrorView error={notice.error} /> : null}
			{notice.tone === 'success' ? <Text color={colour('success')}>✔ {notice.text}</Text> : null}
			{notice.tone === 'warning' ? <Text color={colour('warning')}>⚠ {notice.text}</Text> : null}
			{notice.tone === 'info' ? <Text>{notice.text}</Text> : null}
		</Box>
	);
}
