import {useApp, useStdin, useStdout} from 'ink';

const enterAlternateScreen = '\u001B[?1049h\u001B[H\u001B[2J';
const leaveAlternateScreen = '\u001B[?1049l';

/**
 * Shows text on a screen of its own (the terminal's alternate screen, as `less` does) until a
 * key is pressed. For a secret wider than the terminal: there the terminal wraps it softly, so a
 * selection gives it whole, and when the person returns it is gone, with no copy left in the
 * scrollback. Only on a real terminal; elsewhere `available` is false.
 */
export function useFullScreen(): {available: boolean; show: (lines: string[]) => Promise<void>} {
	const {suspendTerminal} = useApp();
	const {stdout} = useStdout();
	const {stdin} = useStdin();
	const input = stdin as NodeJS.ReadStream;
	const available = Boolean((stdout as NodeJS.WriteStream).isTTY && input.isTTY && input.setRawMode);
	const show = (lines: string[]) => suspendTerminal(async () => {
		// Ink let go of stdin (unref'd it): hold it, or with nothing else running the process ends here.
		input.ref();
		// Raw before anything shows: a key pressed at once must not be echoed and held for a line.
		input.setRawMode(true);
		stdout.write(`${enterAlternateScreen}${lines.join('\r\n')}\r\n`);
		await new Promise<void>(resolve => {
			const onData = () => {
				input.off('data', onData);
				input.setRawMode(false);
				input.pause();
				resolve();
			};
			input.on('data', onData);
			input.resume();
		});
		stdout.write(leaveAlternateScreen);
	});
	return {available, show};
}
