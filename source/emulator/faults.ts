import type {ServerResponse} from 'node:http';
import {sendHtml} from './http.js';
import {maintenancePage, wrongHostPage} from './pages.js';
import type {EmulatorFaults, FaultKind} from './types.js';

/** Injected failures: a delay on every response, and a queue of failures for the next requests. */
export class Faults implements EmulatorFaults {
	latencyMs = 0;
	private readonly queued: FaultKind[] = [];

	failNext(count: number, kind: FaultKind): void {
		for (let index = 0; index < count; index++) {
			this.queued.push(kind);
		}
	}

	/** The failure for the request that just arrived, if one is queued. */
	takeNext(): FaultKind | undefined {
		return this.queued.shift();
	}
}

export function answerWithFault(kind: FaultKind, response: ServerResponse): void {
	switch (kind) {
		case '5xx':
		case '5xx-after': {
			sendHtml(response, 503, maintenancePage());
			break;
		}

		case 'drop': {
			response.socket?.destroy();
			break;
		}

		case 'html': {
			sendHtml(response, 200, wrongHostPage());
			break;
		}
	}
}
