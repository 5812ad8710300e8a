import {Box, useApp, useInput, useWindowSize, type DOMElement} from 'ink';
import {Text} from './components/text.js';
import {PrintedAbove} from './components/whole-value.js';
import {Fit} from './components/fit.js';
import {useResizeGuard} from './components/use-resize-guard.js';
import {MAX_WIDTH} from './layout.js';
import {useEffect, useRef, useState} from 'react';
import {resolveLoginSettings, type LoginInput} from '../login/settings.js';
import {toSfrtError, type SfrtError} from '../errors.js';
import type {SavedOrg} from '../store/saved-org.js';
import type {Relogin} from '../login/save.js';
import {
	firstScreen,
	initialValues,
	inputSteps,
	nextStep,
	presetSteps,
	previousStep,
	skippedSteps,
	stepNumber,
	suggestBack,
	totalSteps,
	type InputStep,
	type Screen,
	type WizardMode,
	type WizardValues,
} from './flow.js';
import {Home} from './home.js';
import {common, home as homeText} from './messages.js';
import {StepWork, type WizardServices} from './services.js';
import {CallbackUrl} from './steps/callback-url.js';
import {ConsumerKey} from './steps/consumer-key.js';
import {ConsumerSecret} from './steps/consumer-secret.js';
import {Failure} from './steps/failure.js';
import {LoginHost} from './steps/login-host.js';
import {LoginStep} from './steps/login.js';
import {LoginMethodStep} from './steps/login-method.js';
import {parseRedirectUri} from '../oauth/redirect-uri.js';
import {Result} from './steps/result.js';
import {SetupGuide} from './steps/setup-guide.js';
import {Welcome} from './steps/welcome.js';
import {ThemeProvider, useColour} from './theme.js';

export {MAX_WIDTH} from './layout.js';

export interface WizardProps {
	mode: WizardMode;
	/** Values given as flags: their steps are skipped. */
	input?: LoginInput;
	/** Values shown pre-filled but still asked (the demo's Consumer Key and Secret). */
	defaults?: LoginInput;
	alias?: string | undefined;
	/** Logging in again to this saved org (--org): its entry is replaced without asking (if the same user logs in). */
	relogin?: Relogin | undefined;
	timeoutMs: number;
	autoOpen: boolean;
	demo?: {username: string; password: string; loginUrl: string} | undefined;
	services: WizardServices;
	/** Aborted on SIGINT/SIGTERM: cancels like Ctrl+C. */
	signal?: AbortSignal | undefined;
	/** Show the refresh token on the result screen at once (--reveal). */
	reveal?: boolean | undefined;
	/** Called once, after the final frame rendered, with the exit code. */
	onExit?: (code: number) => void;
}

interface WizardState {
	screen: Screen;
	values: WizardValues;
	skip: InputStep[];
	attempts: number;
	/** The saved org being logged in to again (from the home screen or --org). */
	relogin?: Relogin | undefined;
	exitCode?: number;
}

export function Wizard(props: WizardProps) {
	return (
		<ThemeProvider colour={props.services.terminal.colour}>
			<WizardScreens {...props} />
		</ThemeProvider>
	);
}

