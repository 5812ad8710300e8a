import {Box} from 'ink';
import {Text} from '../components/text.js';
import {useState} from 'react';
import {Header, type HeaderProps} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {TextPrompt} from '../components/text-prompt.js';
import {callbackUrl as text, common, stepTitles} from '../messages.js';
import {checkRedirectUri, type Check} from '../validate.js';
import type {LoginMethod} from '../../login/settings.js';

export interface CallbackUrlProps {
	value: string;
	header: Omit<HeaderProps, 'title'>;
	onSubmit: (redirectUri: string) => void;
	onBack: () => void;
	/** The value came as a flag: a problem with it shows at once. */
	given?: boolean | undefined;
	/** Paste mode: nothing listens on the URL, so any URL registered on the app will do. */
	method?: LoginMethod | undefined;
}

/** The callback URL, which must match the app's exactly. */
export function CallbackUrl({value: initial, header, onSubmit, onBack, given = false, method = 'browser'}: CallbackUrlProps) {
	const [value, setValue] = useState(initial);
	const check = (typed: string): Check => {
		if (!typed.trim()) return {error: text.empty};
		const parsed = checkRedirectUri(typed, method);
		return parsed.ok ? {} : {error: parsed.error.message, hint: parsed.error.hint};
	};
	return (
		<Box flexDirection="column">
			<Header title={stepTitles['redirect-uri']} {...header} />
			<Text>{method === 'paste' ? text.pastePrompt : text.prompt}</Text>
			<Text bold>{text.mustMatch}</Text>
			<Box marginTop={1}>
				<TextPrompt showErrorAtOnce={given} value={value} onChange={setValue} check={check} onSubmit={v => onSubmit(v.trim())} onBack={onBack} />
			</Box>
			<Keys>{common.keyLine(common.keys.enterContinue, common.keys.escBack, common.keys.ctrlC)}</Keys>
		</Box>
	);
}
