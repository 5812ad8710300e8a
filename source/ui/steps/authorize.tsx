import {Box} from 'ink';
import {Text} from '../components/text.js';
import Spinner from 'ink-spinner';
import {useEffect, useState} from 'react';
import type {BrowserState, DevicePrompt} from '../../login/engine.js';
import type {LoginMethod} from '../../login/settings.js';
import type {RedirectUri} from '../../oauth/redirect-uri.js';
import {systemText} from '../../system/messages.js';
import {portForward, type RemoteReason} from '../../system/remote.js';
import {Header, type HeaderProps} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {WholeValue} from '../components/whole-value.js';
import {authorize as text, stepTitles} from '../messages.js';
import {formatDuration, hyperlink, type TerminalFeatures} from '../terminal.js';
import {useColour} from '../theme.js';

export interface AuthorizeViewProps {
	header: Omit<HeaderProps, 'title'>;
	method?: LoginMethod | undefined;
	/** Asking Salesforce about the app, before the browser opens. */
	checking: boolean;
	/** A panel is open below (the paste field, the error picker): its key hints replace these. */
	keysHidden?: boolean;
	/** Set once the login waits for the person: the URL to open (and the device flow's code), and when the wait ends. */
	waiting?: {authorizeUrl: string; deadline?: number | undefined; device?: DevicePrompt | undefined} | undefined;
	browser: BrowserState;
	/** What the OSC 52 copy sent. */
	copied?: 'url' | 'code' | undefined;
	/** The device flow polls more slowly, as Salesforce asked. */
	slowerMs?: number | undefined;
	redirectUri: Pick<RedirectUri, 'url' | 'hostname' | 'port'>;
	/** Why this machine looks remote: what to do without a browser here. */
	remote?: RemoteReason | undefined;
	/** The demo user, shown for the emulator's login page. */
	demoUser?: {username: string; password: string} | undefined;
	terminal: TerminalFeatures;
	now: () => number;
}

/** The login step, as the login engine reports it: the URL to open, the browser, and the time left. */
export function AuthorizeView({header, method = 'browser', checking, keysHidden = false, waiting, browser, copied, slowerMs, redirectUri, remote, demoUser, terminal, now}: AuthorizeViewProps) {
	const colour = useColour();
	const title = <Header title={stepTitles.authorize} {...header} />;
	if (!waiting) {
		return (
			<Box flexDirection="column">
				{title}
				<Text><Spinner /> {checking ? text.checking : text.starting}</Text>
			</Box>
		);
	}

	const timeLeft = waiting.deadline === undefined ? null : <TimeLeft deadline={waiting.deadline} now={now} />;
	const spinner = <Text color={colour('accent')}><Spinner /></Text>;
	if (waiting.device) {
		return (
			<Box flexDirection="column">
				{title}
				{browser === 'off' ? null : <LaunchLine browser={browser} />}
				<Text>{text.deviceOpen}</Text>
				<WholeValue id="verification-url" value={waiting.authorizeUrl} printedNote={text.urlPrinted} color={colour('accent')} />
				<Text>{text.deviceEnter} <Text bold color={colour('accent')}>{waiting.device.userCode}</Text></Text>
				{copied === 'code' ? <Text color={colour('success')}>✔ {text.codeCopied}</Text> : null}
				<Text>{text.deviceThen}</Text>
				<Text dimColor>{text.devicePageErrorAdvice}</Text>
				{demoUser ? <Text bold>{text.demoLogin(demoUser.username, demoUser.password)}</Text> : null}
				<Box marginTop={1}><Text>{spinner}{` ${text.waitingDevice}`}{timeLeft}</Text></Box>
				{slowerMs ? <Text dimColor>{text.slowDown(Math.round(slowerMs / 1000))}</Text> : null}
				{keysHidden ? null : <Keys>{text.deviceKeys}</Keys>}
			</Box>
		);
	}

	// The browser here can't be used: paste the address from one elsewhere, or forward the port.
	const noBrowserHere = method === 'browser' ? (typeof browser === 'object' && !browser.ok ? systemText.remoteReasons['browser-failed'] : remote ? systemText.remoteReasons[remote] : undefined) : undefined;
	return (
		<Box flexDirection="column">
			{title}
			{method === 'browser' ? <LaunchLine browser={browser} /> : <Text>{text.pasteInstructions}</Text>}
			<Box flexDirection="column" marginTop={1}>
				{terminal.hyperlinks ? <Text color={colour('accent')}>{hyperlink(text.linkLabel, waiting.authorizeUrl)}</Text> : null}
				<Text>{text.urlLabel}</Text>
				<WholeValue id="authorize-url" value={waiting.authorizeUrl} printedNote={text.urlPrinted} color={colour('accent')} />
			</Box>
			<Box flexDirection="column" marginTop={1}>
				{method === 'browser' ? <Text>{text.instructions}</Text> : null}
				{demoUser ? <Text bold>{text.demoLogin(demoUser.username, demoUser.password)}</Text> : null}
				{method === 'browser' ? <Text dimColor>{text.pageErrorAdvice}</Text> : null}
			</Box>
			{noBrowserHere ? (
				<Box flexDirection="column" marginTop={1}>
					<Text color={colour('warning')}>{text.noBrowserHere(noBrowserHere)}</Text>
					<Text color={colour('accent')}>{`  ${portForward(redirectUri)}`}</Text>
				</Box>
			) : null}
			{method === 'browser' ? (
				<Box marginTop={1}>
					<Text>{spinner}{` ${text.waiting(redirectUri.url)}`}{timeLeft}</Text>
				</Box>
			) : null}
			{copied === 'url' ? <Text color={colour('success')}>✔ {text.copied}</Text> : null}
			{keysHidden ? null : <Keys>{text.keys}</Keys>}
		</Box>
	);
}

function TimeLeft({deadline, now}: {deadline: number; now: () => number}) {
	const [current, setCurrent] = useState(now());
	useEffect(() => {
		const timer = setInterval(() => setCurrent(now()), 1000);
		return () => clearInterval(timer);
	}, [now]);
	return <Text dimColor>{text.timeLeft(formatDuration(deadline - current))}</Text>;
}

function LaunchLine({browser}: {browser: BrowserState}) {
	const colour = useColour();
	if (browser === 'off') return <Text>{text.notOpened}</Text>;
	if (browser === 'opening') return <Text>{text.opening}</Text>;
	if (browser.ok) return <Text color={colour('success')}>✔ {text.opened(browser.command)}</Text>;
	return <Text color={colour('warning')}>⚠ {text.openFailed(browser.reason)}</Text>;
}
