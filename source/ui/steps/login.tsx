import {Box, useStdout} from 'ink';
import {useKeypress} from '../components/keypresses.js';
import {Text} from '../components/text.js';
import {TextPrompt} from '../components/text-prompt.js';
import {codeFromPaste, pageErrorOfPaste} from '../../login/paste.js';
import {checkThat, type Check} from '../validate.js';
import {authorize as pasteText, common, stepTitles} from '../messages.js';
import {Header} from '../components/header.js';
import {inWizard} from '../wizard-error.js';
import {Keys} from '../components/keys.js';
import {useEffect, useRef, useState} from 'react';
import {toSfrtError, type SfrtError} from '../../errors.js';
import {eitherSource, handedSource, loopbackSource, REVOKE_GRACE_MS, startLogin, type BrowserState, type CodeSource, type DevicePrompt, type LoginEvent, type LoginRun} from '../../login/engine.js';
import {deviceSource} from '../../login/device.js';
import {DEFAULT_LOGIN_TIMEOUT_MS} from '../../oauth/catcher.js';
import type {LoginMethod} from '../../login/settings.js';
import type {LoginPhase, LoginResult, LoginSettings} from '../../oauth/login.js';
import type {HeaderProps} from '../components/header.js';
import type {StepWork, WizardServices} from '../services.js';
import {clipboardSequence} from '../terminal.js';
import {AuthorizeView} from './authorize.js';
import {ExchangeView} from './exchange.js';
import {PageErrorPicker} from './page-error-picker.js';

export interface LoginStepProps {
	settings: LoginSettings;
	/** The loopback catcher (with paste as a second way), a pasted address only, or the device flow. */
	method?: LoginMethod | undefined;
	timeoutMs: number;
	/** Open the browser at once (false with --no-browser; `o` still opens it). */
	autoOpen: boolean;
	demoUser?: {username: string; password: string} | undefined;
	header: Omit<HeaderProps, 'title'>;
	services: Pick<WizardServices, 'startCatcher' | 'checkAuthorizeUrl' | 'openBrowser' | 'tokenClient' | 'now' | 'terminal' | 'remote'>;
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
	device?: DevicePrompt | undefined;
	browser: BrowserState;
	phase: LoginPhase | 'finishing';
	/** Salesforce asked the device flow to poll more slowly: the new interval. */
	slowerMs?: number;
}

/** What is open below the login: nothing, the paste field, or the "the browser shows an error" picker. */
type Panel = 'none' | 'paste' | 'page-error';

/**
 * Steps 6 and 7: one run of the login engine, shown as it reports its events. Mounted once
 * per attempt; the wizard keeps it mounted from the browser step to the check of the login.
 */
