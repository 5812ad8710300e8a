import {Box} from 'ink';
import {Text} from '../components/text.js';
import {useState} from 'react';
import {Header, type HeaderProps} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {WholeValue} from '../components/whole-value.js';
import {TextPrompt} from '../components/text-prompt.js';
import {common, consumerKey as text, stepTitles} from '../messages.js';
import {checkConsumerKey} from '../validate.js';

export interface ConsumerKeyProps {
	value: string;
	header: Omit<HeaderProps, 'title'>;
	/** The demo's key, shown so it can be typed or accepted. */
	demoKey?: string | undefined;
	onSubmit: (clientId: string) => void;
	onBack: () => void;
	/** The value came as a flag: a problem with it shows at once. */
	given?: boolean | undefined;
}

/** Step 2: the app's Consumer Key, checked as it is typed. */
export function ConsumerKey({value: initial, header, demoKey, onSubmit, onBack, given = false}: ConsumerKeyProps) {
	const [value, setValue] = useState(initial);
	return (
		<Box flexDirection="column">
			<Header title={stepTitles['client-id']} {...header} />
			<Text>{text.prompt}</Text>
			<Text dimColor>{text.where}</Text>
			{demoKey ? (
				<Box flexDirection="column" marginTop={1}>
					<Text>{text.demoHint}</Text>
					<WholeValue id="demo-key" value={demoKey} printedNote={text.keyPrinted} />
				</Box>
			) : null}
			<Box marginTop={1}>
				<TextPrompt showErrorAtOnce={given} value={value} onChange={setValue} check={checkConsumerKey} onSubmit={v => onSubmit(v.trim())} onBack={onBack} />
			</Box>
			<Keys>{common.keyLine(common.keys.enterContinue, common.keys.escBack, common.keys.ctrlC)}</Keys>
		</Box>
	);
}
