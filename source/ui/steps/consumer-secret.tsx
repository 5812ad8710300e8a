import {Box} from 'ink';
import {Text} from '../components/text.js';
import {useState} from 'react';
import {Header, type HeaderProps} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {WholeValue} from '../components/whole-value.js';
import {TextPrompt} from '../components/text-prompt.js';
import {common, consumerSecret as text, stepTitles} from '../messages.js';
import {checkConsumerSecret} from '../validate.js';

export interface ConsumerSecretProps {
	value: string;
	header: Omit<HeaderProps, 'title'>;
	demoSecret?: string | undefined;
	onSubmit: (clientSecret: string) => void;
	onBack: () => void;
	/** The value came as a flag: a problem with it shows at once. */
	given?: boolean | undefined;
}

/** Step 3: the Consumer Secret, never shown; empty is allowed. */
export function ConsumerSecret({value: initial, header, demoSecret, onSubmit, onBack, given = false}: ConsumerSecretProps) {
	const [value, setValue] = useState(initial);
	return (
		<Box flexDirection="column">
			<Header title={stepTitles['client-secret']} {...header} />
			<Text>{text.prompt}</Text>
			{demoSecret ? (
				<Box flexDirection="column" marginTop={1}>
					<Text>{text.demoHint}</Text>
					<WholeValue id="demo-secret" value={demoSecret} printedNote={text.secretPrinted} />
				</Box>
			) : null}
			<Box marginTop={1}>
				<TextPrompt
					showErrorAtOnce={given}
					value={value}
					mask="•"
					onChange={setValue}
					check={checkConsumerSecret}
					onSubmit={v => onSubmit(v.trim())}
					onBack={onBack}
					note={<Text dimColor>{text.length(value.trim().length)}</Text>}
				/>
			</Box>
			<Keys>{common.keyLine(common.keys.enterContinue, common.keys.escBack, common.keys.ctrlC)}</Keys>
		</Box>
	);
}
