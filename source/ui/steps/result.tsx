import {Box, useStdout} from 'ink';
import {useKeypress} from '../components/keypresses.js';
import {Text} from '../components/text.js';
import {useEffect, useState} from 'react';
import {mask} from '../../present/secret.js';
import {toSfrtError, type SfrtError} from '../../errors.js';
import type {LoginResult, LoginSettings} from '../../oauth/login.js';
import {loginKey, proposedAlias, renews, sameSavedLogin, saveLogin, type Relogin} from '../../login/save.js';
import {validateAlias} from '../../store/org-store.js';
import {sameLogin, type SavedOrg} from '../../store/saved-org.js';
import {ErrorView} from '../components/error-view.js';
import {Header, type HeaderProps} from '../components/header.js';
import {FieldRows} from '../components/field-rows.js';
import {Keys} from '../components/keys.js';
import {Optional} from '../components/fit.js';
import {WholeValue} from '../components/whole-value.js';
import {Select} from '../components/select.js';
import {TextPrompt} from '../components/text-prompt.js';
import {common, result as text, stepTitles} from '../messages.js';
import type {WizardStore} from '../services.js';
import {clipboardSequence} from '../terminal.js';
import {useColour} from '../theme.js';
import {checkNewAlias, type Check} from '../validate.js';
import {inWizard} from '../wizard-error.js';

export interface ResultProps {
	login: LoginResult;
	settings: LoginSettings;
	/** From --alias: saved under it without asking. */
	alias?: string | undefined;
	/** Logging in again to this saved org: replacing its entry is what the person asked for. */
	relogin?: Relogin | undefined;
	store: () => WizardStore;
	demo?: boolean;
	/** Opened from the saved orgs: finishing goes back to them, and the keys say so. */
	fromHome?: boolean;
	header: Omit<HeaderProps, 'title'>;
	/** Start with the token shown in full (--reveal); `r` still hides it. */
	reveal?: boolean | undefined;
	/** Revokes this login's refresh token at Salesforce (when the person does not keep it). */
	revoke?: (() => Promise<void>) | undefined;
	/** As soon as the org is in the store. */
	onSaved?: (alias: string) => void;
	/** The token's fate is decided: saved, kept unsaved on purpose, or revoked. Until then Ctrl+C revokes it. */
	onSettled?: () => void;
	/** After the final frame: the alias saved under, if any. */
	onFinish: (savedAlias: string | undefined) => void;
}

/**
 * review → alias → (replace) → finished, saved; or review → discard → (revoking) → finished,
 * revoked or kept unsaved. "done" is the frame the wizard leaves on.
 */
type Phase = 'review' | 'alias' | 'replace' | 'discard' | 'revoking' | 'finished' | 'done';

interface Saved {
	alias: string;
	replaced?: string | undefined;
	isDefault: boolean;
	path: string;
}

/**
 * The last step: who logged in, the token (masked until asked), then save it under an alias,
 * or don't (and then revoke it, or leave it valid and shown to copy), and what next.
 */
