import {Box} from 'ink';
import {Text} from '../components/text.js';
import Spinner from 'ink-spinner';
import {useEffect, useRef, useState} from 'react';
import {toSfrtError, type SfrtError} from '../../errors.js';
import {completeLogin, type LoginPhase, type LoginResult, type PendingLogin} from '../../oauth/login.js';
import type {TokenClient} from '../../oauth/token-client.js';
import {Header, type HeaderProps} from '../components/header.js';
import {exchange as text, stepTitles} from '../messages.js';
import type {CatcherSlot} from '../services.js';
import {useColour} from '../theme.js';

const phases: LoginPhase[] = ['exchanging', 'reading-identity', 'verifying-refresh'];

export interface ExchangeProps {
	pending: PendingLogin;
	code: string;
	client: TokenClient;
	/** Holds the catcher: told the outcome (the browser tab shows it), then closed. */
	slot: CatcherSlot;
	header: Omit<HeaderProps, 'title'>;
	onDone: (result: LoginResult) => void;
	onError: (error: SfrtError) => void;
}

/** Step 7: exchange the code, read the identity, prove the refresh token; a line per phase. */
export function Exchange({pending, code, client, slot, header, onDone, onError}: ExchangeProps) {
	const colour = useColour();
	const [phase, setPhase] = useState<LoginPhase | 'finishing'>('exchanging');
	const latest = useRef({onDone, onError});
	latest.current = {onDone, onError};

	useEffect(() => {
		let active = true;
		const update = (next: LoginPhase | 'finishing') => {
			if (active) setPhase(next);
		};
		void (async () => {
			try {
				const result = await completeLogin(pending, code, client, update);
				update('finishing');
				slot.current?.finish({ok: true, username: result.identity.username, orgId: result.identity.orgId});
				await slot.close();
				if (active) latest.current.onDone(result);
			} catch (caught) {
				const error = toSfrtError(caught);
				slot.current?.finish({ok: false, error});
				await slot.close();
				if (active) latest.current.onError(error);
			}
		})();
		return () => {
			active = false;
		};
	}, []); // One exchange per mount: a code works once.

	const current = phase === 'finishing' ? phases.length : phases.indexOf(phase);
	return (
		<Box flexDirection="column">
			<Header title={stepTitles.exchange} {...header} />
			<Text>{text.intro}</Text>
			{phases.map((name, i) => (
				<Box key={name} paddingLeft={2}>
					{i < current ? <Text color={colour('success')}>✔ {text.phases[name]}</Text> : null}
					{i === current ? <Text><Text color={colour('accent')}><Spinner /></Text> {text.phases[name]}…</Text> : null}
					{i > current ? <Text dimColor>· {text.phases[name]}</Text> : null}
				</Box>
			))}
			{phase === 'finishing' ? <Box paddingLeft={2}><Text><Spinner /> {text.finishing}</Text></Box> : null}
		</Box>
	);
}
