import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {LOCK_TIMEOUT, withFileLock, withFileLockAsync} from '../../source/store/file-lock.js';
import {removeTempDirs, tempDir} from '../helpers/temp-dir.js';

afterEach(removeTempDirs);

/** The pid of a process that has exited: its lock is stale. */
function deadPid(): number {
	return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('file lock', () => {
	it('holds the lock while fn runs and removes it afterwards', () => {
		const file = path.join(tempDir(), 'orgs.json');
		const seen = withFileLock(file, () => fs.readFileSync(`${file}.lock`, 'utf8'));
		expect(seen).toMatch(new RegExp(`^${process.pid}:`));
		expect(fs.existsSync(`${file}.lock`)).toBe(false);
	});

	it('waits for a live holder and gives up at the deadline', () => {
		const file = path.join(tempDir(), 'orgs.json');
		fs.writeFileSync(`${file}.lock`, `${process.pid}:someone-else`);
		const started = Date.now();
		expect(withFileLock(file, () => 'ran', {timeoutMs: 150})).toBe(LOCK_TIMEOUT);
		expect(Date.now() - started).toBeGreaterThanOrEqual(140);
		expect(fs.readFileSync(`${file}.lock`, 'utf8')).toBe(`${process.pid}:someone-else`);
	});

	it('breaks a lock left by a process that died', async () => {
		const file = path.join(tempDir(), 'orgs.json');
		fs.writeFileSync(`${file}.lock`, `${deadPid()}:crashed`);
		expect(withFileLock(file, () => 'ran', {timeoutMs: 1000})).toBe('ran');
		fs.writeFileSync(`${file}.lock`, `${deadPid()}:crashed`);
		expect(await withFileLockAsync(file, async () => 'ran', {timeoutMs: 1000})).toBe('ran');
		expect(fs.readdirSync(path.dirname(file)).filter(name => name.includes('.lock'))).toEqual([]);
	});

	it('an empty or garbled lock (a writer killed before naming itself, a full disk) is stale after two seconds, not thirty', async () => {
		const file = path.join(tempDir(), 'orgs.json');
		const old = new Date(Date.now() - 3000);
		for (const content of ['', 'garbled\u0000']) {
			fs.writeFileSync(`${file}.lock`, content);
			fs.utimesSync(`${file}.lock`, old, old);
			expect(withFileLock(file, () => 'ran', {timeoutMs: 500})).toBe('ran');
			fs.writeFileSync(`${file}.lock`, content);
			fs.utimesSync(`${file}.lock`, old, old);
			expect(await withFileLockAsync(file, async () => 'ran', {timeoutMs: 500})).toBe('ran');
		}
		// Just created and not yet named: its writer may be about to name it.
		fs.writeFileSync(`${file}.lock`, '');
		expect(withFileLock(file, () => 'ran', {timeoutMs: 200})).toBe(LOCK_TIMEOUT);
	});

	it('breaking a stale lock never removes a fresh one: only one breaker at a time, and only the lock judged stale', async () => {
		const file = path.join(tempDir(), 'orgs.json');
		// Another waiter is breaking it right now: this one waits, and the lock it found stays as it is.
		fs.writeFileSync(`${file}.lock`, `${deadPid()}:crashed`);
		fs.writeFileSync(`${file}.lock.break`, String(process.pid));
		expect(withFileLock(file, () => 'ran', {timeoutMs: 150})).toBe(LOCK_TIMEOUT);
		expect(fs.readFileSync(`${file}.lock`, 'utf8')).toMatch(/:crashed$/);
		// A breaker that died (older than two seconds) is taken over, and the stale lock broken.
		const old = new Date(Date.now() - 3000);
		fs.utimesSync(`${file}.lock.break`, old, old);
		expect(withFileLock(file, () => 'ran', {timeoutMs: 1000})).toBe('ran');
		expect(fs.readdirSync(path.dirname(file)).filter(name => name.includes('.lock'))).toEqual([]);
	});

	it('never removes a lock it does not hold', () => {
		const file = path.join(tempDir(), 'orgs.json');
		withFileLock(file, () => {
			// Someone else took over the lock meanwhile (it was judged stale): theirs stays.
			fs.writeFileSync(`${file}.lock`, `${process.pid}:the-other-holder`);
		});
		expect(fs.readFileSync(`${file}.lock`, 'utf8')).toBe(`${process.pid}:the-other-holder`);
	});

	it('two waiters on one stale lock: exactly one holds it at a time', async () => {
		const file = path.join(tempDir(), 'orgs.json');
		fs.writeFileSync(`${file}.lock`, `${deadPid()}:crashed`);
		let inside = 0;
		let most = 0;
		const work = () => withFileLockAsync(file, async () => {
			inside++;
			most = Math.max(most, inside);
			await new Promise(resolve => setTimeout(resolve, 20));
			inside--;
		}, {timeoutMs: 5000});
		await Promise.all([work(), work(), work(), work()]);
		expect(most).toBe(1);
	});
});
