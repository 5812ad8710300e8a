import {Box, useInput} from 'ink';
import {Text} from '../components/text.js';
import Spinner from 'ink-spinner';
import {useEffect, useRef, useState} from 'react';
import {toSfrtError, type SfrtError} from '../../errors.js';
import type {RemoveOptions, RemoveResult} from '../../orgs/index.js';
import type {SavedOrg} from '../../store/saved-org.js';
import {ErrorView} from '../components/error-view.js';
import {Keys} from '../components/keys.js';
import {Select} from '../components/select.js';
import {common, removeText as text} from '../messages.js';
import {useColour} from '../theme.js';
import type {Notice} from './types.js';

export interface RemovePanelProps {
	org: SavedOrg;
	/** removeOrg for this org. */
	remove: (options: RemoveOptions) => Promise<RemoveResult>;
	onDone: (result: RemoveResult) => void;
	/** Nothing was removed (a "no", "keep it", or an error other than the revoke's). */
	onCancel: (error?: SfrtError) => void;
}

type Stage =
	| {name: 'confirm'}
	| {name: 'removing'}
	| {name: 'revoke-failed'; error: SfrtError};

/**
 * "Revoke and forget?" y/N. Yes revokes the refresh token at Salesforce, then forgets the org.
 * If the revoke fails the org is kept, and the user chooses: forget it anyway, or keep it.
 */
export function RemovePanel({org, remove, onDone, onCancel}: RemovePanelProps) {
	const colour = useColour();
	const [stage, setStage] = useState<Stage>({name: 'confirm'});
	const active = useRef(true);
	useEffect(() => () => {
		active.current = false;
	}, []);

	const run = (options: RemoveOptions) => {
		setStage({name: 'removing'});
		remove(options).then(
			result => {
				if (active.current) onDone(result);
			},
			(caught: unknown) => {
				if (!active.current) return;
				const error = toSfrtError(caught);
				// removeOrg wraps the revoke's own error (the one with the useful fix) as the cause.
				if (error.code === 'revoke-failed') setStage({name: 'revoke-failed', error: error.cause instanceof Error ? toSfrtError(error.cause) : error});
				else onCancel(error);
			},
		);
	};

	useInput((input, key) => {
		if (key.ctrl) return;
		if (input === 'y' || input === 'Y') run({});
		else if (input === 'n' || input === 'N' || key.escape || key.return) onCancel();
	}, {isActive: stage.name === 'confirm'});

	return (
		<Box flexDirection="column" marginTop={1}>
			{stage.name === 'confirm' ? (
				<>
					<Text color={colour('warning')} bold>{text.question(org.alias)}</Text>
					<Keys>{text.keys}</Keys>
				</>
			) : null}
			{stage.name === 'removing' ? <Text><Text color={colour('accent')}><Spinner /></Text> {text.removing(org.alias)}</Text> : null}
			{stage.name === 'revoke-failed' ? (
				<>
					<Text>{text.failed(org.alias)}</Text>
					<ErrorView error={stage.error} />
					<Box marginTop={1}>
						<Select
							choices={[
								{label: text.keep, value: 'keep' as const},
								{label: text.forgetAnyway, value: 'forget' as const, hint: text.forgetAnywayHint},
							]}
							onSelect={choice => (choice === 'forget' ? run({keepRemote: true}) : onCancel())}
							onBack={() => onCancel()}
						/>
					</Box>
					<Keys>{common.keyLine(common.keys.choose, common.keys.escBack, common.keys.ctrlC)}</Keys>
				</>
			) : null}
		</Box>
	);
}

/**
 * What a removal did, for the line under the list: revoked (or already dead), or only forgotten;
 * and, when it was the default and other orgs are left, that none is the default now.
 */
export function removalNotice(result: RemoveResult, orgsLeft: number): Notice {
	const {alias} = result.org;
	const said = {revoked: text.revoked, 'already-invalid': text.alreadyInvalid, skipped: text.notRevoked, failed: text.notRevoked}[result.revoke](alias);
	const revoked = result.revoke === 'revoked' || result.revoke === 'already-invalid';
	return {tone: revoked ? 'success' : 'warning', text: result.wasDefault && orgsLeft > 0 ? text.wasDefault(said) : said};
}

/** Nothing was removed. */
export function keptNotice(alias: string): Notice {
	return {tone: 'info', text: text.kept(alias)};
}
