import {presentText} from './messages.js';

/** "just now", "5 min ago", "3 h ago", "2 days ago": how long ago an ISO time was. */
export function timeAgo(iso: string, now: number = Date.now()): string {
	const text = presentText.time;
	const then = Date.parse(iso);
	if (!Number.isFinite(then)) return text.unknown;
	const seconds = Math.round((now - then) / 1000);
	if (seconds < 60) return text.justNow;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return text.minutes(minutes);
	const hours = Math.floor(minutes / 60);
	if (hours < 48) return text.hours(hours);
	return text.days(Math.floor(hours / 24));
}

/**
 * An ISO time as a person reads it on this machine: the local date and time to the minute,
 * "2026-01-02 14:05" (the order sorts, and reads the same in every language).
 */
export function localDateTime(iso: string): string {
	const date = new Date(iso);
	if (!Number.isFinite(date.getTime())) return presentText.time.unknown;
	const two = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}
