import {Box} from 'ink';
import {Text} from '../components/text.js';
import {useState} from 'react';
import {orgKindLabels} from '../../oauth/messages.js';
import {PRODUCTION_LOGIN_URL, SANDBOX_LOGIN_URL} from '../../oauth/hosts.js';
import {Header, type HeaderProps} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {Select, type Choice} from '../components/select.js';
import {TextPrompt} from '../components/text-prompt.js';
import {common, loginHost as text, stepTitles} from '../messages.js';
import {checkLoginHost, type Check} from '../validate.js';

type Where = 'production' | 'sandbox' | 'my-domain' | 'emulator';

export interface LoginHostProps {
	/** "login", "test", a URL, or empty. */
	value: string;
	header: Omit<HeaderProps, 'title'>;
	/** The demo's emulator login URL, offered as its own choice. */
	emulatorUrl?: string | undefined;
	onSubmit: (domain: string) => void;
	onBack: () => void;
}

/** Step 4: production, sandbox, or a My Domain URL checked on the spot. */
export function LoginHost({value, header, emulatorUrl, onSubmit, onBack}: LoginHostProps) {
	const initial = whereOf(value, emulatorUrl);
	// A My Domain URL that fails its check (given as a flag) opens ready to fix, its problem shown.
	const [mode, setMode] = useState<'choose' | 'type'>(() => (initial === 'my-domain' && !checkLoginHost(value).ok ? 'type' : 'choose'));
	const [url, setUrl] = useState(initial === 'my-domain' ? value : '');

	const choices: Array<Choice<Where>> = [
		...(emulatorUrl ? [{label: text.emulator, value: 'emulator' as const, hint: emulatorUrl}] : []),
		{label: text.production, value: 'production', hint: text.productionHint},
		{label: text.sandbox, value: 'sandbox', hint: text.sandboxHint},
		{label: text.myDomain, value: 'my-domain', hint: text.myDomainHint},
	];

	const choose = (where: Where) => {
		if (where === 'production') onSubmit('login');
		else if (where === 'sandbox') onSubmit('test');
		else if (where === 'emulator' && emulatorUrl) onSubmit(emulatorUrl);
		else setMode('type');
	};

	const check = (typed: string): Check => {
		if (!typed.trim()) return {error: text.myDomainEmpty};
		const parsed = checkLoginHost(typed);
		return parsed.ok ? {} : {error: parsed.error.message, hint: parsed.error.hint};
	};
	const resolved = url.trim() ? checkLoginHost(url) : undefined;

	return (
		<Box flexDirection="column">
			<Header title={stepTitles['login-host']} {...header} />
			<Box marginBottom={1}><Text>{text.prompt}</Text></Box>
			<Select choices={choices} onSelect={choose} onBack={onBack} initialIndex={choices.findIndex(c => c.value === initial)} isActive={mode === 'choose'} />
			{mode === 'type' ? (
				<Box flexDirection="column" marginTop={1}>
					<Text>{text.myDomainPrompt}</Text>
					<TextPrompt
						value={url}
						onChange={setUrl}
						check={check}
						onSubmit={typed => {
							const parsed = checkLoginHost(typed);
							if (parsed.ok) onSubmit(parsed.value.url);
						}}
						onBack={() => setMode('choose')}
						note={resolved?.ok ? <Text dimColor>{text.resolved(resolved.value.url, orgKindLabels[resolved.value.kind])}</Text> : undefined}
					/>
				</Box>
			) : null}
			<Keys>{common.keyLine(mode === 'choose' ? common.keys.choose : common.keys.enterContinue, common.keys.escBack, common.keys.ctrlC)}</Keys>
		</Box>
	);
}

function whereOf(value: string, emulatorUrl: string | undefined): Where {
	const trimmed = value.trim().toLowerCase().replace(/\/+$/, '');
	if (emulatorUrl && trimmed === emulatorUrl.toLowerCase()) return 'emulator';
	if (trimmed === 'test' || trimmed === 'sandbox' || trimmed === SANDBOX_LOGIN_URL) return 'sandbox';
	if (!trimmed || trimmed === 'login' || trimmed === 'production' || trimmed === 'prod' || trimmed === PRODUCTION_LOGIN_URL) return 'production';
	return 'my-domain';
}
