import {fail, pass, type Check} from './check.js';
import {doctorText} from './messages.js';

/** The oldest Node sfrt runs on (package.json "engines"). */
export const MIN_NODE_MAJOR = 22;

/** `version` as process.versions.node gives it: "24.1.0". */
export function checkNode(version: string): Check {
	const text = doctorText.node;
	const major = Number.parseInt(version, 10);
	if (major >= MIN_NODE_MAJOR) return pass('node', text.ok(version));
	return fail('node', text.old(version, MIN_NODE_MAJOR), text.upgrade(MIN_NODE_MAJOR));
}
