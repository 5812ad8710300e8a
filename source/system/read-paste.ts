/** How long after a line ends more of the same paste may still come. */
const PASTE_SETTLE_MS = 150;

/**
 * What a person pastes on a stream (a terminal or a pipe): paste mode reads it. That is one
 * line, or several when they come at once (the text of an error page): after a line ends, what
 * follows within a moment belongs to it. Resolves at the end of the stream too; stops at once
 * when the signal aborts.
 */
export function readPaste(input: NodeJS.ReadableStream, signal: AbortSignal): Promise<string> {
	return new Promise((resolve, reject) => {
		let text = '';
		let settle: NodeJS.Timeout | undefined;
		const done = (finish: () => void) => {
			clearTimeout(settle);
			input.off('data', onData);
			input.off('end', onEnd);
			signal.removeEventListener('abort', onAbort);
			input.pause();
			finish();
		};
		const onData = (chunk: Buffer | string) => {
			text += String(chunk);
			clearTimeout(settle);
			// Blank lines before the paste are no part of it.
			if (/\S[^\n]*\n/.test(text)) settle = setTimeout(() => done(() => resolve(text.trim())), PASTE_SETTLE_MS);
		};
		const onEnd = () => done(() => resolve(text.trim()));
		const onAbort = () => done(() => reject(signal.reason));
		if (signal.aborted) return onAbort();
		signal.addEventListener('abort', onAbort, {once: true});
		input.on('data', onData);
		input.on('end', onEnd);
		input.resume();
	});
}
