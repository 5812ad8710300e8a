import {Box, useStdout} from 'ink';
import {useKeypress} from '../components/keypresses.js';
import {Text} from '../components/text.js';
import {useEffect, useState} from 'react';
import {mask} from '../../present/secret.js';
import {toSfrtError, type SfrtError} from '../../errors.js';
import type {LoginResult, LoginSettings} from '../../oauth/login.js';
import {widest} from '../../present/cells.js';
import {proposedAlias, sameSavedLogin, saveLogin} from '../../login/save.js';
import {validateAlias} from '../../store/org-store.js';
import type {SavedOrg} from '../../store/saved-org.js';
import {ErrorView} from '../components/error-view.js';
import {Header, type HeaderProps} from '../components/header.js';
import {Keys} from '../components/keys.js';
import {WholeValue} from '../components/whole-value.js';
import {Select} from '../components/select.js';
import {TextPrompt} from '../components/text-prompt.js';
import {common, result as text, stepTitles} from '../messages.js';
import type {WizardStore} from '../services.js';
import {clipboardSequence} from '../terminal.js';
import {useColour} from '../theme.js';
import type {Check} from '../validate.js';

export interface ResultProps {
	login: LoginResult;
	settings: LoginSettings;
	/** From --alias: saved under it without asking. */
	alias?: string | undefined;
	store: () => WizardStore;
	demo?: boolean;
	header: Omit<HeaderProps, 'title'>;
	/** Start with the token shown in full (--reveal); `r` still hides it. */
	reveal?: boolean | undefined;
	/** As soon as the org is in the store. */
	onSaved?: (alias: string) => void;
	/** After the final frame: the alias saved under, if any. */
	onFinish: (savedAlias: string | undefined) => void;
}

type Phase = 'review' | 'alias' | 'replace' | 'saved' | 'not-saved' | 'done';

interface Saved {
	alias: string;
	replaced?: string | undefined;
	isDefault: boolean;
	path: string;
}

