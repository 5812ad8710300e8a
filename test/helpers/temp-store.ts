import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {OrgStore} from '../../source/store/org-store.js';

const made: string[] = [];

/** A fresh config folder under the OS temp folder; removeTempDirs() cleans them up. */
export function tempDir(prefix = 'sfrt-test-'): string {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	made.push(directory);
	return directory;
}

export function tempStore(): OrgStore {
	return new OrgStore(path.join(tempDir(), 'config'));
}

export function removeTempDirs(): void {
	for (const directory of made.splice(0)) fs.rmSync(directory, {recursive: true, force: true});
}
