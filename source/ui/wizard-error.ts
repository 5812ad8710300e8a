import {fillTemplate, SfrtError} from '../errors.js';
import {wizardHints} from './messages.js';

/**
 * An error as the wizard shows it. The catalogs' fixes are written for the command line and
 * name its flags ("use --redirect-uri"); in the wizard the same fix is a step to go back to or
 * a choice on screen. The code, the message and everything else stay as they are.
 */
export function inWizard(error: SfrtError): SfrtError {
	const hints: Partial<Record<string, string>> = wizardHints;
	const hint = (error.variant === undefined ? undefined : hints[`${error.code}/${error.variant}`]) ?? hints[error.code];
	if (hint === undefined) return error;
	return new SfrtError(error.code, error.message, fillTemplate(hint, error.params), {
		exitCode: error.exitCode,
		params: error.params,
		variant: error.variant,
		cause: error.cause,
		...(error.salesforce ? {salesforce: error.salesforce} : {}),
	});
}
