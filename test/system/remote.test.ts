import {describe, expect, it} from 'vitest';
import {portForward, remoteReason, type RemoteProbe} from '../../source/system/remote.js';

function probe(env: NodeJS.ProcessEnv, files: Record<string, string> = {}, platform: NodeJS.Platform = 'linux'): RemoteProbe {
	return {env, platform, exists: path => path in files, readText: path => files[path]};
}

describe('is this a remote machine?', () => {
	it('over SSH', () => {
		expect(remoteReason({}, probe({SSH_CONNECTION: '10.0.0.2 52000 10.0.0.9 22', DISPLAY: ':0'}))).toBe('ssh');
		expect(remoteReason({}, probe({SSH_TTY: '/dev/pts/1'}, {}, 'darwin'))).toBe('ssh');
	});

	it('in WSL, in a container, or with no display (Linux)', () => {
		expect(remoteReason({}, probe({WSL_DISTRO_NAME: 'Ubuntu', DISPLAY: ':0'}))).toBe('wsl');
		expect(remoteReason({}, probe({DISPLAY: ':0'}, {'/proc/version': 'Linux version 5.15.90.1-microsoft-standard-WSL2'}))).toBe('wsl');
		expect(remoteReason({}, probe({DISPLAY: ':0'}, {'/.dockerenv': ''}))).toBe('container');
		expect(remoteReason({}, probe({DISPLAY: ':0', container: 'podman'}))).toBe('container');
		expect(remoteReason({}, probe({}))).toBe('no-display');
	});

	it('not on a desktop, nor where $BROWSER says how to open one (VS Code, Codespaces)', () => {
		expect(remoteReason({}, probe({DISPLAY: ':0'}))).toBeUndefined();
		expect(remoteReason({}, probe({WAYLAND_DISPLAY: 'wayland-0'}))).toBeUndefined();
		expect(remoteReason({}, probe({}, {}, 'darwin'))).toBeUndefined();
		expect(remoteReason({}, probe({}, {}, 'win32'))).toBeUndefined();
		expect(remoteReason({}, probe({BROWSER: '/vscode/bin/helpers/browser.sh', SSH_CONNECTION: 'x', CODESPACES: 'true'}, {'/.dockerenv': ''}))).toBeUndefined();
	});

	it('names the port forward for the callback URL', () => {
		expect(portForward({hostname: 'localhost', port: 1717})).toBe('ssh -L 1717:localhost:1717 <host>');
		expect(portForward({hostname: '127.0.0.1', port: 8080})).toBe('ssh -L 8080:127.0.0.1:8080 <host>');
		expect(portForward({hostname: '[::1]', port: 1717})).toBe('ssh -L 1717:[::1]:1717 <host>');
	});
});
