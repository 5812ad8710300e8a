import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function newestMtime(directory: string, extension: string): number {
	let newest = 0;
	for (const entry of fs.readdirSync(directory, {withFileTypes: true, recursive: true})) {
		if (entry.isFile() && entry.name.endsWith(extension)) {
			newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
		}
	}
	return newest;
}

/**
 * Tests that run `node dist/cli.js` need a build at least as new as the sources they test.
 * Builds once (tsc emits even when another part of the tree has type errors) when it is stale.
 */
export function ensureBuilt(): void {
	const cli = path.join(repoRoot, 'dist', 'cli.js');
	const sources = Math.max(...['orgs', 'commands', 'store', 'cli', 'oauth'].map(part => newestMtime(path.join(repoRoot, 'source', part), '.ts')));
	const built = fs.existsSync(cli) ? fs.statSync(cli).mtimeMs : 0;
	if (built >= sources && fs.existsSync(path.join(repoRoot, 'dist', 'source', 'orgs', 'index.js'))) return;
	try {
		execFileSync(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], {cwd: repoRoot, stdio: 'pipe'});
	} catch {
		// Type errors elsewhere in the tree still leave the emitted files; check what we need.
	}
	if (!fs.existsSync(path.join(repoRoot, 'dist', 'source', 'orgs', 'index.js'))) throw new Error('dist/ is missing: run npx tsc -p tsconfig.json');
}
