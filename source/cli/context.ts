import type {GatewayOptions} from '../net/gateway.js';

export interface CommandContext {
	env: NodeJS.ProcessEnv;
	stdout: NodeJS.WriteStream | NodeJS.WritableStream;
	stderr: NodeJS.WriteStream | NodeJS.WritableStream;
	stdin: NodeJS.ReadStream | NodeJS.ReadableStream;
	/** Cancels whatever the command is waiting on (Ctrl+C, SIGTERM). */
	signal: AbortSignal;
	/** How requests to Salesforce are sent and traced (tests stage failures here). */
	http?: GatewayOptions | undefined;
	/** --explain: says a step of the command on stderr (HTTP requests are traced through `http`). */
	explain?: ((line: string) => void) | undefined;
}

/** The wizard can run only where a person can answer it: both ends are terminals, and not CI. */
export function canPrompt(context: Pick<CommandContext, 'stdin' | 'stdout' | 'env'>): boolean {
	return Boolean((context.stdin as NodeJS.ReadStream).isTTY && (context.stdout as NodeJS.WriteStream).isTTY) && !isCi(context.env);
}

export function isCi(env: NodeJS.ProcessEnv): boolean {
	const value = env.CI;
	return value !== undefined && value !== '0' && value.toLowerCase() !== 'false';
}
