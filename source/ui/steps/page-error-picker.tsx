import {Box} from 'ink';
import {useState} from 'react';
import {Text} from '../components/text.js';
import {Keys} from '../components/keys.js';
import {Select, type Choice} from '../components/select.js';
import {TextPrompt} from '../components/text-prompt.js';
import type {SfrtError} from '../../errors.js';
import type {PendingLogin} from '../../oauth/login.js';
import {errorFromPageText, pageError, pageErrorCodes, unknownPageError, type PageErrorCode} from '../../oauth/page-error.js';
import {common, pageErrors as text} from '../messages.js';

export interface PageErrorPickerProps {
	pending: Pick<PendingLogin, 'settings'>;
	/** The error the page showed: the login ends and its fix is shown. */
	onPicked: (error: SfrtError) => void;
	onBack: () => void;
}

type Picked = PageErrorCode | 'other' | 'back';

/**
 * The browser showed Salesforce's error page instead of coming back: the person picks what it
 * says, or pastes it, and sees that error's meaning and fix.
 */
export function PageErrorPicker({pending, onPicked, onBack}: PageErrorPickerProps) {
	const [pasting, setPasting] = useState(false);
	const [pasted, setPasted] = useState('');
	const context = {redirectUri: pending.settings.redirectUri.url, scopes: pending.settings.scopes.join(' ')};

	if (pasting) {
		return (
			<Box flexDirection="column" marginTop={1}>
				<Text>{text.pastePrompt}</Text>
				<TextPrompt
					value={pasted}
					onChange={setPasted}
					check={typed => (typed.trim() ? {} : {error: text.pasteEmpty})}
					onSubmit={typed => onPicked(errorFromPageText(typed, context) ?? unknownPageError(typed))}
					onBack={() => setPasting(false)}
				/>
				<Keys>{common.keyLine(common.keys.enterContinue, common.keys.escBack, common.keys.ctrlC)}</Keys>
			</Box>
		);
	}

	const choices: Array<Choice<Picked>> = [
		...pageErrorCodes.map(code => ({label: text.choices[code], value: code})),
		{label: text.other, value: 'other' as const},
		{label: text.back, value: 'back' as const},
	];
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text bold>{text.prompt}</Text>
			<Select
				choices={choices}
				onBack={onBack}
				onSelect={choice => {
					if (choice === 'back') onBack();
					else if (choice === 'other') setPasting(true);
					else onPicked(pageError(choice, context));
				}}
			/>
			<Keys>{common.keyLine(common.keys.choose, common.keys.escBack, common.keys.ctrlC)}</Keys>
		</Box>
	);
}
