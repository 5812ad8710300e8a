/**
 * --explain: every step of a command on stderr as it happens (the authorize URL's parameters,
 * each HTTP request and answer, retries and why), with every token, code, verifier and secret
 * redacted by the gateway before it gets here. Stdout (and --json on it) is untouched.
 */
import type {TraceEvent} from '../net/gateway.js';
import type {CommandContext} from './context.js';
import {colours} from './format.js';
import {cliText} from './messages.js';

export const explainOption = {explain: {type: 'boolean', default: false}} as const;

/** The longest value shown for one field of an answer. */
const MAX_VALUE = 120;

/** The context of a command run with --explain: its gateway traces to stderr, and `explain` says the other steps. */
export function explaining(context: CommandContext): CommandContext {
	const c = colours(context.stderr, context.env);
	const text = cliText.explain;
	const say = (line: string) => context.stderr.write(`${c.dim(`${text.prefix}${line}`)}\n`);
	const earlier = context.http?.onTrace;
	return {
		...context,
		explain: say,
		http: {
			...context.http,
			onTrace(event) {
				earlier?.(event);
				for (const line of traceLines(event)) say(line);
			},
		},
	};
}

export function traceLines(event: TraceEvent): string[] {
	const text = cliText.explain;
	switch (event.type) {
		case 'request':
			return [text.request(event.method, event.url), ...(event.proxy ? [text.viaProxy(event.proxy)] : []), ...Object.entries(event.form ?? {}).map(([name, value]) => text.field(name, value))];
		case 'response':
			return [text.response(event.status, event.ms), ...bodyLines(event.body)];
		case 'failure':
			return [text.failure(event.code, event.ms)];
		case 'retry':
			return [text.retry(event.attempt, event.of, event.reason)];
	}
}

/** The answer's fields, one per line; the gateway withholds a body that is not JSON. */
function bodyLines(body: string): string[] {
	const text = cliText.explain;
	if (body === '') return [text.emptyBody];
	let parsed: unknown;
	try {
		parsed = JSON.parse(body);
	} catch {
		return [text.notJson];
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [text.field('body', shorten(body))];
	return Object.entries(parsed).map(([name, value]) => text.field(name, shorten(typeof value === 'string' ? value : JSON.stringify(value))));
}

function shorten(value: string): string {
	return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value;
}

/** The authorize URL, then its parameters one per line. */
export function authorizeLines(url: string): string[] {
	const text = cliText.explain;
	const parsed = new URL(url);
	return [text.authorizeUrl(`${parsed.origin}${parsed.pathname}`), text.authorizeParameters, ...[...parsed.searchParams].map(([name, value]) => text.field(name, value))];
}
