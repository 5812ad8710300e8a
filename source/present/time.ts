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
