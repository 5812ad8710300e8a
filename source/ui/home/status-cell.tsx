import {Text} from '../components/text.js';
import Spinner from 'ink-spinner';
import {home as text} from '../messages.js';
import {useColour} from '../theme.js';
import type {RowStatus} from './types.js';

/** The text of a status cell, for measuring the column. */
export function statusText(status: RowStatus | undefined): string {
	if (!status) return '';
	if (status.state === 'refreshing') return `⠋ ${text.refreshing}`;
	return `${status.state === 'ok' ? '✔' : '✖'} ${text.states[status.state]}`;
}

/** A spinner while refreshing; then ✔ ok, or ✖ and what went wrong. */
export function StatusCell({status}: {status: RowStatus | undefined}) {
	const colour = useColour();
	if (!status) return null;
	if (status.state === 'refreshing') {
		return <Text><Text color={colour('accent')}><Spinner /></Text> {text.refreshing}</Text>;
	}
	return <Text color={colour(status.state === 'ok' ? 'success' : 'error')}>{statusText(status)}</Text>;
}
