import fs from 'node:fs';

export interface LockOptions {
	/** Give up after this long. */
	timeoutMs?: number;
	/** A lock older than this is from a process that died holding it. */
	staleMs?: number;
}

export const LOCK_TIMEOUT = Symbol('lock timeout');

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * A lock file names its holder the moment it is created; one still empty (or garbled) after
 * this long was left by a writer killed between creating it and writing it, or a full disk.
 */
const UNNAMED_LOCK_STALE_MS = 2000;

/**
 * Runs `fn` while holding `<path>.lock`, so that read-modify-write cycles of several sfrt
 * processes never interleave. Creating the lock file with O_EXCL is atomic on local file systems.
 * Synchronous on purpose: conf is synchronous, and the critical section is a few milliseconds.
 */
export function withFileLock<T>(path: string, fn: () => T, options: LockOptions = {}): T | typeof LOCK_TIMEOUT {
	const lock = lockAttempts(path, options, 2, 50);
	for (let wait = lock.next(); wait !== undefined; wait = lock.next()) {
		if (wait === LOCK_TIMEOUT) return LOCK_TIMEOUT;
		Atomics.wait(pause, 0, 0, wait);
	}
	try {
		return fn();
	} finally {
		lock.release();
	}
}

/**
 * The same lock for work that awaits (a refresh grant over the network): it waits without
 * blocking the event loop. Resolves to LOCK_TIMEOUT when the lock stayed taken too long.
 */
export async function withFileLockAsync<T>(path: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T | typeof LOCK_TIMEOUT> {
	const lock = lockAttempts(path, options, 5, 100);
	for (let wait = lock.next(); wait !== undefined; wait = lock.next()) {
		if (wait === LOCK_TIMEOUT) return LOCK_TIMEOUT;
		await new Promise(resolve => setTimeout(resolve, wait));
	}
	try {
		return await fn();
	} finally {
		lock.release();
	}
}

/**
 * One lock acquisition, shared by the sync and async forms: `next()` tries to take the lock and
 * answers undefined once it is held, or how many ms to wait before trying again (growing, with
 * jitter), or LOCK_TIMEOUT past the deadline. A stale lock is removed and retried at once.
 */
function lockAttempts(path: string, options: LockOptions, firstDelayMs: number, maxDelayMs: number) {
	const lockPath = `${path}.lock`;
	const deadline = Date.now() + (options.timeoutMs ?? 10_000);
	const staleMs = options.staleMs ?? 30_000;
	// The lock file names its holder, so that release never removes someone else's lock.
	// The global Web Crypto: node:crypto itself stays unloaded for commands that only read.
	const owner = `${process.pid}:${globalThis.crypto.randomUUID()}`;
	let delay = firstDelayMs;
	return {
		next(): number | typeof LOCK_TIMEOUT | undefined {
			for (;;) {
				try {
					fs.writeFileSync(lockPath, owner, {flag: 'wx', mode: 0o600});
					return undefined;
				} catch (error) {
					if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
				}
				// Another waiter is breaking it (or broke it and holds it now): wait like for a live lock.
				if (!isStale(lockPath, staleMs) || !breakStaleLock(lockPath, staleMs)) break;
			}
			if (Date.now() > deadline) return LOCK_TIMEOUT;
			const wait = delay + Math.random() * delay;
			delay = Math.min(delay * 2, maxDelayMs);
			return wait;
		},
		release() {
			try {
				if (fs.readFileSync(lockPath, 'utf8') === owner) fs.rmSync(lockPath, {force: true});
			} catch {}
		},
	};
}

/** A breaker killed while breaking leaves its file: after this long another may take over. */
const BREAKER_STALE_MS = 2000;

/**
 * Two waiters may both find the same stale lock, and between one's look and its removal the
 * other may already have broken it and taken the lock afresh. So breaking is itself exclusive:
 * only the holder of `<lock>.break` removes a lock, and only after finding it, under the
 * breaker, still the very lock judged stale. A fresh lock is never removed.
 */
function breakStaleLock(lockPath: string, staleMs: number): boolean {
	const breaker = `${lockPath}.break`;
	const judged = contentOf(lockPath);
	try {
		fs.writeFileSync(breaker, `${process.pid}`, {flag: 'wx', mode: 0o600});
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST' && ageOf(breaker) > BREAKER_STALE_MS) fs.rmSync(breaker, {force: true});
		return false;
	}
	try {
		if (judged === undefined || contentOf(lockPath) !== judged || !isStale(lockPath, staleMs)) return false;
		fs.rmSync(lockPath, {force: true});
		return true;
	} finally {
		fs.rmSync(breaker, {force: true});
	}
}

function contentOf(file: string): string | undefined {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

function ageOf(file: string): number {
	try {
		return Date.now() - fs.statSync(file).mtimeMs;
	} catch {
		return 0;
	}
}

function isStale(lockPath: string, staleMs: number): boolean {
	try {
		const holder = /^(\d+):[\w-]+$/.exec(fs.readFileSync(lockPath, 'utf8'));
		const age = Date.now() - fs.statSync(lockPath).mtimeMs;
		if (!holder) return age > UNNAMED_LOCK_STALE_MS;
		const pid = Number(holder[1]);
		if (pid > 0 && !processExists(pid)) return true;
		return age > staleMs;
	} catch {
		return false;
	}
}

function processExists(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
