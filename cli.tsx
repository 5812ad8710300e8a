#!/usr/bin/env node
// The entry point. It holds no JSX on purpose: only the wizard loads Ink and React, on demand.
import module from 'node:module';

// Node keeps the compiled code of sfrt's modules between runs: a shorter start every time after the first.
module.enableCompileCache?.();
// The signal handlers come first, before the rest of sfrt is loaded: a Ctrl+C or SIGTERM in the
// first milliseconds still ends with the documented exit code (and JSON under --json).

const controller = new AbortController();
let firstSignalAt = 0;
/**
 * The first Ctrl+C (or SIGTERM) asks the command to stop cleanly: close the loopback port,
 * finish saving a rotated token. A second one, pressed by a person, leaves at once. A signal
 * repeated within a moment is not a second press: conf's exit hook re-raises the one it saw.
 */
const cancel = () => {
	if (firstSignalAt && Date.now() - firstSignalAt > 300) process.exit(130);
	firstSignalAt ||= Date.now();
	controller.abort();
};
// `sfrt list | head`: the reader left; there is no one to tell, so leave quietly.
for (const stream of [process.stdout, process.stderr]) {
	stream.on('error', error => {
		// EIO: the terminal itself went away (its window closed).
		const {code} = error as NodeJS.ErrnoException;
		if (code === 'EPIPE' || code === 'EIO') process.exit(process.exitCode ?? 0);
		throw error;
	});
}
process.on('SIGINT', cancel);
process.on('SIGTERM', cancel);

const {main} = await import('./source/cli/main.js');
const exitCode = await main(process.argv.slice(2), {
	env: process.env,
	stdout: process.stdout,
	stderr: process.stderr,
	stdin: process.stdin,
	signal: controller.signal,
});
process.exitCode = exitCode;
