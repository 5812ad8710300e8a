import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** Reads the version from our package.json, wherever the build put this file. */
export function version(): string {
	let dir = path.dirname(fileURLToPath(import.meta.url));
	for (;;) {
		const candidate = path.join(dir, 'package.json');
		if (fs.existsSync(candidate)) {
			const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as {name?: string; version?: string};
			if (pkg.name === 'sfrt' && pkg.version) return pkg.version;
		}
		const parent = path.dirname(dir);
		if (parent === dir) return 'unknown';
		dir = parent;
	}
}
