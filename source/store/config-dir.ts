import os from 'node:os';
import path from 'node:path';

/** Where sfrt keeps its files: $SFRT_CONFIG_DIR, else the platform's config folder. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
	if (env.SFRT_CONFIG_DIR) return path.resolve(env.SFRT_CONFIG_DIR);
	if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), 'sfrt');
	if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Preferences', 'sfrt');
	return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'sfrt');
}
