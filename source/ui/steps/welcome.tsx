import {Box} from 'ink';
import {Text} from '../components/text.js';
import {Header} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {Optional} from '../components/fit.js';
import {Select} from '../components/select.js';
import {common, welcome as text} from '../messages.js';

export type WelcomeChoice = 'ready' | 'guide' | 'quit';

export interface WelcomeProps {
	demo?: boolean;
	onChoose: (choice: WelcomeChoice) => void;
	onBack?: (() => void) | undefined;
}

/** Step 1: what sfrt does, and whether the user has an app yet. */
export function Welcome({demo = false, onChoose, onBack}: WelcomeProps) {
	const choices = demo
		? [{label: text.demoStart, value: 'ready' as const}, {label: text.demoGuide, value: 'guide' as const}, {label: text.quit, value: 'quit' as const}]
		: [{label: text.yes, value: 'ready' as const}, {label: text.no, value: 'guide' as const}, {label: text.quit, value: 'quit' as const}];
	return (
		<Box flexDirection="column">
			<Header title={text.title} demo={demo} />
			<Optional>
				<Text>{text.intro}</Text>
				<Box flexDirection="column" paddingLeft={2} marginBottom={1}>
					{text.points.map((point, i) => <Text key={point}>{`${i + 1}. ${point}`}</Text>)}
				</Box>
			</Optional>
			{demo ? (
				<Box flexDirection="column" marginBottom={1}>
					<Optional><Text>{text.demoIntro}</Text></Optional>
					<Text>{text.demoCredentials}</Text>
				</Box>
			) : <Box marginBottom={1}><Text bold>{text.question}</Text></Box>}
			<Select choices={choices} onSelect={onChoose} {...(onBack ? {onBack} : {})} />
			<Keys>{common.keyLine(common.keys.choose, ...(onBack ? [common.keys.escBack] : []), common.keys.ctrlC)}</Keys>
		</Box>
	);
}
