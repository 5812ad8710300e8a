import {Text as InkText} from 'ink';
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

/** Every text a status cell can show: the column is as wide as the widest, before any refresh. */
export function statusTexts(): string[] {
	const states = Object.keys(text.states) as Array<keyof typeof text.states>;
	return [text.headings.status, statusText({state: 'refreshing'}), ...states.map(state => statusText({state, rotated: false}))];
}

/** A spinner while refreshing; then ✔ ok, or ✖ and what went wrong. */
export function StatusCell({status}: {status: RowStatus | undefined}) {
	const colour = useColour();
	if (!status) return null;
	if (status.state === 'refreshing') {
		return <InkText wrap="truncate-end"><InkText color={colour('accent')}><Spinner /></InkText> {text.refreshing}</InkText>;
	}
	return <InkText color={colour(status.state === 'ok' ? 'success' : 'error')} wrap="truncate-end">{statusText(status)}</InkText>;
}
