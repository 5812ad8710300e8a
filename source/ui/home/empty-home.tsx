import {Box, useInput} from 'ink';
import {Text} from '../components/text.js';
import type {SfrtError} from '../../errors.js';
import {ErrorView} from '../components/error-view.js';
import {Keys} from '../components/keys.js';
import {Select} from '../components/select.js';
import {home as text} from '../messages.js';

export interface EmptyHomeProps {
	/** The store cannot be read: why. */
	error?: SfrtError | undefined;
	/** True after the last org was removed. */
	emptied?: boolean;
	onAdd: () => void;
	onQuit: () => void;
}

/** No orgs (or none readable): add one, or quit (q; Esc does nothing here, as on the list). */
export function EmptyHome({error, emptied = false, onAdd, onQuit}: EmptyHomeProps) {
	useInput((input, key) => {
		if (key.ctrl) return;
		if (input === 'q') onQuit();
		else if (input === 'a') onAdd();
	});
	return (
		<Box flexDirection="column">
			{error ? (
				<Box marginBottom={1} flexDirection="column">
					<Text>{text.storeProblem}</Text>
					<ErrorView error={error} />
				</Box>
			) : (
				<Box marginBottom={1}><Text dimColor>{emptied ? text.noneLeft : text.none}</Text></Box>
			)}
			<Select
				choices={[{label: text.add, value: 'add' as const}, {label: text.quit, value: 'quit' as const}]}
				onSelect={choice => (choice === 'add' ? onAdd() : onQuit())}
			/>
			<Keys>{text.emptyKeys}</Keys>
		</Box>
	);
}
