import {Box, Text as InkText, useBoxMetrics, useInput, useWindowSize, type DOMElement, type Key} from 'ink';
import {Text} from './components/text.js';
import {useEffect, useRef, useState, type ReactNode} from 'react';
import {toSfrtError} from '../errors.js';
import {refreshStateLabels, removeOrg, type RemoveResult} from '../orgs/index.js';
import type {OrgStore} from '../store/org-store.js';
import type {SavedOrg} from '../store/saved-org.js';
import {Header} from './components/header.js';
import {ErrorView} from './components/error-view.js';
import {Keys} from './components/keys.js';
import {packHints} from './home/columns.js';
import {EmptyHome} from './home/empty-home.js';
import {ExportPanel} from './home/export-panel.js';
import {NoticeLine} from './home/notice.js';
import {OrgDetails} from './home/org-details.js';
import {OrgTable} from './home/org-table.js';
import {keptNotice, removalNotice, RemovePanel} from './home/remove-panel.js';
import {RenamePrompt} from './home/rename-prompt.js';
import type {HomeClient, Notice} from './home/types.js';
import {useOrgs} from './home/use-orgs.js';
import {useRefresh} from './home/use-refresh.js';
import {useResizeGuard} from './components/use-resize-guard.js';
import {filterOrgs, rowCapacity, scrollOffset} from './home/viewport.js';
import {common, home as text} from './messages.js';
import {useColour} from './theme.js';

export type {HomeClient} from './home/types.js';

export interface HomeProps {
	/** The saved orgs (read afresh after every change). */
	store: () => OrgStore;
	client: HomeClient;
	/** The org to select first, such as one just added or the one selected when the home was left. */
	selected?: string | undefined;
	/** Told the selected org's alias whenever it changes (the wizard comes back to it). */
	onSelect?: ((alias: string) => void) | undefined;
	now?: () => number;
	/** Ctrl+C: a remove in flight stops, and the org is kept. */
	signal?: AbortSignal | undefined;
	/** Keeps a remove in flight until it settles (Ctrl+C waits for it, so the store is left whole). */
	track?: (<T>(work: Promise<T>) => Promise<T>) | undefined;
	/** `a`: log in to another org (the wizard's login flow). */
	onAdd: () => void;
	/** `l`: log in again to the selected org, with what it was logged in with. */
	onLoginAgain?: (org: SavedOrg) => void;
	/** `q`. */
	onQuit: () => void;
}

/** Which screen of the home is up; rename and remove open under the list, the rest replace it. */
type View = 'list' | 'details' | 'export' | 'rename' | 'remove';

/** How often "verified 5 min ago" is brought up to date. */
const TICK_MS = 30_000;
/** The widest the home's prose (notices, hints, details) is drawn: the table alone uses the whole width. */
const PROSE_WIDTH = 78;

/**
 * The screen `sfrt` opens on when orgs are saved: the orgs, one a row, and what can be done to
 * the selected one (refresh, details, export, default, rename, remove), or add another.
 *
 * The frame is always shorter than the terminal: the title, the headings and the key hints stay,
 * and the rows scroll under them (↑↓, PgUp PgDn, Home End) so that the selection is always on
 * screen. `/` filters the list by alias or username. Esc clears the filter and otherwise does
 * nothing here, as in lazygit or k9s: this is the top, there is nothing to go back to; q quits.
 */
