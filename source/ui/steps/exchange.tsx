import {Box} from 'ink';
import {Text} from '../components/text.js';
import Spinner from 'ink-spinner';
import type {LoginPhase} from '../../oauth/login.js';
import {Header, type HeaderProps} from '../components/header.js';
import {exchange as text, stepTitles} from '../messages.js';
import {useColour} from '../theme.js';

const phases: LoginPhase[] = ['exchanging', 'reading-identity', 'verifying-refresh'];

/** Step 6, as the login engine reports it: a line per phase of checking the login. */
export function ExchangeView({header, phase}: {header: Omit<HeaderProps, 'title'>; phase: LoginPhase | 'finishing'}) {
	const colour = useColour();
	const current = phase === 'finishing' ? phases.length : phases.indexOf(phase);
	return (
		<Box flexDirection="column">
			<Header title={stepTitles.exchange} {...header} />
			<Text>{text.intro}</Text>
			{phases.map((name, i) => (
				<Box key={name} paddingLeft={2}>
					{i < current ? <Text color={colour('success')}>✔ {text.phases[name]}</Text> : null}
					{i === current ? <Text><Text color={colour('accent')}><Spinner /></Text> {text.running(text.phases[name])}</Text> : null}
					{i > current ? <Text dimColor>· {text.phases[name]}</Text> : null}
				</Box>
			))}
			{phase === 'finishing' ? <Box paddingLeft={2}><Text><Spinner /> {text.finishing}</Text></Box> : null}
		</Box>
	);
}
