import {Box, useStdout} from 'ink';
import {useKeypress} from '../components/keypresses.js';
import {Text} from '../components/text.js';
import {useState} from 'react';
import {toSfrtError, type SfrtError} from '../../errors.js';
import {padCells, widest} from '../../present/cells.js';
import {exportFormats, exportOrg, type ExportFormat} from '../../orgs/index.js';
import type {SavedOrg} from '../../store/saved-org.js';
import {ErrorView} from '../components/error-view.js';
import {Header} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {WholeValue} from '../components/whole-value.js';
import {Select} from '../components/select.js';
import {common, exportText as text} from '../messages.js';
import {clipboardSequence} from '../terminal.js';
import {useColour} from '../theme.js';

export interface ExportPanelProps {
	org: SavedOrg;
	onBack: () => void;
}

type Stage =
	| {name: 'format'; format?: ExportFormat}
	| {name: 'error'; format: ExportFormat; error: SfrtError}
	| {name: 'action'; format: ExportFormat; output: string; copied: boolean}
	| {name: 'shown'; format: ExportFormat; output: string; copied: boolean};

/**
 * The org's credentials in a format other tools read: pick the format, then copy it (OSC 52)
 * or show it. It holds secrets, so it is printed only when asked for.
 */
export function ExportPanel({org, onBack}: ExportPanelProps) {
	const colour = useColour();
	const {write} = useStdout();
	const [stage, setStage] = useState<Stage>({name: 'format'});

	const choose = (format: ExportFormat) => {
		try {
			setStage({name: 'action', format, output: exportOrg(org, format), copied: false});
		} catch (error) {
			setStage({name: 'error', format, error: toSfrtError(error)});
		}
	};

	const copy = (output: string) => write(clipboardSequence(output.replace(/\n$/, '')));

	useKeypress((input, key) => {
		if (key.ctrl || stage.name !== 'shown') return;
		if (input === 'c') {
			copy(stage.output);
			setStage({...stage, copied: true});
		} else if (key.escape || input === 'b') setStage({...stage, name: 'action'});
	}, {isActive: stage.name === 'shown'});

	const labelWidth = widest(exportFormats.map(format => text.formats[format].label));
	const formatIndex = stage.format ? exportFormats.indexOf(stage.format) : 0;
	return (
		<Box flexDirection="column">
			<Header title={text.title(org.alias)} />
			{stage.name === 'format' ? (
				<Box flexDirection="column">
					<Text>{text.prompt}</Text>
					<Text dimColor>{text.secretWarning}</Text>
					<Box marginTop={1}>
						<Select
							choices={exportFormats.map(format => ({label: padCells(text.formats[format].label, labelWidth), value: format, hint: text.formats[format].hint}))}
							initialIndex={formatIndex}
							onSelect={choose}
							onBack={onBack}
						/>
					</Box>
					<Keys>{common.keyLine(common.keys.choose, common.keys.escBack, common.keys.ctrlC)}</Keys>
				</Box>
			) : null}
			{stage.name === 'error' ? (
				<Box flexDirection="column">
					<ErrorView error={stage.error} />
					<Box marginTop={1}>
						<Select choices={[{label: text.otherFormat, value: 'format' as const}]} onSelect={() => setStage({name: 'format', format: stage.format})} onBack={() => setStage({name: 'format', format: stage.format})} />
					</Box>
					<Keys>{common.keyLine(common.keys.enterContinue, common.keys.escBack, common.keys.ctrlC)}</Keys>
				</Box>
			) : null}
			{stage.name === 'action' ? (
				<Box flexDirection="column">
					<Text>{text.action}</Text>
					<Text dimColor>{text.secretWarning}</Text>
					<Box marginTop={1}>
						<Select
							key={stage.format}
							choices={[
								{label: text.copy, value: 'copy' as const, hint: text.copyHint},
								{label: text.show, value: 'show' as const, hint: text.showHint},
								{label: text.otherFormat, value: 'format' as const},
							]}
							onSelect={choice => {
								if (choice === 'copy') {
									copy(stage.output);
									setStage({...stage, copied: true});
								} else if (choice === 'show') setStage({...stage, name: 'shown'});
								else setStage({name: 'format', format: stage.format});
							}}
							onBack={() => setStage({name: 'format', format: stage.format})}
						/>
					</Box>
					{stage.copied ? (
						<Box marginTop={1} flexDirection="column">
							<Text color={colour('success')}>✔ {text.copied(stage.format)}</Text>
							<Text dimColor>{text.copyIgnored}</Text>
						</Box>
					) : null}
					<Keys>{common.keyLine(common.keys.choose, common.keys.escBack, common.keys.ctrlC)}</Keys>
				</Box>
			) : null}
			{stage.name === 'shown' ? (
				<Box flexDirection="column">
					<WholeValue id={`export-${stage.format}`} value={stage.output} printedNote={text.shownPrinted} secret={{title: text.title(org.alias), note: text.shownOwnScreen}} />
					{stage.copied ? <Box marginTop={1}><Text color={colour('success')}>✔ {text.copied(stage.format)}</Text></Box> : null}
					<Keys>{text.shownKeys}</Keys>
				</Box>
			) : null}
		</Box>
	);
}