export function LoginStep({settings, method = 'browser', timeoutMs, autoOpen, demoUser, header, services, signal, work, onCodeReceived, onDone, onError, onBack}: LoginStepProps) {
	const {write} = useStdout();
	const [view, setView] = useState<View>({stage: 'starting', browser: 'off', phase: 'exchanging'});
	const [copied, setCopied] = useState<'url' | 'code' | undefined>(undefined);
	const run = useRef<LoginRun>(undefined);
	const stop = useRef<() => void>(() => {});
	const handed = useRef(handedSource()).current;
	// Paste mode opens its field as soon as the URL is shown.
	const [panel, setPanel] = useState<Panel>(method === 'paste' ? 'paste' : 'none');
	const [pasted, setPasted] = useState('');
	const active = useRef(true);
	const latest = useRef({onCodeReceived, onDone, onError});
	latest.current = {onCodeReceived, onDone, onError};

	useEffect(() => {
		active.current = true;
		// Leaving the step (Esc, Ctrl+C) ends this login: its catcher closes, its requests stop.
		const controller = new AbortController();
		const abort = () => controller.abort();
		stop.current = abort;
		if (signal?.aborted) abort();
		else signal?.addEventListener('abort', abort, {once: true});
		const show = (event: LoginEvent) => {
			if (!active.current) return;
			switch (event.type) {
				case 'checking': setView(view => ({...view, stage: 'checking'})); break;
				case 'waiting':
					setView(view => ({...view, stage: 'waiting', authorizeUrl: event.authorizeUrl, deadline: event.deadline, device: event.device}));
					if (event.device) {
						// The code is what the person types elsewhere: it goes to the clipboard at once.
						write(clipboardSequence(event.device.userCode));
						setCopied('code');
					}
					break;
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
		const sources: Record<LoginMethod, () => CodeSource> = {
			// The catcher listens while the person may paste instead (p): whichever brings a code first wins.
			browser: () => eitherSource(loopbackSource(services.startCatcher, {timeoutMs, now: services.now}), handed.source),
			paste: () => handed.source,
			// The device code's own life bounds its wait, unless --timeout says otherwise.
			device: () => deviceSource(services.tokenClient, {now: services.now, timeoutMs: timeoutMs === DEFAULT_LOGIN_TIMEOUT_MS ? undefined : timeoutMs, onSlowDown: slowerMs => active.current && setView(view => ({...view, slowerMs}))}),
		};
		const login = startLogin({
			settings,
			source: sources[method](),
			client: services.tokenClient,
			// The device flow has no authorize URL: asking for its code checks the app.
			check: method === 'device' ? undefined : services.checkAuthorizeUrl,
			openBrowser: services.openBrowser,
			// Paste mode and the device flow are for a browser elsewhere: o opens one here if wanted.
			autoOpen: method === 'browser' && autoOpen,
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

	const leave = () => {
		active.current = false;
		onBack();
	};

	/** What the browser showed instead of coming back: the login ends, and its fix is shown. */
	const failWith = (error: SfrtError) => {
		active.current = false;
		stop.current();
		onError(error);
	};

	useKeypress((input, key) => {
		if (key.ctrl) return;
		if (input === 'p' && view.stage === 'waiting' && method !== 'device') setPanel('paste');
		else if (input === 'e' && view.stage === 'waiting') setPanel('page-error');
		else if (key.escape || input === 'b') leave();
		else if (input === 'o') run.current?.openBrowser();
		else if (input === 'c' && view.device) {
			write(clipboardSequence(view.device.userCode));
			setCopied('code');
		} else if (input === 'c' && view.authorizeUrl) {
			write(clipboardSequence(view.authorizeUrl));
			setCopied('url');
		}
	}, {isActive: view.stage !== 'checking-login' && panel === 'none'});

	// What an error page says goes on to its fix; a bad address or code is asked for again.
	const checkPaste = (text: string): Check => checkThat(() => {
		try {
			return run.current && !pageErrorOfPaste(text, run.current.pending) && codeFromPaste(text, run.current.pending);
		} catch (error) {
			throw inWizard(toSfrtError(error));
		}
	});
	/** Paste mode's field is open from the start: on an empty line, o, c and e are keys, not text. */
	const typePasted = (next: string) => {
		if (method === 'paste' && pasted === '' && next.length === 1 && keyOnEmptyLine(next)) return;
		setPasted(next);
	};
	const keyOnEmptyLine = (key: string): boolean => {
		if (key === 'o') run.current?.openBrowser();
		else if (key === 'c' && view.authorizeUrl) {
			write(clipboardSequence(view.authorizeUrl));
			setCopied('url');
		} else if (key === 'e') setPanel('page-error');
		else return false;
		return true;
	};
	const submitPaste = (text: string) => {
		const pending = run.current!.pending;
		const pageError = pageErrorOfPaste(text, pending);
		if (pageError) failWith(pageError);
		else handed.hand(codeFromPaste(text, pending));
	};

	if (view.stage === 'checking-login') return <ExchangeView header={header} phase={view.phase} />;
	// The picker on its own: below the login it would not fit a 24-row terminal.
	if (panel === 'page-error' && run.current) {
		return (
			<Box flexDirection="column">
				<Header title={stepTitles.authorize} {...header} />
				<PageErrorPicker pending={run.current.pending} onPicked={failWith} onBack={() => setPanel(method === 'paste' ? 'paste' : 'none')} />
			</Box>
		);
	}
	return (
		<>
			<AuthorizeView
				header={header}
				method={method}
				checking={view.stage === 'checking'}
				waiting={view.stage === 'waiting' && view.authorizeUrl ? {authorizeUrl: view.authorizeUrl, deadline: view.deadline, device: view.device} : undefined}
				browser={view.browser}
				copied={copied}
				slowerMs={view.slowerMs}
				redirectUri={settings.redirectUri}
				remote={services.remote}
				demoUser={demoUser}
				terminal={services.terminal}
				now={services.now}
				keysHidden={panel !== 'none'}
			/>
			{panel === 'paste' && run.current && view.stage === 'waiting' ? (
				<Box flexDirection="column" marginTop={1}>
					<Text>{pasteText.prompt}</Text>
					<Text dimColor>{pasteText.pasteErrorTip}</Text>
					<TextPrompt
						value={pasted}
						onChange={typePasted}
						check={checkPaste}
						onSubmit={submitPaste}
						onBack={() => (method === 'paste' ? leave() : setPanel('none'))}
					/>
					<Keys>{method === 'paste' ? pasteText.pasteKeys : common.keyLine(common.keys.enterContinue, common.keys.escBack, common.keys.ctrlC)}</Keys>
				</Box>
			) : null}
		</>
	);
}
