/**
 * What the terminal can do beyond plain text: colours (honouring NO_COLOR), clickable links
 * (OSC 8) and writing to the clipboard (OSC 52). Pure functions over the environment, so tests
 * can ask for each answer.
 */

export interface TerminalFeatures {
	/** False when NO_COLOR is set or TERM is dumb: the wizard then uses no colours at all. */
	colour: boolean;
	/** The terminal turns OSC 8 sequences into clickable links. */
	hyperlinks: boolean;
}

export function terminalFeatures(env: NodeJS.ProcessEnv, stream: {isTTY?: boolean}): TerminalFeatures {
	return {colour: colourAllowed(env), hyperlinks: supportsHyperlinks(env, stream)};
}

export function colourAllowed(env: NodeJS.ProcessEnv): boolean {
	if ('NO_COLOR' in env && env.NO_COLOR !== '') return false;
	return env.TERM !== 'dumb';
}

/** The same rules as the supports-hyperlinks package, without the dependency. */
export function supportsHyperlinks(env: NodeJS.ProcessEnv, stream: {isTTY?: boolean}): boolean {
	if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== '0' && env.FORCE_HYPERLINK !== 'false';
	if (!stream.isTTY || env.TERM === 'dumb') return false;
	if (env.CI !== undefined && env.CI !== '0' && env.CI.toLowerCase() !== 'false') return false;
	if (env.TMUX || env.STY) return false;
	if (env.WT_SESSION || env.DOMTERM || env.KONSOLE_VERSION) return true;
	if (env.VTE_VERSION && Number(env.VTE_VERSION) >= 5000) return true;
	const version = (env.TERM_PROGRAM_VERSION ?? '').split('.').map(Number);
	const [major = 0, minor = 0] = version;
	switch (env.TERM_PROGRAM) {
		case 'iTerm.app': return major > 3 || (major === 3 && minor >= 1);
		case 'WezTerm':
		case 'ghostty': return true;
		case 'vscode': return major > 1 || (major === 1 && minor >= 72);
		default:
	}
	return ['xterm-kitty', 'alacritty', 'foot', 'xterm-ghostty', 'wezterm'].includes(env.TERM ?? '');
}

const ESC = '\u001B';
const BEL = '\u0007';

/** An OSC 8 hyperlink: `text` shown, `url` opened on click. */
export function hyperlink(text: string, url: string): string {
	return `${ESC}]8;;${url}${BEL}${text}${ESC}]8;;${BEL}`;
}

/** OSC 52: asks the terminal to put `text` on the system clipboard. Terminals may ignore it. */
export function clipboardSequence(text: string): string {
	return `${ESC}]52;c;${Buffer.from(text, 'utf8').toString('base64')}${BEL}`;
}

/** Removes colours, cursor moves and OSC sequences: what a person sees. */
export function stripAnsi(text: string): string {
	return text
		.replaceAll(/\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)/g, '')
		.replaceAll(/\u001B\[[0-?]*[ -/]*[@-~]/g, '')
		.replaceAll(/\u001B[@-Z\\-_]/g, '');
}

/** "4:05" */
export function formatDuration(ms: number): string {
	const total = Math.max(0, Math.ceil(ms / 1000));
	return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