export function Home({store, client, selected: initialAlias, onSelect, now: clock = Date.now, signal, track = work => work, onAdd, onLoginAgain, onQuit}: HomeProps) {
	const colour = useColour();
	const {columns, rows} = useWindowSize();
	const {orgs, defaultAlias, error: storeError, damaged, reload} = useOrgs(store);
	const [cursor, setCursor] = useState({alias: initialAlias, index: 0});
	const [filter, setFilter] = useState({query: '', editing: false});
	const [view, setView] = useState<View>('list');
	const [exportFrom, setExportFrom] = useState<'list' | 'details'>('list');
	const [notice, setNotice] = useState<Notice>();
	const [emptied, setEmptied] = useState(false);
	const [now, setNow] = useState(clock);
	const {statuses, refresh, renamed, forget} = useRefresh(store, client, () => reload());
	const footer = useRef<DOMElement>(null);
	const footerSize = useBoxMetrics(footer);
	const offset = useRef(0);
	const frame = useRef<DOMElement>(null);
	useResizeGuard(frame);

	useEffect(() => {
		const timer = setInterval(() => setNow(clock()), TICK_MS);
		return () => clearInterval(timer);
	}, []);

	const width = Math.max(1, (columns || PROSE_WIDTH + 2) - 2);
	const proseWidth = Math.min(width, PROSE_WIDTH);
	const listed = filterOrgs(orgs, filter.query);
	const found = listed.findIndex(org => org.alias === cursor.alias);
	const index = found === -1 ? Math.max(0, Math.min(cursor.index, listed.length - 1)) : found;
	const org = listed[index];

	useEffect(() => {
		if (org) onSelect?.(org.alias);
	}, [org?.alias]);

	const hints = filter.editing
		? [text.filterHints.type, text.filterHints.select, text.filterHints.done, text.filterHints.clear, common.keys.ctrlC]
		: [
				text.keyHints.select,
				text.keyHints.page,
				text.keyHints.filter,
				text.keyHints.details,
				text.keyHints.refresh,
				text.keyHints.export,
				text.keyHints.default,
				text.keyHints.rename,
				text.keyHints.remove,
				...(onLoginAgain ? [text.keyHints.loginAgain] : []),
				text.keyHints.add,
				...(filter.query ? [text.keyHints.clearFilter] : []),
				text.keyHints.quit,
				common.keys.ctrlC,
			];

	const hintLines = packHints(hints, proseWidth, common.keyLine);
	// Before the footer is measured: its key hints and the line under the list (no notice yet).
	const footerEstimate = 1 + hintLines.length + 2;
	const capacity = rowCapacity(rows, footerSize.hasMeasured ? footerSize.height : footerEstimate);
	const shown = Math.min(capacity, listed.length);
	offset.current = scrollOffset(offset.current, index, shown, listed.length);
	const first = offset.current;
	const info = [
		...(listed.some(other => other.alias === defaultAlias) ? [text.defaultLegend] : []),
		...(shown < listed.length ? [text.position(first + 1, first + shown, listed.length)] : []),
		...(filter.query ? [listed.length === 0 ? text.noMatch(filter.query.trim()) : text.matches(listed.length, orgs.length, filter.query.trim())] : []),
	];

	const select = (next: number) => {
		const clamped = Math.max(0, Math.min(next, listed.length - 1));
		const target = listed[clamped];
		if (target) setCursor({alias: target.alias, index: clamped});
	};

	/** ↑↓ (k j, several at once when typed fast) wrap around; pages and ends stop at the edges. */
	const navigate = (key: Key): boolean => {
		const count = listed.length;
		if (count === 0) return false;
		if (key.upArrow) select((index - 1 + count) % count);
		else if (key.downArrow) select((index + 1) % count);
		else if (key.pageUp) select(index - Math.max(1, shown - 1));
		else if (key.pageDown) select(index + Math.max(1, shown - 1));
		else if (key.home) select(0);
		else if (key.end) select(count - 1);
		else return false;
		return true;
	};

	/** Keeps the selected org when the filter keeps it; otherwise selects the first match. */
	const setQuery = (query: string, editing: boolean) => {
		setFilter({query, editing});
		const next = filterOrgs(orgs, query);
		// With no match on screen, the org selected before is still the one to come back to.
		const current = org?.alias ?? cursor.alias;
		const kept = next.findIndex(other => other.alias === current);
		setCursor(kept === -1 ? {alias: next[0]?.alias ?? current, index: 0} : {alias: current, index: kept});
	};

	const act = (run: () => Notice | undefined) => {
		try {
			setNotice(run());
		} catch (error) {
			setNotice({tone: 'error', error: toSfrtError(error)});
		}
	};

	useInput((input, key) => {
		if (key.ctrl) return;
		if (filter.editing) {
			if (key.escape) setQuery('', false);
			else if (key.return) setFilter({query: filter.query.trim(), editing: false});
			else if (navigate(key)) return;
			else if (key.backspace || key.delete) setQuery([...filter.query].slice(0, -1).join(''), true);
			else if (!key.meta && !key.tab && input) {
				// A paste or fast typing arrives as one chunk: keep its printable characters.
				const typed = [...input].filter(character => character >= ' ' && character !== '\u007F').join('');
				if (typed) setQuery(filter.query + typed, true);
			}
			return;
		}
		if (navigate(key)) return;
		if (key.escape) {
			if (filter.query) setQuery('', false);
			return;
		}
		if (/^[jk]+$/.test(input) && listed.length > 0) {
			const steps = [...input].reduce((sum, character) => sum + (character === 'j' ? 1 : -1), 0);
			select((((index + steps) % listed.length) + listed.length) % listed.length);
			return;
		}
		if (input === '/') {
			setNotice(undefined);
			setFilter({query: filter.query, editing: true});
			return;
		}
		if (input === 'q') onQuit();
		else if (input === 'a') onAdd();
		if (!org) return;
		if (input === 'l') onLoginAgain?.(org);
		else if (input === 'r') {
			setNotice(undefined);
			refresh(org.alias);
		} else if (key.return || input === 's') setView('details');
		else if (input === 'e') {
			setExportFrom('list');
			setView('export');
		} else if (input === 'd') {
			act(() => {
				if (org.alias === defaultAlias) return {tone: 'success', text: text.alreadyDefault(org.alias)};
				store().setDefault(org.alias);
				reload();
				return {tone: 'success', text: text.madeDefault(org.alias)};
			});
		} else if (input === 'n') {
			setNotice(undefined);
			setView('rename');
		} else if (input === 'x') {
			setNotice(undefined);
			setView('remove');
		}
	}, {isActive: view === 'list' && orgs.length > 0});

	const prose = (children: ReactNode) => <Box flexDirection="column" width={proseWidth}>{children}</Box>;

	if (orgs.length === 0) {
		return prose(
			<>
				<Header title={text.title} />
				<EmptyHome error={storeError} emptied={emptied} onAdd={onAdd} onQuit={onQuit} />
				<NoticeLine notice={notice ?? (damaged ? {tone: 'error', error: damaged} : undefined)} />
			</>,
		);
	}

	if (view === 'details' && org) {
		return prose(
			<OrgDetails
				org={org}
				isDefault={org.alias === defaultAlias}
				now={now}
				onExport={() => {
					setExportFrom('details');
					setView('export');
				}}
				onBack={() => setView('list')}
			/>,
		);
	}
	if (view === 'export' && org) return prose(<ExportPanel org={org} onBack={() => setView(exportFrom)} />);

	const status = org ? statuses[org.alias] : undefined;
	const removed = (result: RemoveResult) => {
		forget(result.org.alias);
		const next = reload();
		setNotice(removalNotice(result, next.orgs.length));
		if (next.orgs.length === 0) setEmptied(true);
		setView('list');
	};

	return (
		<Box ref={frame} flexDirection="column" maxHeight={Math.max(1, rows - 1)} maxWidth={width} overflow="hidden">
			<Box flexShrink={0} width={proseWidth}>
				<Header title={text.title} />
			</Box>
			<Box flexDirection="column" flexShrink={1} overflow="hidden">
				<OrgTable orgs={listed} all={orgs} defaultAlias={defaultAlias} selected={index} first={first} count={shown} statuses={statuses} now={now} width={width} />
			</Box>
			<Box ref={footer} flexDirection="column" flexShrink={0} width={proseWidth}>
				{filter.editing ? (
					<Box marginTop={1}>
						<InkText wrap="truncate-end">
							<InkText color={colour('accent')}>{text.filterPrompt}</InkText> {filter.query}
							<InkText inverse> </InkText>
							{info.length > 0 ? <InkText dimColor>{`  ${text.info(...info)}`}</InkText> : null}
						</InkText>
					</Box>
				) : info.length > 0 ? (
					<Box marginTop={1}><Text dimColor>{text.info(...info)}</Text></Box>
				) : null}
				{org && status && status.state !== 'refreshing' && status.error ? (
					<Box marginTop={1} flexDirection="column">
						<Text>{text.statusOf(org.alias, refreshStateLabels[status.state])}</Text>
						<ErrorView error={status.error} />
						{onLoginAgain && status.state === 'revoked' ? <Text>{text.loginAgainTip(org.alias)}</Text> : null}
					</Box>
				) : null}
				{org && status && status.state !== 'refreshing' && status.rotated ? <Text dimColor>{text.rotated(org.alias)}</Text> : null}
				{view === 'rename' && org ? (
					<RenamePrompt
						org={org}
						others={orgs.filter(other => other.alias !== org.alias)}
						onBack={() => setView('list')}
						onSubmit={alias => {
							if (alias === org.alias) {
								setView('list');
								return undefined;
							}
							try {
								store().rename(org.alias, alias);
							} catch (error) {
								return toSfrtError(error);
							}
							renamed(org.alias, alias);
							setCursor({alias, index});
							reload();
							setNotice({tone: 'success', text: text.renamed(org.alias, alias)});
							setView('list');
							return undefined;
						}}
					/>
				) : null}
				{view === 'remove' && org ? (
					<RemovePanel
						org={org}
						remove={options => track(removeOrg(store(), org.alias, {...options, signal}, client))}
						onDone={removed}
						onCancel={error => {
							setNotice(error ? {tone: 'error', error} : keptNotice(org.alias));
							setView('list');
						}}
					/>
				) : null}
				{view === 'list' ? (
					<>
						<NoticeLine notice={notice ?? (damaged ? {tone: 'error', error: damaged} : undefined)} />
						<Keys>{hintLines.join('\n')}</Keys>
					</>
				) : null}
			</Box>
		</Box>
	);
}
