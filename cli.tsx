#!/usr/bin/env node
// The entry point. It holds no JSX on purpose: only the wizard loads Ink and React, on demand.
import {main} from './source/cli/main.js';

const controller = new AbortController();
const cancel = () => {
	if (controller.signal.aborted) process.exit(130);
	controller.abort();
};
process.on('SIGINT', cancel);
process.on('SIGTERM', cancel);

const exitCode = await main(process.argv.slice(2), {
	env: process.env,
	stdout: process.stdout,
	stderr: process.stderr,
	stdin: process.stdin,
	signal: controller.signal,
});
process.exitCode = exitCode;
