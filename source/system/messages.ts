import {defineCatalogs, type Shape} from '../i18n/index.js';

/** Why the browser did not open, and how the command that opens it is named. */
const en = {
	browser: {
		notInstalled: (command: string) => `${command} is not installed`,
		exited: (command: string, code: number | null) => `${command} exited with code ${code}`,
		/** The command named by $BROWSER. */
		fromEnv: (command: string) => `$BROWSER (${command})`,
	},
	/** Why sfrt takes this machine for a remote one. */
	remoteReasons: {
		ssh: 'connected over SSH',
		wsl: 'WSL',
		container: 'a container',
		'no-display': 'no display',
		'browser-failed': 'no browser could be started here',
	},
} as const;

export type SystemText = Shape<typeof en>;

export let systemText: SystemText;
defineCatalogs<SystemText>({en}, text => {
	systemText = text;
});