/** Step 8: who logged in, the token (masked until asked), an alias, the save, and what next. */
export function Result({login, settings, alias: presetAlias, store, demo = false, header, reveal: revealAtStart = false, onSaved, onFinish}: ResultProps) {
	const colour = useColour();
	const {write} = useStdout();
	const [phase, setPhase] = useState<Phase>('review');
	const [reveal, setReveal] = useState(revealAtStart);
	const [copied, setCopied] = useState(false);
	const [alias, setAlias] = useState(() => initialAlias(login, settings, store, presetAlias));
	const [saveError, setSaveError] = useState<SfrtError>();
	const [existing, setExisting] = useState<SavedOrg>();
	const [saved, setSaved] = useState<Saved>();

	const save = (name: string, confirmed: boolean) => {
		setSaveError(undefined);
		try {
			const orgs = store();
			const wanted = validateAlias(name);
			const previous = sameSavedLogin(orgs, login, settings);
			if (previous && !confirmed) {
				setExisting(previous);
				setPhase('replace');
				return;
			}
			const outcome = saveLogin(orgs, login, settings, {alias: wanted, onAliasTaken: 'fail'});
			setSaved({alias: outcome.org.alias, replaced: outcome.replaced, isDefault: outcome.isDefault, path: outcome.path});
			setPhase('saved');
			onSaved?.(outcome.org.alias);
		} catch (error) {
			setSaveError(toSfrtError(error));
			setPhase('alias');
		}
	};

	useKeypress((input, key) => {
		if (key.ctrl) return;
		if (input === 'r') setReveal(value => !value);
		else if (input === 'c') {
			write(clipboardSequence(login.tokens.refreshToken));
			setCopied(true);
		} else if (key.return) {
			if (phase === 'review') {
				if (presetAlias) save(presetAlias, false);
				else setPhase('alias');
			} else setPhase('done');
		} else if (input === 'q' && phase !== 'review') setPhase('done');
	}, {isActive: phase === 'review' || phase === 'saved' || phase === 'not-saved'});

	useEffect(() => {
		if (phase === 'done') onFinish(saved?.alias);
	}, [phase]);

	const checkAlias = (value: string): Check => {
		try {
			validateAlias(value.trim());
			return {};
		} catch (error) {
			const failure = toSfrtError(error);
			return {error: failure.message, hint: failure.hint};
		}
	};

	const fields: Array<[string, string]> = [
		[text.labels.username, login.identity.username],
		[text.labels.orgId, login.identity.orgId],
		[text.labels.instanceUrl, login.tokens.instanceUrl],
		[text.labels.scopes, login.tokens.scopes.join(' ') || text.noScopes],
		[text.labels.refreshToken, reveal ? text.revealedBelow : mask(login.tokens.refreshToken)],
	];
	const width = widest(fields.map(([label]) => label)) + 2;

	return (
		<Box flexDirection="column">
			<Header title={stepTitles.result} {...header} />
			<Text color={colour('success')}>✔ {text.success(login.identity.username)}</Text>
			<Box flexDirection="column" marginTop={1} paddingLeft={2}>
				{fields.map(([label, value]) => (
					<Box key={label}>
						<Box width={width} flexShrink={0}><Text dimColor>{label}</Text></Box>
						<Text>{value}</Text>
					</Box>
				))}
			</Box>
			{reveal ? <Box marginTop={1}><WholeValue id="refresh-token" value={login.tokens.refreshToken} printedNote={text.tokenPrinted} /></Box> : null}
			{login.rotated ? <Text dimColor>{text.rotated}</Text> : null}
			{copied ? <Text color={colour('success')}>✔ {text.copied}</Text> : null}

			{phase === 'review' ? <Keys>{common.keyLine(reveal ? text.keysRevealed : text.keys, common.keys.ctrlC)}</Keys> : null}

			{phase === 'alias' ? (
				<Box flexDirection="column" marginTop={1}>
					<Text>{text.aliasPrompt}</Text>
					<TextPrompt
						value={alias}
						onChange={value => {
							setAlias(value);
							setSaveError(undefined);
						}}
						check={checkAlias}
						onSubmit={value => save(value.trim(), false)}
						onBack={() => setPhase('review')}
						note={<Text dimColor>{text.aliasHint}</Text>}
					/>
					{saveError ? <Box marginTop={1}><ErrorView error={saveError} /></Box> : null}
					<Keys>{common.keyLine(common.keys.enterContinue, common.keys.escBack, common.keys.ctrlC)}</Keys>
				</Box>
			) : null}

			{phase === 'replace' && existing ? (
				<Box flexDirection="column" marginTop={1}>
					<Text color={colour('warning')}>⚠ {text.replaceQuestion(existing.alias)}</Text>
					<Select
						choices={[
							{label: text.replace(existing.alias), value: 'replace' as const},
							{label: text.dontSave, value: 'skip' as const},
						]}
						onSelect={choice => (choice === 'replace' ? save(alias.trim(), true) : setPhase('not-saved'))}
						onBack={() => setPhase('alias')}
					/>
					<Keys>{common.keyLine(common.keys.choose, common.keys.escBack, common.keys.ctrlC)}</Keys>
				</Box>
			) : null}

			{(phase === 'saved' || (phase === 'done' && saved)) && saved ? <SavedView saved={saved} demo={demo} /> : null}
			{phase === 'not-saved' || (phase === 'done' && !saved) ? <Box marginTop={1}><Text color={colour('warning')}>⚠ {text.notSaved}</Text></Box> : null}
			{phase === 'saved' || phase === 'not-saved' ? <Keys>{text.finishKeys}</Keys> : null}
		</Box>
	);
}

/**
 * The alias offered: --alias, else the one this same login (org, user and app) is saved under
 * already, so that logging in again does not rename the entry unless the user types another.
 */
function initialAlias(login: LoginResult, settings: LoginSettings, store: () => WizardStore, preset: string | undefined): string {
	try {
		return proposedAlias(store(), login, settings, preset);
	} catch {
		// An unreadable store is reported when saving.
		return preset ?? login.identity.username;
	}
}

function SavedView({saved, demo}: {saved: Saved; demo: boolean}) {
	const colour = useColour();
	const commands: Array<[string, string]> = [
		[text.exportCommand(saved.alias), text.exportHint],
		[text.tokenCommand(saved.alias), text.tokenHint],
	];
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text color={colour('success')}>
				{`✔ ${text.saved(saved.alias, saved)}`}
			</Text>
			<Text dimColor>{text.savedTo(saved.path)}</Text>
			{demo ? <Text dimColor>{text.demoStore}</Text> : null}
			<Box marginTop={1}><Text bold>{text.nextSteps}</Text></Box>
			{commands.map(([command, hint]) => (
				<Box key={command} flexDirection="column" paddingLeft={2}>
					<WholeValue id="command" value={command} left={3} printedNote={text.commandPrinted} color={colour('accent')} />
					<Box paddingLeft={4}><Text dimColor>{hint}</Text></Box>
				</Box>
			))}
		</Box>
	);
}
