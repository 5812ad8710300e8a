import {Box, useStdout, useWindowSize} from 'ink';
import {useKeypress} from '../components/keypresses.js';
import {Text} from '../components/text.js';
import {useState} from 'react';
import {widest} from '../../present/cells.js';
import {orgFields} from '../../present/org-fields.js';
import type {SavedOrg} from '../../store/saved-org.js';
import {Header} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {fitsWhole, WholeValue} from '../components/whole-value.js';
import {orgDetailsText as text} from '../messages.js';
import {clipboardSequence} from '../terminal.js';
import {useColour} from '../theme.js';

export interface OrgDetailsProps {
	org: SavedOrg;
	isDefault: boolean;
	now: number;
	onExport: () => void;
	onBack: () => void;
}

/** Everything sfrt keeps about one org; the refresh token masked until `v`, copied with `c`. */
export function OrgDetails({org, isDefault, now, onExport, onBack}: OrgDetailsProps) {
	const colour = useColour();
	const {write} = useStdout();
	const {columns} = useWindowSize();
	const [reveal, setReveal] = useState(false);
	const [copied, setCopied] = useState(false);

	useKeypress((input, key) => {
		if (key.ctrl) return;
		if (input === 'v') setReveal(value => !value);
		else if (input === 'c') {
			write(clipboardSequence(org.refreshToken));
			setCopied(true);
		} else if (input === 'e') onExport();
		else if (key.escape || key.return || input === 'b') onBack();
	});

	const fields = orgFields(org, {set: 'screen', reveal, isDefault, now});
	const width = widest(fields.map(field => field.label)) + 2;

	return (
		<Box flexDirection="column">
			<Header title={text.title(org.alias)} />
			{fields.map(({key, label, value}) => (
				// A value too long to stand beside its label gets a row of its own, whole.
				fitsWhole(value, columns, 3 + width) ? (
					<Box key={key} paddingLeft={2}>
						<Box width={width} flexShrink={0}><Text dimColor>{label}</Text></Box>
						<WholeValue id={key} value={value} left={3 + width} printedNote="" />
					</Box>
				) : (
					<Box key={key} paddingLeft={2} flexDirection="column">
						<Text dimColor>{label}</Text>
						<Box paddingLeft={2}><WholeValue id={`details-${key}`} value={value} left={5} printedNote={text.valuePrinted(label)} /></Box>
					</Box>
				)
			))}
			{reveal ? <Box marginTop={1}><WholeValue id="details-refresh-token" value={org.refreshToken} printedNote={text.tokenPrinted} /></Box> : null}
			{copied ? <Box marginTop={1}><Text color={colour('success')}>✔ {reveal ? text.copiedShown : text.copied}</Text></Box> : null}
			<Keys>{reveal ? text.keysRevealed : text.keys}</Keys>
		</Box>
	);
}
