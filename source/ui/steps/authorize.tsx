import {Box} from 'ink';
import {Text} from '../components/text.js';
import Spinner from 'ink-spinner';
import {useEffect, useState} from 'react';
import type {BrowserState} from '../../login/engine.js';
import {Header, type HeaderProps} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {WholeValue} from '../components/whole-value.js';
import {authorize as text, stepTitles} from '../messages.js';
import {formatDuration, hyperlink, type TerminalFeatures} from '../terminal.js';
import {useColour} from '../theme.js';

export interface AuthorizeViewProps {
	header: Omit<HeaderProps, 'title'>;
	/** Asking Salesforce about the app, before the browser opens. */
	checking: boolean;
	/** The paste field is open below: its key hints replace these. */
	pasting?: boolean;
	/** Set once the login waits for the person: the URL to open and when the wait ends. */
	waiting?: {authorizeUrl: string; deadline?: number | undefined} | undefined;
	browser: BrowserState;
	/** The OSC 52 copy was sent. */
	copied: boolean;
	redirectUri: string;
	/** The demo user, shown for the emulator's login page. */
	demoUser?: {username: string; password: string} | undefined;
	terminal: TerminalFeatures;
	now: () => number;
}

/** Step 5, as the login engine reports it: the URL to open, the browser, and the time left. */
export function AuthorizeView({header, checking, pasting = false, waiting, browser, copied, redirectUri, demoUser, terminal, now}: AuthorizeViewProps) {
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

	return (
		<Box flexDirection="column">
			{title}
			<LaunchLine browser={browser} />
			<Box flexDirection="column" marginTop={1}>
				{terminal.hyperlinks ? <Text color={colour('accent')}>{hyperlink(text.linkLabel, waiting.authorizeUrl)}</Text> : null}
				<Text>{text.urlLabel}</Text>
				<WholeValue id="authorize-url" value={waiting.authorizeUrl} printedNote={text.urlPrinted} color={colour('accent')} />
			</Box>
			<Box flexDirection="column" marginTop={1}>
				<Text>{text.instructions}</Text>
				{demoUser ? <Text bold>{text.demoLogin(demoUser.username, demoUser.password)}</Text> : null}
			</Box>
			<Box marginTop={1}>
				<Text>
					<Text color={colour('accent')}><Spinner /></Text>
					{` ${text.waiting(redirectUri)}`}
					{waiting.deadline === undefined ? null : <TimeLeft deadline={waiting.deadline} now={now} />}
				</Text>
			</Box>
			{copied ? <Text color={colour('success')}>✔ {text.copied}</Text> : null}
			{pasting ? null : <Keys>{text.keys}</Keys>}
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
