import {Box, useInput, useStdout} from 'ink';
import {Text} from '../components/text.js';
import Spinner from 'ink-spinner';
import {useEffect, useRef, useState} from 'react';
import {toSfrtError, type SfrtError} from '../../errors.js';
import {prepareLogin, type LoginSettings, type PendingLogin} from '../../oauth/login.js';
import type {BrowserLaunch} from '../../system/browser.js';
import {Header, type HeaderProps} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {authorize as text, stepTitles} from '../messages.js';
import type {CatcherSlot, WizardServices} from '../services.js';
import {clipboardSequence, formatDuration, hyperlink} from '../terminal.js';
import {useColour} from '../theme.js';

export interface AuthorizeProps {
	settings: LoginSettings;
	timeoutMs: number;
	/** Open the browser at once (false with --no-browser; `o` still opens it). */
	autoOpen: boolean;
	/** The demo user, shown for the emulator's login page. */
	demoUser?: {username: string; password: string} | undefined;
	header: Omit<HeaderProps, 'title'>;
	services: Pick<WizardServices, 'startCatcher' | 'checkAuthorizeUrl' | 'openBrowser' | 'now' | 'terminal'>;
	/** Receives the catcher; the wizard closes it. */
	slot: CatcherSlot;
	onCode: (pending: PendingLogin, code: string) => void;
	onError: (error: SfrtError) => void;
	onBack: () => void;
	/** Aborted on Ctrl+C or SIGINT/SIGTERM; leaving the step aborts its check as well. */
	signal?: AbortSignal | undefined;
}

type Launch = 'off' | 'opening' | BrowserLaunch;

/**
 * Step 6: starts the loopback catcher, checks the authorize URL with Salesforce (an unknown
 * Consumer Key or callback URL is reported at once), opens the browser on it and waits for
 * Salesforce to send the user back, showing the URL and the time left.
 */
export function Authorize({settings, timeoutMs, autoOpen, demoUser, header, services, slot, onCode, onError, onBack, signal}: AuthorizeProps) {
	const colour = useColour();
	const {write} = useStdout();
	const [pending, setPending] = useState<PendingLogin>();
	const [deadline, setDeadline] = useState<number>();
	const [now, setNow] = useState(services.now());
	const [launch, setLaunch] = useState<Launch>('off');
	const [copied, setCopied] = useState(false);
	const [checking, setChecking] = useState(false);
	const active = useRef(true);
	const latest = useRef({onCode, onError});
	latest.current = {onCode, onError};

	const open = (url: string) => {
		setLaunch('opening');
		void services.openBrowser(url).then(result => {
			if (active.current) setLaunch(result);
		});
	};

	useEffect(() => {
		active.current = true;
		// Stops the check with Salesforce when the step goes (Ctrl+C, Esc): a slow host must
		// not keep the process alive after the wizard has left.
		const controller = new AbortController();
		const abort = () => controller.abort();
		if (signal?.aborted) abort();
		else signal?.addEventListener('abort', abort, {once: true});
		const login = prepareLogin(settings);
		const fail = (error: unknown) => {
			if (active.current) latest.current.onError(toSfrtError(error));
		};
		const run = async () => {
			const catcher = await services.startCatcher({
				redirectUri: settings.redirectUri,
				state: login.state,
				scopes: settings.scopes.join(' '),
				timeoutMs,
			});
			if (!active.current) {
				void catcher.close();
				return;
			}
			// Held at once, so that going back or Ctrl+C during the check closes it too.
			slot.hold(catcher);
			const startedAt = services.now();
			// An unknown Consumer Key or callback URL gets a bare error page in the browser and
			// the login would wait until it times out: ask Salesforce first, before the browser opens.
			setChecking(true);
			const problem = await services.checkAuthorizeUrl(login.authorizeUrl, {
				redirectUri: settings.redirectUri.url,
				scopes: settings.scopes.join(' '),
			}, {signal: controller.signal}).catch(() => undefined);
			if (!active.current || controller.signal.aborted) return;
			if (problem) {
				void slot.close().catch(() => {});
				fail(problem);
				return;
			}
			setChecking(false);
			setPending(login);
			setNow(services.now());
			setDeadline(startedAt + timeoutMs);
			if (autoOpen) open(login.authorizeUrl);
			catcher.code.then(
				code => {
					if (active.current) latest.current.onCode(login, code);
				},
				fail,
			);
		};
		run().catch(fail);
		return () => {
			active.current = false;
			signal?.removeEventListener('abort', abort);
			abort();
		};
	}, []); // One catcher per mount: the wizard remounts this step for each attempt.

	useEffect(() => {
		if (deadline === undefined) return;
		const timer = setInterval(() => setNow(services.now()), 1000);
		return () => clearInterval(timer);
	}, [deadline, services]);

	useInput((input, key) => {
		if (key.ctrl) return;
		if (key.escape || input === 'b') {
			// The catcher's code rejects as it closes: that is not an error to report.
			active.current = false;
			onBack();
		} else if (input === 'o' && pending) open(pending.authorizeUrl);
		else if (input === 'c' && pending) {
			write(clipboardSequence(pending.authorizeUrl));
			setCopied(true);
		}
	});

	const title = <Header title={stepTitles.authorize} {...header} />;
	if (!pending || deadline === undefined) {
		return (
			<Box flexDirection="column">
				{title}
				<Text><Spinner /> {checking ? text.checking : text.starting}</Text>
			</Box>
		);
	}

	return (
		<Box flexDirection="column">
			{title}
			<LaunchLine launch={launch} />
			<Box flexDirection="column" marginTop={1}>
				{services.terminal.hyperlinks ? <Text color={colour('accent')}>{hyperlink(text.linkLabel, pending.authorizeUrl)}</Text> : null}
				<Text>{text.urlLabel}</Text>
				<Text color={colour('accent')}>{pending.authorizeUrl}</Text>
			</Box>
			<Box flexDirection="column" marginTop={1}>
				<Text>{text.instructions}</Text>
				{demoUser ? <Text bold>{text.demoLogin(demoUser.username, demoUser.password)}</Text> : null}
			</Box>
			<Box marginTop={1}>
				<Text>
					<Text color={colour('accent')}><Spinner /></Text>
					{` ${text.waiting(settings.redirectUri.url)} · `}
					<Text dimColor>{text.timeLeft(formatDuration(deadline - now))}</Text>
				</Text>
			</Box>
			{copied ? <Text color={colour('success')}>✔ {text.copied}</Text> : null}
			<Keys>{text.keys}</Keys>
		</Box>
	);
}

function LaunchLine({launch}: {launch: Launch}) {
	const colour = useColour();
	if (launch === 'off') return <Text>{text.notOpened}</Text>;
	if (launch === 'opening') return <Text>{text.opening}</Text>;
	if (launch.ok) return <Text color={colour('success')}>✔ {text.opened(launch.command)}</Text>;
	return <Text color={colour('warning')}>⚠ {text.openFailed(launch.reason)}</Text>;
}
