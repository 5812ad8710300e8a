/** How one doctor check came out: fine, worth a look, or broken. */
export type CheckStatus = 'pass' | 'warn' | 'fail';

/** One line of `sfrt doctor`: a stable id for scripts, what was found, and the fix when it is not fine. */
export interface Check {
	id: string;
	status: CheckStatus;
	message: string;
	/** The fix: on every warn and fail. */
	hint?: string;
	/** The saved org a per-org check is about. */
	alias?: string;
}

export interface DoctorReport {
	/** No check failed (warnings allowed). */
	ok: boolean;
	checks: Check[];
}

export function pass(id: string, message: string, alias?: string): Check {
	return {id, status: 'pass', message, ...(alias === undefined ? {} : {alias})};
}

export function warn(id: string, message: string, hint: string, alias?: string): Check {
	return {id, status: 'warn', message, hint, ...(alias === undefined ? {} : {alias})};
}

export function fail(id: string, message: string, hint: string, alias?: string): Check {
	return {id, status: 'fail', message, hint, ...(alias === undefined ? {} : {alias})};
}

export function reportOf(checks: Check[]): DoctorReport {
	return {ok: checks.every(check => check.status !== 'fail'), checks};
}
