import {Box, useInput} from 'ink';
import {Text} from './components/text.js';
import {useEffect, useState} from 'react';
import {toSfrtError} from '../errors.js';
import {refreshStateLabels, removeOrg, type RemoveResult} from '../orgs/index.js';
import type {OrgStore} from '../store/org-store.js';
import type {SavedOrg} from '../store/saved-org.js';
import {Header} from './components/header.js';
import {ErrorView} from './components/error-view.js';
import {Keys} from './components/keys.js';
import {EmptyHome} from './home/empty-home.js';
import {ExportPanel} from './home/export-panel.js';
import {NoticeLine} from './home/notice.js';
import {OrgDetails} from './home/org-details.js';
import {OrgTable} from './home/org-table.js';
import {removalNotice, RemovePanel} from './home/remove-panel.js';
import {RenamePrompt} from './home/rename-prompt.js';
import type {HomeClient, Notice} from './home/types.js';
import {useOrgs} from './home/use-orgs.js';
import {useRefresh} from './home/use-refresh.js';
import {home as text} from './messages.js';

export type {HomeClient} from './home/types.js';

export interface HomeProps {
	/** The saved orgs (read afresh after every change). */
	store: () => OrgStore;
	client: HomeClient;
	/** The org to select first, such as one just added. */
	selected?: string | undefined;
	now?: () => number;
	/** `a`: log in to another org (the wizard's login flow). */
	onAdd: () => void;
	/** `l`: log in again to the selected org, with what it was logged in with. */
	onLoginAgain?: (org: SavedOrg) => void;
	/** `q` or Esc. */
	onQuit: () => void;
}

/** Which screen of the home is up; rename and remove open under the list, the rest replace it. */
type View = 'list' | 'details' | 'export' | 'rename' | 'remove';

/** How often "verified 5 min ago" is brought up to date. */
const TICK_MS = 30_000;

/**
 * The screen `sfrt` opens on when orgs are saved: the orgs, one a row, and what can be done to
 * the selected one (refresh, details, export, default, rename, remove), or add another.
 */
export function Home({store, client, selected: initialAlias, now: clock = Date.now, onAdd, onLoginAgain, onQuit}: HomeProps) {
	const {orgs, defaultAlias, error: storeError, reload} = useOrgs(store);
	const [cursor, setCursor] = useState({alias: initialAlias, index: 0});
	const [view, setView] = useState<View>('list');
	const [exportFrom, setExportFrom] = useState<'list' | 'details'>('list');
	const [notice, setNotice] = useState<Notice>();
	const [emptied, setEmptied] = useState(false);
	const [now, setNow] = useState(clock);
	const {statuses, refresh, renamed, forget} = useRefresh(store, client, () => reload());

	useEffect(() => {
		const timer = setInterval(() => setNow(clock()), TICK_MS);
		return () => clearInterval(timer);
	}, []);

	const found = orgs.findIndex(org => org.alias === cursor.alias);
	const index = found === -1 ? Math.min(cursor.index, orgs.length - 1) : found;
	const org = orgs[index];
	const select = (next: number) => {
		const target = orgs[next];
		if (target) setCursor({alias: target.alias, index: next});
	};

	const act = (run: () => Notice | undefined) => {
		try {
			setNotice(run());
		} catch (error) {
			setNotice({tone: 'error', error: toSfrtError(error)});
		}
	};

	useInput((input, key) => {
		if (key.ctrl || !org) return;
		if (key.upArrow || input === 'k') select((index - 1 + orgs.length) % orgs.length);
		else if (key.downArrow || input === 'j') select((index + 1) % orgs.length);
		else if (input === 'q' || key.escape) onQuit();
		else if (input === 'a') onAdd();
		else if (input === 'l') onLoginAgain?.(org);
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
	}, {isActive: view === 'list' && org !== undefined});

	if (orgs.length === 0 || !org) {
		return (
			<Box flexDirection="column">
				<Header title={text.title} />
				<EmptyHome error={storeError} emptied={emptied} onAdd={onAdd} onQuit={onQuit} />
				<NoticeLine notice={notice} />
			</Box>
		);
	}

	if (view === 'details') {
		return (
			<OrgDetails
				org={org}
				isDefault={org.alias === defaultAlias}
				now={now}
				onExport={() => {
					setExportFrom('details');
					setView('export');
				}}
				onBack={() => setView('list')}
			/>
		);
	}
	if (view === 'export') return <ExportPanel org={org} onBack={() => setView(exportFrom)} />;

	const status = statuses[org.alias];
	const removed = (result: RemoveResult) => {
		setNotice(removalNotice(result));
		forget(result.org.alias);
		const next = reload();
		if (next.orgs.length === 0) setEmptied(true);
		setView('list');
	};

	return (
		<Box flexDirection="column">
			<Header title={text.title} />
			<OrgTable orgs={orgs} defaultAlias={defaultAlias} selected={index} statuses={statuses} now={now} />
			{status && status.state !== 'refreshing' && status.error ? (
				<Box marginTop={1} flexDirection="column">
					<Text>{text.statusOf(org.alias, refreshStateLabels[status.state])}</Text>
					<ErrorView error={status.error} />
				</Box>
			) : null}
			{status && status.state !== 'refreshing' && status.rotated ? <Text dimColor>{text.rotated(org.alias)}</Text> : null}
			{view === 'rename' ? (
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
			{view === 'remove' ? (
				<RemovePanel
					org={org}
					remove={options => removeOrg(store(), org.alias, options, client)}
					onDone={removed}
					onCancel={error => {
						setNotice(error ? {tone: 'error', error} : undefined);
						setView('list');
					}}
				/>
			) : null}
			{view === 'list' ? (
				<>
					<NoticeLine notice={notice} />
					<Keys>{text.keys}</Keys>
				</>
			) : null}
		</Box>
	);
}
