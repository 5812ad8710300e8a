/**
 * One line from a stream (a terminal or a pipe): what paste mode reads. Rejects with nothing
 * read when the stream ends empty; stops at once when the signal aborts.
 */
export function readLine(input: NodeJS.ReadableStream, signal: AbortSignal): Promise<string> {
	return new Promise((resolve, reject) => {
		let text = '';
		const done = (finish: () => void) => {
			input.off('data', onData);
			input.off('end', onEnd);
			signal.removeEventListener('abort', onAbort);
			input.pause();
			finish();
		};
		const onData = (chunk: Buffer | string) => {
			text += String(chunk);
			const end = text.indexOf('\n');
			if (end !== -1) done(() => resolve(text.slice(0, end)));
		};
		const onEnd = () => done(() => resolve(text));
		const onAbort = () => done(() => reject(signal.reason));
		if (signal.aborted) return onAbort();
		signal.addEventListener('abort', onAbort, {once: true});
		input.on('data', onData);
		input.on('end', onEnd);
		input.resume();
	});
}
