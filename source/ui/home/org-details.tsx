import {Box, useStdout} from 'ink';
import {useKeypress} from '../components/keypresses.js';
import {Text} from '../components/text.js';
import {useState} from 'react';
import {orgFields} from '../../present/org-fields.js';
import type {SavedOrg} from '../../store/saved-org.js';
import {Header} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {FieldRows} from '../components/field-rows.js';
import {common, orgDetailsText as text} from '../messages.js';
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

	const fields = orgFields(org, {set: 'screen', reveal, isDefault, now}).map(field => ({
		...field,
		key: `details-${org.alias}-${field.key}`,
		printedNote: text.valuePrinted(field.label),
		...(field.key === 'refreshToken' ? {secret: {title: text.title(org.alias), note: common.ownScreen(field.label)}} : {}),
	}));

	return (
		<Box flexDirection="column">
			<Header title={text.title(org.alias)} />
			<FieldRows fields={fields} />
			{copied ? <Box marginTop={1}><Text color={colour('success')}>✔ {reveal ? text.copiedShown : text.copied}</Text></Box> : null}
			<Keys>{reveal ? text.keysRevealed : text.keys}</Keys>
		</Box>
	);
}