export function Result({login, settings, alias: presetAlias, relogin, store, demo = false, fromHome = false, header, reveal: revealAtStart = false, revoke, onSaved, onSettled, onFinish}: ResultProps) {
	const colour = useColour();
	const {write} = useStdout();
	const [phase, setPhase] = useState<Phase>('review');
	const [reveal, setReveal] = useState(revealAtStart);
	const [copied, setCopied] = useState(false);
	const [alias, setAlias] = useState(() => initialAlias(login, settings, store, presetAlias));
	const [saveError, setSaveError] = useState<SfrtError>();
	const renewing = relogin !== undefined && renews(relogin, login, settings);
	const [revokeError, setRevokeError] = useState<SfrtError>();
	const [existing, setExisting] = useState<SavedOrg>();
	const [saved, setSaved] = useState<Saved>();
	/** Not saved: revoked at Salesforce, or left valid (and shown). */
	const [unsaved, setUnsaved] = useState<'revoked' | 'kept'>();
	const thisLogin = loginKey(login, settings);

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
			setPhase('finished');
			onSaved?.(outcome.org.alias);
			onSettled?.();
		} catch (error) {
			setSaveError(inWizard(toSfrtError(error)));
			setPhase('alias');
		}
	};

	const discard = (choice: 'revoke' | 'keep' | 'back') => {
		if (choice === 'back') {
			setPhase('review');
		} else if (choice === 'keep' || !revoke) {
			onSettled?.();
			setReveal(true);
			setUnsaved('kept');
			setPhase('finished');
		} else {
			setPhase('revoking');
			onSettled?.();
			revoke().then(() => {
				setUnsaved('revoked');
				setPhase('finished');
			}, (error: unknown) => {
				setRevokeError(toSfrtError(error));
				setReveal(true);
				setUnsaved('kept');
				setPhase('finished');
			});
		}
	};

	const finished = phase === 'finished';
	useKeypress((input, key) => {
		if (key.ctrl) return;
		if (input === 'r') setReveal(value => !value);
		else if (input === 'c') {
			write(clipboardSequence(login.tokens.refreshToken));
			setCopied(true);
		} else if (phase === 'review') {
			if (key.return) {
				if (presetAlias) save(presetAlias, false);
				else if (renewing) save(relogin!.alias, true);
				else setPhase('alias');
			} else if (input === 'n' || key.escape) setPhase('discard');
		} else if (key.return || input === 'q' || (fromHome && key.escape)) setPhase('done');
	}, {isActive: phase === 'review' || finished});

	useEffect(() => {
		if (phase === 'done') onFinish(saved?.alias);
	}, [phase]);

	// Taken by another login: said as it is typed, as the rename prompt does.
	const checkAlias = (value: string): Check => checkNewAlias(value, alias => savedOrgs(store).find(org => org.alias === alias && !sameLogin(org, thisLogin)), {message: text.aliasTaken, hint: text.aliasTakenHint});

	const field = (key: string, label: string, value: string) => ({key, label, value, printedNote: text.valuePrinted(label)});
	const fields = [
		field('username', text.labels.username, login.identity.username),
		field('orgId', text.labels.orgId, login.identity.orgId),
		field('instanceUrl', text.labels.instanceUrl, login.tokens.instanceUrl),
		field('scopes', text.labels.scopes, login.tokens.scopes.join(' ') || text.noScopes),
		{...field('refreshToken', text.labels.refreshToken, reveal ? login.tokens.refreshToken : mask(login.tokens.refreshToken)), secret: {title: text.labels.refreshToken, note: common.ownScreen(text.labels.refreshToken)}},
	];
	const finishKeys = common.keyLine(reveal ? text.finishKeys.hide : text.finishKeys.reveal, text.finishKeys.copy, fromHome ? text.finishKeys.toList : text.finishKeys.quit);

	return (
		<Box flexDirection="column">
			<Header title={stepTitles.result} {...header} />
			<Text color={colour('success')}>✔ {text.success(login.identity.username)}</Text>
			{phase === 'review' || phase === 'alias' ? <Box marginTop={1}><FieldRows fields={fields} /></Box> : <Optional><Box marginTop={1}><FieldRows fields={fields} /></Box></Optional>}
			{relogin && !renewing ? <Text color={colour('warning')}>⚠ {text.notRelogin(login.identity.username, relogin.alias)}</Text> : null}
			{login.rotated ? <Text dimColor>{text.rotated}</Text> : null}
			{copied ? <Text color={colour('success')}>✔ {reveal ? text.copiedShown : text.copied}</Text> : null}

			{phase === 'review' ? <Keys>{common.keyLine(reveal ? text.keys.hide : text.keys.reveal, text.keys.copy, text.keys.save, text.keys.dontSave, common.keys.ctrlC)}</Keys> : null}

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
							{label: text.replace(existing.alias, alias.trim()), value: 'replace' as const},
							{label: text.dontSave, value: 'skip' as const},
						]}
						onSelect={choice => (choice === 'replace' ? save(alias.trim(), true) : setPhase('discard'))}
						onBack={() => setPhase('alias')}
					/>
					<Keys>{common.keyLine(common.keys.choose, common.keys.escBack, common.keys.ctrlC)}</Keys>
				</Box>
			) : null}

			{phase === 'discard' ? (
				<Box flexDirection="column" marginTop={1}>
					<Text color={colour('warning')}>⚠ {text.discardQuestion}</Text>
					<Select
						choices={[
							...(revoke ? [{label: text.discardRevoke, value: 'revoke' as const, hint: text.discardRevokeHint}] : []),
							{label: text.discardKeep, value: 'keep' as const, hint: text.discardKeepHint},
							{label: text.discardBack, value: 'back' as const},
						]}
						onSelect={discard}
						onBack={() => setPhase('review')}
					/>
					<Keys>{common.keyLine(common.keys.choose, common.keys.escBack, common.keys.ctrlC)}</Keys>
				</Box>
			) : null}

			{phase === 'revoking' ? <Box marginTop={1}><Text dimColor>{text.revoking}</Text></Box> : null}
			{unsaved === 'revoked' ? <Box marginTop={1}><Text color={colour('success')}>✔ {text.revoked}</Text></Box> : null}
			{revokeError ? <Box marginTop={1} flexDirection="column"><Text color={colour('warning')}>⚠ {text.revokeFailed}</Text><ErrorView error={revokeError} showCode={false} /></Box> : null}
			{unsaved === 'kept' ? <Box marginTop={1}><Text color={colour('warning')}>⚠ {text.notSaved}</Text></Box> : null}
			{saved ? <SavedView saved={saved} demo={demo} /> : null}
			{finished ? <Keys>{finishKeys}</Keys> : null}
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

/** The saved orgs, or none when the store cannot be read (saving reports that). */
function savedOrgs(store: () => WizardStore): SavedOrg[] {
	try {
		return store().list();
	} catch {
		return [];
	}
}

function SavedView({saved, demo}: {saved: Saved; demo: boolean}) {
	const colour = useColour();
	// The demo's store is deleted when it ends: its next steps are ones that work afterwards.
	const commands: Array<[string, string]> = demo
		? [[text.demoLoginCommand, text.demoLoginHint], [text.demoGuideCommand, text.demoGuideHint]]
		: [[text.exportCommand(saved.alias), text.exportHint], [text.tokenCommand(saved.alias), text.tokenHint]];
	return (
		<Box flexDirection="column" marginTop={1}>
			<Text color={colour('success')}>
				{`✔ ${text.saved(saved.alias, saved)}`}
			</Text>
			<Optional><Text dimColor>{text.savedTo(saved.path)}</Text></Optional>
			{demo ? <Text dimColor>{text.demoStore}</Text> : null}
			<Box marginTop={1}><Text bold>{text.nextSteps}</Text></Box>
			{commands.map(([command, hint]) => (
				<Box key={command} flexDirection="column" paddingLeft={2}>
					<WholeValue id="command" value={command} left={3} printedNote={text.commandPrinted} color={colour('accent')} />
					<Optional><Box paddingLeft={4}><Text dimColor>{hint}</Text></Box></Optional>
				</Box>
			))}
		</Box>
	);
}
