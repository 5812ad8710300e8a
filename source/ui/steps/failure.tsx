import {Box} from 'ink';
import type {SfrtError} from '../../errors.js';
import {ErrorView} from '../components/error-view.js';
import {Header, type HeaderProps} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {Select} from '../components/select.js';
import {common, failure as text, fieldNames} from '../messages.js';
import type {InputStep} from '../flow.js';
import {inWizard} from '../wizard-error.js';

export type FailureChoice = 'retry' | 'back' | 'quit';

export interface FailureProps {
	error: SfrtError;
	/** The value the error is about: "go back" opens its step. None: no value typed here fixes it. */
	back?: InputStep | undefined;
	header: Omit<HeaderProps, 'title'>;
	/** The final frame after Quit: the error without the choices. */
	final?: boolean;
	onChoose: (choice: FailureChoice) => void;
}

/** Any error on the way: what happened, the fix, and try again / go back / quit. */
export function Failure({error, back, header, final = false, onChoose}: FailureProps) {
	return (
		<Box flexDirection="column">
			<Header title={text.title} {...header} />
			<ErrorView error={inWizard(error)} />
			{final ? null : (
				<Box flexDirection="column" marginTop={1}>
					<Select
						choices={[
							{label: text.retry, value: 'retry' as const},
							...(back ? [{label: text.back(fieldNames[back]), value: 'back' as const}] : []),
							{label: text.quit, value: 'quit' as const},
						]}
						onSelect={onChoose}
						{...(back ? {onBack: () => onChoose('back')} : {})}
					/>
					<Keys>{back ? common.keyLine(common.keys.choose, common.keys.escBack, common.keys.ctrlC) : common.keyLine(common.keys.choose, common.keys.ctrlC)}</Keys>
				</Box>
			)}
		</Box>
	);
}
