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

const ja: SystemText = {
	browser: {
		notInstalled: (command: string) => `${command} がインストールされていません`,
		exited: (command: string, code: number | null) => `${command} が終了コード ${code} で終了しました`,
		fromEnv: (command: string) => `$BROWSER (${command})`,
	},
	remoteReasons: {
		ssh: 'SSH 接続',
		wsl: 'WSL',
		container: 'コンテナー内',
		'no-display': 'ディスプレイなし',
		'browser-failed': 'ブラウザーの起動に失敗',
	},
};

export type SystemText = Shape<typeof en>;

export let systemText: SystemText;
defineCatalogs<SystemText>({en, ja}, text => {
	systemText = text;
});
