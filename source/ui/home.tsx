import {Box} from 'ink';
import {Text} from './components/text.js';
import type {SfrtError} from '../errors.js';
import type {SavedOrg} from '../store/saved-org.js';
import {ErrorView} from './components/error-view.js';
import {Header} from './components/header.js';
import {Keys} from './components/keys.js';
import {Select} from './components/select.js';
import {common, home as text} from './messages.js';
import {useColour} from './theme.js';

export type HomeChoice = 'add' | 'quit';

export interface HomeProps {
	/** The saved orgs, or why they cannot be read. */
	orgs: SavedOrg[] | SfrtError;
	defaultAlias?: string | undefined;
	onChoose: (choice: HomeChoice) => void;
}

/**
 * The screen `sfrt` opens on when orgs are saved: a list of them, and the way to add one.
 * (The "many orgs" home with per-org actions will grow from here.)
 */
export function Home({orgs, defaultAlias, onChoose}: HomeProps) {
	const colour = useColour();
	const list = Array.isArray(orgs) ? orgs : [];
	const width = Math.max(0, ...list.map(org => org.alias.length)) + 2;
	return (
		<Box flexDirection="column">
			<Header title={text.title} />
			{Array.isArray(orgs) ? null : <Box marginBottom={1} flexDirection="column"><Text>{text.storeProblem}</Text><ErrorView error={orgs} /></Box>}
			{Array.isArray(orgs) && list.length === 0 ? <Text dimColor>{text.none}</Text> : null}
			{list.map(org => (
				<Box key={org.alias} paddingLeft={2}>
					<Box width={width} flexShrink={0}><Text bold color={colour('accent')}>{org.alias}</Text></Box>
					<Text>{org.username}</Text>
					{org.alias === defaultAlias ? <Text dimColor>{` ${text.defaultMark}`}</Text> : null}
				</Box>
			))}
			<Box marginTop={1}>
				<Select choices={[{label: text.add, value: 'add' as const}, {label: text.quit, value: 'quit' as const}]} onSelect={onChoose} />
			</Box>
			<Keys>{[common.keys.choose, common.keys.ctrlC].join(' · ')}</Keys>
		</Box>
	);
}
