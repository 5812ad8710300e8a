import {Box} from 'ink';
import {Text} from '../components/text.js';
import {Header, type HeaderProps} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {Select} from '../components/select.js';
import type {LoginMethod} from '../../login/settings.js';
import {portForward, type RemoteReason} from '../../system/remote.js';
import {systemText} from '../../system/messages.js';
import {common, loginMethod as text, stepTitles} from '../messages.js';
import {useColour} from '../theme.js';

export interface LoginMethodProps {
	value: LoginMethod;
	/** Why this machine looks remote: paste mode comes first then, with the port forward to use. */
	remote?: RemoteReason | undefined;
	/** The port forward names the catcher's port. */
	redirectUri: {hostname: string; port: number} | undefined;
	header: Omit<HeaderProps, 'title'>;
	onSubmit: (method: LoginMethod) => void;
	onBack: () => void;
}

/** How the login comes back to sfrt: the catcher, a pasted address, or the device flow. */
export function LoginMethodStep({value, remote, redirectUri, header, onSubmit, onBack}: LoginMethodProps) {
	const colour = useColour();
	const browser = {label: text.browser, value: 'browser' as const, hint: text.browserHint};
	const paste = {label: text.paste, value: 'paste' as const, hint: text.pasteHint};
	const device = {label: text.device, value: 'device' as const, hint: text.deviceHint};
	const choices = remote ? [paste, device, browser] : [browser, paste, device];
	return (
		<Box flexDirection="column">
			<Header title={stepTitles.method} {...header} />
			{remote ? (
				<Box flexDirection="column" marginBottom={1}>
					<Text color={colour('warning')}>{text.remote(systemText.remoteReasons[remote])}</Text>
					{redirectUri ? (
						<>
							<Text>{text.forward}</Text>
							<Text color={colour('accent')}>{`  ${portForward(redirectUri)}`}</Text>
						</>
					) : null}
				</Box>
			) : null}
			<Text>{text.prompt}</Text>
			<Select choices={choices} initialIndex={choices.findIndex(choice => choice.value === value)} onSelect={onSubmit} onBack={onBack} />
			<Keys>{common.keyLine(common.keys.choose, common.keys.escBack, common.keys.ctrlC)}</Keys>
		</Box>
	);
}
