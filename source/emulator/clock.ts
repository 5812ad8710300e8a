export class Clock {
	private offsetMs = 0;

	constructor(private readonly source: () => number = Date.now) {}

	now(): number {
		return this.source() + this.offsetMs;
	}

	advance(ms: number): void {
		this.offsetMs += ms;
	}
}
