import {Box, useStdout} from 'ink';
import {useKeypress} from '../components/keypresses.js';
import {Text} from '../components/text.js';
import {TextPrompt} from '../components/text-prompt.js';
import {codeFromPaste} from '../../login/paste.js';
import {checkThat, type Check} from '../validate.js';
import {authorize as pasteText, common} from '../messages.js';
import {Keys} from '../components/keys.js';
import {useEffect, useRef, useState} from 'react';
import {toSfrtError, type SfrtError} from '../../errors.js';
import {eitherSource, handedSource, loopbackSource, REVOKE_GRACE_MS, startLogin, type BrowserState, type LoginEvent, type LoginRun} from '../../login/engine.js';
import type {LoginPhase, LoginResult, LoginSettings} from '../../oauth/login.js';
import type {HeaderProps} from '../components/header.js';
import type {StepWork, WizardServices} from '../services.js';
import {clipboardSequence} from '../terminal.js';
import {AuthorizeView} from './authorize.js';
import {ExchangeView} from './exchange.js';

export interface LoginStepProps {
	settings: LoginSettings;
	timeoutMs: number;
	/** Open the browser at once (false with --no-browser; `o` still opens it). */
	autoOpen: boolean;
	demoUser?: {username: string; password: string} | undefined;
	header: Omit<HeaderProps, 'title'>;
	services: Pick<WizardServices, 'startCatcher' | 'checkAuthorizeUrl' | 'openBrowser' | 'tokenClient' | 'now' | 'terminal'>;
	/** Aborted on Ctrl+C or SIGINT/SIGTERM; leaving the step ends its login as well. */
	signal?: AbortSignal | undefined;
	/** Keeps what goes on after the step is gone (revoking a token already issued), for Ctrl+C to wait for. */
	work?: StepWork | undefined;
	/** The code arrived: the wizard moves on to the "checking the login" step. */
	onCodeReceived?: () => void;
	onDone: (result: LoginResult) => void;
	onError: (error: SfrtError) => void;
	onBack: () => void;
}

interface View {
	stage: 'starting' | 'checking' | 'waiting' | 'checking-login';
	authorizeUrl?: string;
	deadline?: number | undefined;
	browser: BrowserState;
	phase: LoginPhase | 'finishing';
}

/**
 * Steps 5 and 6: one run of the login engine, shown as it reports its events. Mounted once
 * per attempt; the wizard keeps it mounted from the browser step to the check of the login.
 */
export function LoginStep({settings, timeoutMs, autoOpen, demoUser, header, services, signal, work, onCodeReceived, onDone, onError, onBack}: LoginStepProps) {
	const {write} = useStdout();
	const [view, setView] = useState<View>({stage: 'starting', browser: 'off', phase: 'exchanging'});
	const [copied, setCopied] = useState(false);
	const run = useRef<LoginRun>(undefined);
	const handed = useRef(handedSource()).current;
	const [pasting, setPasting] = useState(false);
	const [pasted, setPasted] = useState('');
	const active = useRef(true);
	const latest = useRef({onCodeReceived, onDone, onError});
	latest.current = {onCodeReceived, onDone, onError};

	useEffect(() => {
		active.current = true;
		// Leaving the step (Esc, Ctrl+C) ends this login: its catcher closes, its requests stop.
		const controller = new AbortController();
		const abort = () => controller.abort();
		if (signal?.aborted) abort();
		else signal?.addEventListener('abort', abort, {once: true});
		const show = (event: LoginEvent) => {
			if (!active.current) return;
			switch (event.type) {
				case 'checking': setView(view => ({...view, stage: 'checking'})); break;
				case 'waiting': setView(view => ({...view, stage: 'waiting', authorizeUrl: event.authorizeUrl, deadline: event.deadline})); break;
				case 'browser': setView(view => ({...view, browser: event.state})); break;
				case 'code-received':
					setView(view => ({...view, stage: 'checking-login'}));
					latest.current.onCodeReceived?.();
					break;
				case 'phase': setView(view => ({...view, phase: event.phase})); break;
				case 'finishing': setView(view => ({...view, phase: 'finishing'})); break;
				default: break;
			}
		};
		const login = startLogin({
			settings,
			// The catcher listens while the person may paste instead (p): whichever brings a code first wins.
			source: eitherSource(loopbackSource(services.startCatcher, {timeoutMs, now: services.now}), handed.source),
			client: services.tokenClient,
			check: services.checkAuthorizeUrl,
			openBrowser: services.openBrowser,
			autoOpen,
			signal: controller.signal,
			// Revoking a token nobody will keep gets a few seconds; a second Ctrl+C ends it.
			cleanupSignal: () => work?.cleanupSignal() ?? AbortSignal.timeout(REVOKE_GRACE_MS),
			onEvent: show,
		});
		run.current = login;
		work?.track(login.done);
		login.done.then(
			({result}) => {
				if (active.current) latest.current.onDone(result);
			},
			error => {
				// Cancelled or left: the wizard is already elsewhere.
				if (active.current && !controller.signal.aborted) latest.current.onError(toSfrtError(error));
			},
		);
		return () => {
			active.current = false;
			signal?.removeEventListener('abort', abort);
			abort();
		};
	}, []); // One login per mount: the wizard remounts this step for each attempt.

	useKeypress((input, key) => {
		if (key.ctrl) return;
		if (input === 'p' && view.stage === 'waiting') setPasting(true);
		else if (key.escape || input === 'b') {
			active.current = false;
			onBack();
		} else if (input === 'o') run.current?.openBrowser();
		else if (input === 'c' && view.authorizeUrl) {
			write(clipboardSequence(view.authorizeUrl));
			setCopied(true);
		}
	}, {isActive: view.stage !== 'checking-login' && !pasting});

	const checkPaste = (text: string): Check => checkThat(() => run.current && codeFromPaste(text, run.current.pending));

	if (view.stage === 'checking-login') return <ExchangeView header={header} phase={view.phase} />;
	return (
		<>
		<AuthorizeView
			header={header}
			checking={view.stage === 'checking'}
			waiting={view.stage === 'waiting' && view.authorizeUrl ? {authorizeUrl: view.authorizeUrl, deadline: view.deadline} : undefined}
			browser={view.browser}
			copied={copied}
			redirectUri={settings.redirectUri.url}
			demoUser={demoUser}
			terminal={services.terminal}
			now={services.now}
			pasting={pasting}
		/>
		{pasting && run.current ? (
			<Box flexDirection="column" marginTop={1}>
				<Text>{pasteText.prompt}</Text>
				<TextPrompt
					value={pasted}
					onChange={setPasted}
					check={checkPaste}
					onSubmit={text => handed.hand(codeFromPaste(text, run.current!.pending))}
					onBack={() => setPasting(false)}
				/>
				<Keys>{common.keyLine(common.keys.enterContinue, common.keys.escBack, common.keys.ctrlC)}</Keys>
			</Box>
		) : null}
		</>
	);
}
