import {Box} from 'ink';
import {Text} from '../components/text.js';
import {useState} from 'react';
import type {SfrtError} from '../../errors.js';
import type {SavedOrg} from '../../store/saved-org.js';
import {ErrorView} from '../components/error-view.js';
import {Keys} from '../components/keys.js';
import {TextPrompt} from '../components/text-prompt.js';
import {common, renameText as text} from '../messages.js';
import {checkNewAlias, type Check} from '../validate.js';

export interface RenamePromptProps {
	org: SavedOrg;
	/** The other saved orgs: their aliases are taken. */
	others: SavedOrg[];
	/** Renames; returns the error when the store refused (the typed value stays). */
	onSubmit: (alias: string) => SfrtError | undefined;
	onBack: () => void;
}

/** A new alias for the selected org, checked as it is typed: a bad or taken alias shows inline. */
export function RenamePrompt({org, others, onSubmit, onBack}: RenamePromptProps) {
	const [value, setValue] = useState(org.alias);
	const [error, setError] = useState<SfrtError>();

	const check = (typed: string): Check => checkNewAlias(typed, alias => others.find(other => other.alias === alias), {message: text.taken, hint: text.takenHint});

	return (
		<Box flexDirection="column" marginTop={1}>
			<Text>{text.prompt(org.alias)}</Text>
			<TextPrompt
				value={value}
				onChange={typed => {
					setValue(typed);
					setError(undefined);
				}}
				check={check}
				onSubmit={typed => setError(onSubmit(typed.trim()))}
				onBack={onBack}
				note={<Text dimColor>{text.hint}</Text>}
			/>
			{error ? <Box marginTop={1}><ErrorView error={error} /></Box> : null}
			<Keys>{common.keyLine(common.keys.enterContinue, common.keys.escBack, common.keys.ctrlC)}</Keys>
		</Box>
	);
}
