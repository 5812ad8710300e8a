import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

/** A fresh folder under the OS temp folder, for tests that need no emulator; removeTempDirs() cleans them up. */
export function tempDir(prefix = 'sfrt-test-'): string {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	made.push(directory);
	return directory;
}

export function removeTempDirs(): void {
	for (const directory of made.splice(0)) fs.rmSync(directory, {recursive: true, force: true});
}
