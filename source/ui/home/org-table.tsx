import {Box, Text as InkText, useWindowSize} from 'ink';
import type {ReactNode} from 'react';
import {Text} from '../components/text.js';
import {orgListItem} from '../../orgs/index.js';
import {widest} from '../../present/cells.js';
import {timeAgo} from '../../present/time.js';
import type {SavedOrg} from '../../store/saved-org.js';
import {home as text} from '../messages.js';
import {useColour} from '../theme.js';
import {StatusCell, statusText} from './status-cell.js';
import type {RowStatus} from './types.js';

export interface OrgTableProps {
	orgs: SavedOrg[];
	defaultAlias?: string | undefined;
	/** Index of the selected row. */
	selected: number;
	statuses: Record<string, RowStatus>;
	now: number;
}

// Cells that truncate use Ink's Text: the wrapper in components/text.js wraps rows instead.

/**
 * Aliases are shown in full up to MAX_ALIAS characters when the row has room (80 columns), and
 * never cut below MIN_ALIAS: the username, less useful to tell orgs apart, gives way first down
 * to MIN_USERNAME. Longer kinds are cut with … (the details show everything whole).
 */
const MAX_ALIAS = 28;
const MIN_ALIAS = 16;
const MIN_USERNAME = 12;
const MAX_KIND = 14;
const GAP = 2;
/** The wizard draws at most 80 columns, less one column of padding each side. */
const MAX_TABLE_WIDTH = 78;

/**
 * One row per org: pointer, default marker, alias, username, kind, when it was last verified,
 * and (once refreshed) its status. Fixed columns sized to their content; the username takes
 * what is left of 80 columns and is cut with … if it must.
 */
export function OrgTable({orgs, defaultAlias, selected, statuses, now}: OrgTableProps) {
	const colour = useColour();
	const {columns} = useWindowSize();
	const rows = orgs.map(org => ({...orgListItem(org, defaultAlias), verified: timeAgo(org.lastVerifiedAt, now), status: statuses[org.alias]}));
	const width = (values: string[], heading: string, max = Infinity) => Math.min(widest([heading, ...values]), max) + GAP;
	const kindWidth = width(rows.map(row => row.kindLabel), text.headings.kind, MAX_KIND);
	const verifiedWidth = width(rows.map(row => row.verified), text.headings.verified);
	const statusTexts = rows.map(row => statusText(row.status)).filter(Boolean);
	const statusWidth = statusTexts.length > 0 ? widest([text.headings.status, ...statusTexts]) : 0;
	const tableWidth = Math.min((columns || MAX_TABLE_WIDTH + 2) - 2, MAX_TABLE_WIDTH);
	const aliasRoom = tableWidth - 4 - kindWidth - verifiedWidth - statusWidth - (MIN_USERNAME + GAP) - GAP;
	const aliasWidth = width(rows.map(row => row.alias), text.headings.alias, Math.max(MIN_ALIAS, Math.min(MAX_ALIAS, aliasRoom)));
	const aliasTexts = fitAliases(rows.map(row => row.alias), aliasWidth - GAP);

	const row = (key: string, cells: {pointer: string; mark: string; alias: ReactNode; username: ReactNode; kind: ReactNode; verified: ReactNode; status: ReactNode}) => (
		<Box key={key}>
			<Box width={2} flexShrink={0}>{cells.pointer ? <Text color={colour('accent')}>{cells.pointer}</Text> : null}</Box>
			<Box width={2} flexShrink={0}><Text>{cells.mark}</Text></Box>
			<Box width={aliasWidth} flexShrink={0} paddingRight={GAP}>{cells.alias}</Box>
			<Box flexGrow={1} flexShrink={1} flexBasis={0} paddingRight={GAP} minWidth={6}>{cells.username}</Box>
			<Box width={kindWidth} flexShrink={0} paddingRight={GAP}>{cells.kind}</Box>
			<Box width={verifiedWidth} flexShrink={0} paddingRight={statusWidth > 0 ? GAP : 0}>{cells.verified}</Box>
			{statusWidth > 0 ? <Box width={statusWidth} flexShrink={0}>{cells.status}</Box> : null}
		</Box>
	);

	return (
		<Box flexDirection="column">
			{row('heading', {
				pointer: '',
				mark: '',
				alias: <Text dimColor>{text.headings.alias}</Text>,
				username: <Text dimColor>{text.headings.username}</Text>,
				kind: <Text dimColor>{text.headings.kind}</Text>,
				verified: <Text dimColor>{text.headings.verified}</Text>,
				status: <Text dimColor>{text.headings.status}</Text>,
			})}
			{rows.map((item, index) => {
				const isSelected = index === selected;
				return row(item.alias, {
					pointer: isSelected ? '❯ ' : '',
					mark: item.isDefault ? text.defaultStar : '',
					alias: <InkText bold={isSelected} color={isSelected ? colour('accent') : undefined} wrap="truncate-end">{aliasTexts[index]}</InkText>,
					username: <InkText wrap="truncate-end">{item.username}</InkText>,
					kind: <InkText dimColor wrap="truncate-end">{item.kindLabel}</InkText>,
					verified: <Text dimColor>{item.verified}</Text>,
					status: <StatusCell status={item.status} />,
				});
			})}
			{rows.some(item => item.isDefault) ? <Box marginTop={1}><Text dimColor>{text.defaultLegend}</Text></Box> : null}
		</Box>
	);
}

/**
 * The aliases as they fit in `width` characters: cut at the end with …, unless that would make
 * two of them look the same (jane.doe@acme.com, jane.doe@acme.com-2): those are cut in the
 * middle instead, keeping the end that tells them apart (jane.doe@…-2).
 */
export function fitAliases(aliases: string[], width: number): string[] {
	const endCut = aliases.map(alias => (alias.length <= width ? alias : `${alias.slice(0, Math.max(0, width - 1))}…`));
	const counts = new Map<string, number>();
	for (const shown of endCut) counts.set(shown, (counts.get(shown) ?? 0) + 1);
	return aliases.map((alias, index) => {
		const shown = endCut[index]!;
		if (alias.length <= width || counts.get(shown) === 1 || width < 4) return shown;
		const alike = aliases.filter((other, at) => at !== index && endCut[at] === shown && other !== alias);
		const tail = distinguishingTail(alias, alike, width - 2);
		return tail === undefined ? shown : `${alias.slice(0, width - 1 - tail.length)}…${tail}`;
	});
}

/** The shortest end of `alias` no other alias ends with, widened to the separator before it (-2, .com). */
function distinguishingTail(alias: string, others: string[], max: number): string | undefined {
	for (let length = 1; length <= Math.min(max, alias.length); length++) {
		const tail = alias.slice(-length);
		if (others.some(other => other.endsWith(tail))) continue;
		const start = alias.length - length;
		const separator = Math.max(...['.', '-', '_', '@', '+'].map(mark => alias.lastIndexOf(mark, start)));
		const widened = separator >= 0 && alias.length - separator <= Math.min(max, Math.max(length, 8)) ? alias.slice(separator) : tail;
		return widened;
	}
	return undefined;
}
