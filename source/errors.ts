/**
 * Every failure sfrt reports is an SfrtError: a stable `code` for scripts, a message that says
 * what happened, and a `hint` that says how to fix it. The wizard, the plain commands and
 * `--json` all render the same three fields.
 */
import {errorsText} from './messages.js';

/** 2 for bad usage or input, 130 for cancellation; 1 otherwise. */
export type ExitCode = 1 | 2 | 130;

/** One error in a catalog: `{name}` placeholders are filled from the error's params. */
export interface ErrorText {
	message: string;
	hint: string;
	/**
	 * The same error told another way when the situation calls for it (the code stays the same):
	 * "invalid-client" when no secret was sent says the app requires one.
	 */
	variants?: Record<string, Partial<Pick<ErrorText, 'message' | 'hint'>>>;
}

export interface SalesforceErrorBody {
	error: string;
	error_description?: string;
	status?: number;
}

export interface SfrtErrorOptions {
	/** Values for `{name}` placeholders in the catalog's message and hint. */
	params?: Record<string, string | number>;
	cause?: unknown;
	/** What Salesforce said, when the error came from Salesforce. */
	salesforce?: SalesforceErrorBody;
	/** Which of the catalog entry's variants to tell, if any. */
	variant?: string | undefined;
}

export class SfrtError extends Error {
	readonly code: string;
	readonly hint: string;
	readonly exitCode: ExitCode;
	readonly salesforce: SalesforceErrorBody | undefined;
	/** The values of the catalog's placeholders, for a front end that words the hint its own way. */
	readonly params: Record<string, string | number>;
	/** The catalog variant the text comes from, if any. */
	readonly variant: string | undefined;

	constructor(code: string, message: string, hint: string, options: SfrtErrorOptions & {exitCode?: ExitCode} = {}) {
		super(message, options.cause === undefined ? undefined : {cause: options.cause});
		this.name = 'SfrtError';
		this.code = code;
		this.hint = hint;
		this.exitCode = options.exitCode ?? 1;
		this.salesforce = options.salesforce;
		this.params = options.params ?? {};
		this.variant = options.variant;
	}

	toJSON() {
		return {
			code: this.code,
			message: this.message,
			hint: this.hint,
			...(this.salesforce ? {salesforce: this.salesforce} : {}),
		};
	}
}

export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
	return template.replaceAll(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole,
	);
}

/**
 * Builds a function that makes SfrtErrors from one area's codes: the text from the active
 * language's catalog, read when the error is made; the exit code (1 unless listed) the same in
 * every language.
 */
export function errorFactory<Code extends string>(catalog: () => Record<Code, ErrorText>, exitCodes: Partial<Record<Code, ExitCode>> = {}) {
	return (code: Code, options: SfrtErrorOptions = {}): SfrtError => {
		const entry = catalog()[code];
		const variant = options.variant === undefined ? undefined : entry.variants?.[options.variant];
		return new SfrtError(code, fillTemplate(variant?.message ?? entry.message, options.params), fillTemplate(variant?.hint ?? entry.hint, options.params), {
			...options,
			exitCode: exitCodes[code] ?? 1,
		});
	};
}

export function isSfrtError(value: unknown): value is SfrtError {
	return value instanceof SfrtError;
}

/** Turns anything thrown into an SfrtError, so nothing reaches the user as a stack trace. */
export function toSfrtError(value: unknown): SfrtError {
	if (isSfrtError(value)) return value;
	const message = value instanceof Error ? value.message : String(value);
	return new SfrtError('internal', errorsText.internal.message(message), errorsText.internal.hint, {cause: value});
}
