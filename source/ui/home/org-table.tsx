import {Box, Text as InkText} from 'ink';
import {useRef, type ReactNode} from 'react';
import {orgListItem} from '../../orgs/index.js';
import {cellWidth, widest} from '../../present/cells.js';
import {timeAgo} from '../../present/time.js';
import type {SavedOrg} from '../../store/saved-org.js';
import {home as text} from '../messages.js';
import {useColour} from '../theme.js';
import {COLUMNS, cutEnd, GAP, head, layoutColumns, PREFIX, type Column, type ColumnWidths} from './columns.js';
import {StatusCell, statusTexts} from './status-cell.js';
import type {RowStatus} from './types.js';

export interface OrgTableProps {
	/** The orgs listed (all, or those the filter kept). */
	orgs: SavedOrg[];
	/** Every saved org: the columns are sized for all of them, so filtering or scrolling moves nothing. */
	all?: SavedOrg[] | undefined;
	defaultAlias?: string | undefined;
	/** Index (in `orgs`) of the selected row. */
	selected: number;
	/** The rows on screen: `count` of them from index `first`. Default: all. */
	first?: number;
	count?: number;
	statuses: Record<string, RowStatus>;
	now: number;
	/** Cells available for the table (the terminal's width less the padding). */
	width: number;
}

// Every cell truncates (Ink's Text with wrap="truncate-end"): a cell never wraps onto a second row.

/**
 * The headings and one row per org: pointer, default marker, alias, username, kind, when it was
 * last verified, and the status of the last refresh. Each column is as wide as its widest value
 * when the terminal has room, whatever its width; see columns.ts for what gives way when not.
 */
export function OrgTable({orgs, all = orgs, defaultAlias, selected, first = 0, count = orgs.length, statuses, now, width}: OrgTableProps) {
	const colour = useColour();
	// The widest "verified" seen so far: a refresh ("just now") never narrows the column under STATUS.
	const verifiedSeen = useRef(0);
	verifiedSeen.current = Math.max(verifiedSeen.current, verifiedWidth(all, now));
	const widths = tableColumns(all, now, width, verifiedSeen.current);
	const aliasTexts = new Map(fitAliases(all.map(org => org.alias), widths.alias).map((shown, index) => [all[index]!.alias, shown]));
	const shown = orgs.slice(first, first + count);

	const row = (key: string, prefix: ReactNode, cells: Record<Column, ReactNode>) => (
		<Box key={key} flexShrink={0}>
			<Box width={PREFIX} flexShrink={0}>{prefix}</Box>
			<Box columnGap={GAP} flexShrink={0}>
				{COLUMNS.filter(column => widths[column] > 0).map(column => (
					<Box key={column} width={widths[column]} flexShrink={0}>{cells[column]}</Box>
				))}
			</Box>
		</Box>
	);
	const heading = (column: Column) => <InkText dimColor wrap="truncate-end">{text.headings[column]}</InkText>;

	return (
		<Box flexDirection="column">
			{row('heading', null, {alias: heading('alias'), username: heading('username'), kind: heading('kind'), verified: heading('verified'), status: heading('status')})}
			{shown.map((org, at) => {
				const item = orgListItem(org, defaultAlias);
				const isSelected = first + at === selected;
				return row(
					org.alias,
					<InkText>
						<InkText color={colour('accent')}>{isSelected ? '❯ ' : '  '}</InkText>
						{item.isDefault ? text.defaultStar : ' '}
					</InkText>,
					{
						alias: <InkText bold={isSelected} color={isSelected ? colour('accent') : undefined} wrap="truncate-end">{aliasTexts.get(org.alias) ?? org.alias}</InkText>,
						username: <InkText wrap="truncate-end">{item.username}</InkText>,
						kind: <InkText dimColor wrap="truncate-end">{item.kindLabel}</InkText>,
						verified: <InkText dimColor wrap="truncate-end">{timeAgo(org.lastVerifiedAt, now)}</InkText>,
						status: <StatusCell status={statuses[org.alias]} />,
					},
				);
			})}
		</Box>
	);
}

/**
 * How wide the verified column must be: its values, and anything up to "59 min ago" and "47 h
 * ago" (so that the column does not widen as minutes pass).
 */
export function verifiedWidth(orgs: SavedOrg[], now: number): number {
	const ago = (ms: number) => timeAgo(new Date(now - ms).toISOString(), now);
	return widest([...orgs.map(org => timeAgo(org.lastVerifiedAt, now)), ago(59 * 60_000), ago(47 * 3_600_000)]);
}

/** The column widths for these orgs in `width` cells (the status column sized for every status). */
export function tableColumns(orgs: SavedOrg[], now: number, width: number, verifiedAtLeast = 0): ColumnWidths {
	const natural: ColumnWidths = {
		alias: widest(orgs.map(org => org.alias)),
		username: widest(orgs.map(org => org.username)),
		kind: widest(orgs.map(org => orgListItem(org, undefined).kindLabel)),
		verified: Math.max(verifiedAtLeast, verifiedWidth(orgs, now)),
		status: widest(statusTexts()),
	};
	const headings = Object.fromEntries(COLUMNS.map(column => [column, cellWidth(text.headings[column])])) as ColumnWidths;
	return layoutColumns(width, natural, headings);
}

/**
 * The aliases as they fit in `width` cells: cut at the end with …, unless what is left could be
 * another alias too (jane.doe@acme.com, jane.doe@acme.com-2 cut to "jane.doe@acme.c…"): those
 * are cut in the middle instead, keeping the end that tells them apart (jane.doe@…-2).
 */
export function fitAliases(aliases: string[], width: number): string[] {
	return aliases.map(alias => {
		const shown = cutEnd(alias, width);
		if (shown === alias || width < 4) return shown;
		const kept = shown.slice(0, -1);
		const alike = aliases.filter(other => other !== alias && other.startsWith(kept));
		if (alike.length === 0) return shown;
		const end = distinguishingTail(alias, alike, width - 2);
		return end === undefined ? shown : `${head(alias, width - 1 - cellWidth(end))}…${end}`;
	});
}

/** The shortest end of `alias` no other alias ends with, widened to the separator before it (-2, .com). */
function distinguishingTail(alias: string, others: string[], max: number): string | undefined {
	const characters = [...alias];
	for (let length = 1; length <= characters.length; length++) {
		const end = characters.slice(-length).join('');
		if (cellWidth(end) > max) return undefined;
		if (others.some(other => other.endsWith(end))) continue;
		const start = alias.length - end.length;
		const separator = Math.max(...['.', '-', '_', '@', '+'].map(mark => alias.lastIndexOf(mark, start)));
		const widened = separator >= 0 ? alias.slice(separator) : end;
		return cellWidth(widened) <= Math.min(max, Math.max(cellWidth(end), 8)) ? widened : end;
	}
	return undefined;
}