function WizardScreens({mode, input = {}, defaults = {}, alias, relogin, timeoutMs, autoOpen, demo, services, signal, reveal = false, onExit}: WizardProps) {
	const {exit} = useApp();
	const {columns, rows} = useWindowSize();
	const root = useRef<DOMElement>(null);
	// Rows only: the wizard's width follows its props (the home takes the whole width).
	useResizeGuard(root, {width: false});
	const colour = useColour();
	const exiting = useRef(false);
	/** Aborted by Ctrl+C or the signal: the login's requests in flight stop at once. */
	const stop = useRef(new AbortController()).current;
	/** What the steps leave running (a cancelled exchange revoking its token): Ctrl+C waits for it. */
	const work = useRef(new StepWork()).current;
	const cancelled = useRef(false);
	const [cleaningUp, setCleaningUp] = useState(false);
	work.onCleanup(() => setCleaningUp(true));
	const savedAlias = useRef<string>(undefined);
	/** The result's token was saved, kept unsaved on purpose, or revoked: Ctrl+C leaves it be. */
	const resultSettled = useRef(false);
	const keptOnCancel = useRef<SfrtError>(undefined);
	/** The home screen was shown: Welcome's Esc leads back to it. */
	const homeSeen = useRef(false);
	/** The org last selected on the home screen: coming back selects it again. */
	const homeSelection = useRef<string>(undefined);
	/** The screen on show, for Ctrl+C, which runs outside a render. */
	const shownScreen = useRef<Screen>({name: 'bye'});

	// On a remote machine, pasting the address is offered first.
	const methodDefault: LoginInput = {...defaults, method: defaults.method ?? (services.remote ? 'paste' : 'browser')};
	const [state, setState] = useState<WizardState>(() => {
		const skip = presetSteps(input, {remote: services.remote !== undefined});
		const values = initialValues(input, methodDefault);
		const first = firstScreen(mode, mode === 'home' && hasSavedOrgs(services), skip, input.clientId !== undefined);
		return {screen: first === 'authorize' ? authorizeScreen(values, 1) : {name: first}, values, skip, attempts: 1, relogin};
	});

	function authorizeScreen(values: WizardValues, attempt: number): Screen {
		try {
			const settings = resolveLoginSettings({...input, ...values, domain: values.domain || 'login'}, {paste: values.method !== 'browser'});
			// The token is saved at the end: a store that cannot be read fails now, before the
			// browser login, not after it (Try again reads it afresh once the file is fixed).
			services.store().list();
			return {name: 'authorize', attempt, settings, method: values.method};
		} catch (error) {
			const failure = toSfrtError(error);
			return {name: 'failure', error: failure, back: suggestBack(failure), attempt};
		}
	}

	const update = (change: (state: WizardState) => WizardState) => {
		if (!exiting.current) setState(change);
	};

	/** Ends the wizard: the exit happens in an effect, after this frame has rendered. */
	const finish = (code: number, screen?: Screen) => {
		if (exiting.current) return;
		exiting.current = true;
		setState(state => ({...state, ...(screen ? {screen} : {}), exitCode: code}));
	};

	/**
	 * Ctrl+C: stops the login's requests, closes the catcher, waits for what is still running
	 * (at most a short revoke), then exits 130. Pressed again while that runs, it stops waiting.
	 */
	const cancel = () => {
		if (cancelled.current) {
			work.hurry();
			return;
		}
		if (exiting.current) return;
		exiting.current = true;
		cancelled.current = true;
		// A verified token nobody saved or chose to keep: don't leave it valid (a short try, like a cancelled login).
		const screen = shownScreen.current;
		if (screen.name === 'result' && !resultSettled.current) {
			work.track(services.tokenClient.revoke({url: screen.login.tokens.instanceUrl, token: screen.login.tokens.refreshToken, signal: work.cleanupSignal()}).catch(() => {}));
		}
		stop.abort();
		setState(state => ({...state, screen: {name: 'cancelled', fromHome: state.screen.name === 'home'}}));
		void work.settled().finally(() => setState(state => ({...state, exitCode: 130})));
	};

	const forward = (from: InputStep | 'welcome') => {
		update(state => {
			const next = nextStep(from, skippedSteps(state.skip, state.values));
			return {...state, screen: next === 'authorize' ? authorizeScreen(state.values, state.attempts) : {name: next}};
		});
	};

	const backTo = (step: InputStep | 'welcome' | 'home') => {
		update(state => ({...state, screen: {name: step}, skip: state.skip.filter(s => s !== step)}));
	};

	const setValue = (step: InputStep, change: Partial<WizardValues>) => {
		update(state => ({...state, values: {...state.values, ...change}}));
		forward(step);
	};

	/** Log in again to a saved org: its values filled in, straight to the browser step. */
	const loginAgain = (org: SavedOrg) => {
		update(state => {
			const values: WizardValues = {clientId: org.clientId, clientSecret: org.clientSecret ?? '', domain: org.loginUrl, redirectUri: org.redirectUri, method: methodDefault.method ?? 'browser'};
			const attempts = state.attempts + 1;
			// On a remote machine the way to log in is asked: the saved callback URL may not be reachable.
			if (services.remote) return {...state, values, skip: inputSteps.filter(step => step !== 'method'), relogin: org, attempts, screen: {name: 'method'}};
			return {...state, values, skip: [...inputSteps], relogin: org, attempts, screen: authorizeScreen(values, attempts)};
		});
	};

	const retry = () => {
		update(state => ({...state, attempts: state.attempts + 1, screen: authorizeScreen(state.values, state.attempts + 1)}));
	};

	const fail = (error: SfrtError) => {
		update(state => ({...state, screen: {name: 'failure', error, back: suggestBack(error), attempt: state.attempts}}));
	};

	useInput((input, key) => {
		if (key.ctrl && input === 'c') cancel();
	});

	useEffect(() => {
		if (!signal) return;
		if (signal.aborted) cancel();
		signal.addEventListener('abort', cancel, {once: true});
		return () => signal.removeEventListener('abort', cancel);
	}, [signal]);

	useEffect(() => {
		if (state.exitCode === undefined) return;
		onExit?.(state.exitCode);
		exit();
	}, [state.exitCode]);

	const {screen, values} = state;
	shownScreen.current = screen;
	const shownSkip = skippedSteps(state.skip, values);
	const number = stepNumber(screen.name, shownSkip);
	const header = {...(number ? {step: number, total: totalSteps(shownSkip)} : {}), demo: mode === 'demo'};
	if (screen.name === 'home') homeSeen.current = true;
	const homeBack = mode === 'home' && homeSeen.current ? () => backTo('home') : undefined;

	let body;
	switch (screen.name) {
		case 'home':
			body = (
				<Home
					store={services.store}
					client={services.tokenClient}
					selected={screen.selected ?? homeSelection.current}
					onSelect={alias => {
						homeSelection.current = alias;
					}}
					now={services.now}
					signal={stop.signal}
					track={job => work.track(job.catch((error: unknown) => {
						// Ctrl+C stopped a remove: say the org was kept, and why that may not be the end of it.
						if (toSfrtError(error).code === 'remove-cancelled') keptOnCancel.current = toSfrtError(error);
						throw error;
					}))}
					onAdd={() => {
						update(state => ({...state, relogin: undefined, values: initialValues(input, methodDefault), skip: presetSteps(input, {remote: services.remote !== undefined})}));
						backTo('welcome');
					}}
					onLoginAgain={loginAgain}
					onQuit={() => finish(0, {name: 'bye'})}
				/>
			);
			break;
		case 'welcome':
			body = (
				<Welcome
					demo={mode === 'demo'}
					onBack={homeBack}
					onChoose={choice => {
						if (choice === 'quit') finish(0, {name: 'bye'});
						else if (choice === 'guide') update(state => ({...state, screen: {name: 'guide'}}));
						else forward('welcome');
					}}
				/>
			);
			break;
		case 'guide':
			body = <SetupGuide redirectUri={values.redirectUri} demo={mode === 'demo'} onDone={() => forward('welcome')} onBack={() => backTo('welcome')} />;
			break;
		case 'client-id':
			body = <ConsumerKey value={values.clientId} given={input.clientId !== undefined} header={header} demoKey={defaults.clientId} onSubmit={clientId => setValue('client-id', {clientId})} onBack={() => backTo(previousStep('client-id'))} />;
			break;
		case 'client-secret':
			body = <ConsumerSecret value={values.clientSecret} given={input.clientSecret !== undefined} header={header} demoSecret={defaults.clientSecret} onSubmit={clientSecret => setValue('client-secret', {clientSecret})} onBack={() => backTo(previousStep('client-secret'))} />;
			break;
		case 'login-host':
			body = <LoginHost value={values.domain} header={header} emulatorUrl={demo?.loginUrl} onSubmit={domain => setValue('login-host', {domain})} onBack={() => backTo(previousStep('login-host'))} />;
			break;
		case 'method':
			body = <LoginMethodStep value={values.method} remote={services.remote} redirectUri={redirectUriOf(values.redirectUri)} header={header} onSubmit={method => setValue('method', {method})} onBack={() => backTo(previousStep('method'))} />;
			break;
		case 'redirect-uri':
			body = <CallbackUrl key={values.method} method={values.method} value={values.redirectUri} given={input.redirectUri !== undefined} header={header} onSubmit={redirectUri => setValue('redirect-uri', {redirectUri})} onBack={() => backTo(previousStep('redirect-uri'))} />;
			break;
		case 'authorize':
		case 'exchange':
			// One login per attempt, kept mounted from the browser step to the check of the login.
			body = (
				<LoginStep
					key={screen.attempt}
					settings={screen.settings}
					method={screen.method}
					timeoutMs={timeoutMs}
					autoOpen={autoOpen}
					demoUser={demo}
					header={header}
					services={services}
					signal={stop.signal}
					work={work}
					onCodeReceived={() => update(state => ({...state, screen: {name: 'exchange', attempt: screen.attempt, settings: screen.settings, method: screen.method}}))}
					onDone={login => {
						resultSettled.current = false;
						update(state => ({...state, screen: {name: 'result', settings: screen.settings, login}}));
					}}
					onError={fail}
					onBack={() => backTo(previousStep('authorize', values))}
				/>
			);
			break;
		case 'result':
			body = (
				<Result
					login={screen.login}
					settings={screen.settings}
					alias={alias}
					relogin={state.relogin}
					store={services.store}
					demo={mode === 'demo'}
					fromHome={mode === 'home'}
					header={header}
					reveal={reveal}
					revoke={() => work.track(services.tokenClient.revoke({url: screen.login.tokens.instanceUrl, token: screen.login.tokens.refreshToken, signal: stop.signal}))}
					onSaved={saved => {
						savedAlias.current = saved;
					}}
					onSettled={() => {
						resultSettled.current = true;
					}}
					onFinish={saved => (mode === 'home' ? update(state => ({...state, screen: {name: 'home', selected: saved}})) : finish(0))}
				/>
			);
			break;
		case 'failure':
			body = (
				<Failure
					error={screen.error}
					back={screen.back}
					header={header}
					final={screen.final ?? false}
					onChoose={choice => {
						if (choice === 'retry') retry();
						else if (choice === 'back' && screen.back) backTo(screen.back);
						else finish(screen.error.exitCode, {...screen, final: true});
					}}
				/>
			);
			break;
		case 'cancelled':
			body = (
				<>
					<Text color={colour('warning')}>{screen.fromHome ? (keptOnCancel.current?.message ?? homeText.cancelled) : savedAlias.current ? common.cancelledAfterSave(savedAlias.current) : common.cancelled}</Text>
					{screen.fromHome && keptOnCancel.current ? <Text dimColor>{keptOnCancel.current.hint}</Text> : null}
					{cleaningUp && state.exitCode === undefined ? <Text dimColor>{common.revoking}</Text> : null}
				</>
			);
			break;
		case 'bye':
			body = <Text>{common.bye}</Text>;
			break;
	}

	// Never taller than the terminal: a taller frame can't be redrawn in place, and every redraw
	// would pile up in the scrollback. A screen that needs more rows is cut at the bottom.
	return (
		<PrintedAbove>
			{/* The home's table uses the terminal's whole width (the home keeps its prose to 80 columns). */}
			<Box ref={root} flexDirection="column" width={screen.name === 'home' ? columns || MAX_WIDTH : Math.min(columns || MAX_WIDTH, MAX_WIDTH)} paddingX={1} {...(rows ? {maxHeight: Math.max(1, rows - 1), overflowY: 'hidden' as const} : {})}>
				{/* Whole rows or none: a screen still taller than the terminal loses its bottom rows, never squeezes. */}
				<Fit rows={rows} screenKey={`${screen.name}:${columns}x${rows}`}>
					{body}
					{screen.name === 'failure' && screen.final ? <Text dimColor>{common.quitNothingSaved}</Text> : null}
				</Fit>
			</Box>
		</PrintedAbove>
	);
}

/** The catcher's host and port, for the port forward to suggest; none for a URL no catcher can use. */
function redirectUriOf(url: string): {hostname: string; port: number} | undefined {
	try {
		return parseRedirectUri(url);
	} catch {
		return undefined;
	}
}

/** Orgs are saved, or the store cannot be read: either way the home screen has something to show. */
function hasSavedOrgs(services: WizardServices): boolean {
	try {
		return services.store().list().length > 0;
	} catch {
		return true;
	}
}
