import {Box, useInput, useStdout} from 'ink';
import {Text} from '../components/text.js';
import {useState} from 'react';
import {orgDetails, timeAgo} from '../../orgs/index.js';
import type {SavedOrg} from '../../store/saved-org.js';
import {Header} from '../components/header.js';
import {Keys} from '../components/keys.js';
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

	useInput((input, key) => {
		if (key.ctrl) return;
		if (input === 'v') setReveal(value => !value);
		else if (input === 'c') {
			write(clipboardSequence(org.refreshToken));
			setCopied(true);
		} else if (input === 'e') onExport();
		else if (key.escape || key.return || input === 'b') onBack();
	});

	const details = orgDetails(org, {reveal: false, isDefault});
	const fields: Array<[string, string]> = [
		[text.labels.alias, details.alias + (isDefault ? ` (${text.isDefault})` : '')],
		[text.labels.username, details.username],
		[text.labels.displayName, details.displayName],
		[text.labels.orgId, details.orgId],
		[text.labels.kind, details.kindLabel],
		[text.labels.instanceUrl, details.instanceUrl],
		[text.labels.loginUrl, details.loginUrl],
		[text.labels.clientId, details.clientId],
		[text.labels.clientSecret, details.clientSecret ?? text.none],
		[text.labels.scopes, details.scopes.join(' ') || text.noScopes],
		[text.labels.refreshToken, reveal ? text.revealedBelow : details.refreshToken],
		[text.labels.created, text.ago(details.createdAt, timeAgo(details.createdAt, now))],
		[text.labels.verified, text.ago(details.lastVerifiedAt, timeAgo(details.lastVerifiedAt, now))],
	];
	const width = Math.max(...fields.map(([label]) => label.length)) + 2;

	return (
		<Box flexDirection="column">
			<Header title={text.title(org.alias)} />
			{fields.map(([label, value]) => (
				<Box key={label} paddingLeft={2}>
					<Box width={width} flexShrink={0}><Text dimColor>{label}</Text></Box>
					<Text wrap="hard">{value}</Text>
				</Box>
			))}
			{reveal ? <Box marginTop={1}><Text wrap="hard">{org.refreshToken}</Text></Box> : null}
			{copied ? <Box marginTop={1}><Text color={colour('success')}>✔ {text.copied}</Text></Box> : null}
			<Keys>{`${reveal ? text.keysRevealed : text.keys} · ${common.keys.ctrlC}`}</Keys>
		</Box>
	);
}
