import {Box} from 'ink';
import {Text} from '../components/text.js';
import Spinner from 'ink-spinner';
import {useEffect, useRef, useState} from 'react';
import {toSfrtError, type SfrtError} from '../../errors.js';
import {completeLogin, type LoginPhase, type LoginResult, type PendingLogin} from '../../oauth/login.js';
import type {TokenClient} from '../../oauth/token-client.js';
import {Header, type HeaderProps} from '../components/header.js';
import {exchange as text, stepTitles} from '../messages.js';
import {REVOKE_GRACE_MS, type CatcherSlot, type StepWork} from '../services.js';
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
	/** Aborted on Ctrl+C or SIGINT/SIGTERM; leaving the step aborts the exchange as well. */
	signal?: AbortSignal | undefined;
	/** Keeps what goes on after the step is gone (revoking a token already issued), for Ctrl+C to wait for. */
	work?: StepWork | undefined;
}

/** Step 7: exchange the code, read the identity, prove the refresh token; a line per phase. */
export function Exchange({pending, code, client, slot, header, onDone, onError, signal, work}: ExchangeProps) {
	const colour = useColour();
	const [phase, setPhase] = useState<LoginPhase | 'finishing'>('exchanging');
	const latest = useRef({onDone, onError});
	latest.current = {onDone, onError};

	useEffect(() => {
		let active = true;
		const controller = new AbortController();
		const abort = () => controller.abort();
		if (signal?.aborted) abort();
		else signal?.addEventListener('abort', abort, {once: true});
		const update = (next: LoginPhase | 'finishing') => {
			if (active) setPhase(next);
		};
		// Revoking a token nobody will keep is the last request of a cancelled login: it gets a
		// few seconds, and a second Ctrl+C ends it (a request in flight keeps the process alive).
		const cleanupSignal = () => work?.cleanupSignal() ?? AbortSignal.timeout(REVOKE_GRACE_MS);
		const cancellable: TokenClient = {...client, revoke: request => client.revoke({...request, signal: request.signal ?? cleanupSignal()})};
		const run = async () => {
			try {
				const result = await completeLogin(pending, code, cancellable, {onPhase: update, signal: controller.signal});
				update('finishing');
				slot.current?.finish({ok: true, username: result.identity.username, orgId: result.identity.orgId});
				await slot.close();
				if (active && !controller.signal.aborted) latest.current.onDone(result);
				// Cancelled while the browser fetched its result page: the token will not be saved.
				else await client.revoke({url: result.tokens.instanceUrl, token: result.tokens.refreshToken, signal: cleanupSignal()}).catch(() => {});
			} catch (caught) {
				const error = toSfrtError(caught);
				slot.current?.finish({ok: false, error});
				await slot.close().catch(() => {});
				// Cancelled: the wizard is already saying so.
				if (active && !controller.signal.aborted) latest.current.onError(error);
			}
		};
		const running = run();
		work?.track(running);
		return () => {
			active = false;
			signal?.removeEventListener('abort', abort);
			abort();
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
