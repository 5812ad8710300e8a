/**
 * Whether a browser on this machine is unlikely to finish a login: over SSH, with no display,
 * in a container or in WSL, the browser the person uses cannot reach the loopback catcher (or
 * none can be started here). Then paste mode or the device flow are the better ways.
 */
import fs from 'node:fs';

export type RemoteReason = 'ssh' | 'wsl' | 'container' | 'no-display';

export interface RemoteProbe {
	env: NodeJS.ProcessEnv;
	platform: NodeJS.Platform;
	exists: (path: string) => boolean;
	readText: (path: string) => string | undefined;
}

const realProbe = (env: NodeJS.ProcessEnv): RemoteProbe => ({
	env,
	platform: process.platform,
	exists: path => fs.existsSync(path),
	readText: path => {
		try {
			return fs.readFileSync(path, 'utf8');
		} catch {
			return undefined;
		}
	},
});

/** Why this machine looks remote, or undefined when a local browser should work. */
export function remoteReason(env: NodeJS.ProcessEnv, probe: RemoteProbe = realProbe(env)): RemoteReason | undefined {
	// $BROWSER says how to open one (VS Code and Codespaces set it, and forward the port too).
	if (probe.env.BROWSER?.trim()) return undefined;
	if (probe.env.SSH_CONNECTION || probe.env.SSH_TTY || probe.env.SSH_CLIENT) return 'ssh';
	if (probe.platform !== 'linux') return undefined;
	if (probe.env.WSL_DISTRO_NAME || probe.env.WSL_INTEROP || /microsoft/i.test(probe.readText('/proc/version') ?? '')) return 'wsl';
	if (probe.env.container || probe.exists('/.dockerenv') || probe.exists('/run/.containerenv')) return 'container';
	if (!probe.env.DISPLAY && !probe.env.WAYLAND_DISPLAY) return 'no-display';
	return undefined;
}

/** The port forward that lets a browser on the person's own computer reach the catcher. */
export function portForward(redirectUri: {hostname: string; port: number}): string {
	const host = redirectUri.hostname.replace(/^\[(.*)\]$/, '$1');
	return `ssh -L ${redirectUri.port}:${host === '::1' ? '[::1]' : host}:${redirectUri.port} <host>`;
}
