import {Box} from 'ink';
import {useKeypress} from '../components/keypresses.js';
import {Text} from '../components/text.js';
import {Header} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {common, guide as text} from '../messages.js';
import {useColour} from '../theme.js';

export interface SetupGuideProps {
	/** The exact callback URL the wizard will use. */
	redirectUri: string;
	demo?: boolean;
	onDone: () => void;
	onBack: () => void;
}

/** How to create the External Client App, with the callback URL sfrt will use. */
export function SetupGuide({redirectUri, demo = false, onDone, onBack}: SetupGuideProps) {
	const colour = useColour();
	useKeypress((_input, key) => {
		if (key.return) onDone();
		else if (key.escape) onBack();
	});
	return (
		<Box flexDirection="column">
			<Header title={text.title} demo={demo} />
			<Text>{text.intro}</Text>
			{text.steps.map((step, i) => (
				<Box key={step} flexDirection="column">
					<Box>
						<Box width={4} flexShrink={0}><Text>{`${i + 1}.`}</Text></Box>
						<Text>{step}</Text>
					</Box>
					{i === text.callbackStep ? <Box paddingLeft={7}><Text bold color={colour('accent')}>{redirectUri}</Text></Box> : null}
				</Box>
			))}
			<Keys>{common.keyLine(text.ready, common.keys.escBack, common.keys.ctrlC)}</Keys>
		</Box>
	);
}
