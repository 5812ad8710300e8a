import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {refreshOrgs} from '../../source/orgs/refresh-all.js';
import {mapWithLimit} from '../../source/orgs/pool.js';
import type {RefreshOutcome} from '../../source/orgs/refresh.js';
import {OrgStore} from '../../source/store/org-store.js';
import fs from 'node:fs';
import {fastClient, seedOrg} from '../helpers/seed-org.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';

const orgCount = 12;
let f: EmulatorStore;
let emulator: Emulator;
let store: OrgStore;
beforeAll(async () => {
	f = await startEmulatorStore({users: orgCount});
	({emulator, store} = f);
	await Promise.all(Array.from({length: orgCount}, (_, index) => seedOrg(emulator, store, {username: `user${index + 1}@example.com`, alias: `org-${String(index + 1).padStart(2, '0')}`})));
});
afterAll(() => f?.close());

/** The real client, counting how many refresh grants are in flight at once. */
function countingClient() {
	const real = fastClient();
	const counter = {inFlight: 0, max: 0, calls: 0};
	const client = {
		async refresh(request: Parameters<typeof real.refresh>[0]) {
			counter.calls++;
			counter.inFlight++;
			counter.max = Math.max(counter.max, counter.inFlight);
			try {
				return await real.refresh(request);
			} finally {
				counter.inFlight--;
			}
		},
		identity: real.identity,
	};
	return {client, counter};
}

describe('refreshOrgs', () => {
	it(`refreshes all ${orgCount} orgs, never more than the bound at once`, async () => {
		emulator.faults.latencyMs = 25;
		const {client, counter} = countingClient();
		const seen: string[] = [];
		const outcomes = await refreshOrgs(store, client, {concurrency: 3, onOutcome: outcome => seen.push(outcome.alias)});
		emulator.faults.latencyMs = 0;
		expect(outcomes.map(outcome => outcome.state)).toEqual(Array.from({length: orgCount}, () => 'ok'));
		expect(outcomes.map(outcome => outcome.alias)).toEqual(store.list().map(org => org.alias));
		expect(seen.sort()).toEqual(outcomes.map(outcome => outcome.alias));
		expect(counter.calls).toBe(orgCount);
		expect(counter.max).toBe(3);
	});

	it('one revoked org does not stop the others; each gets its own state', async () => {
		emulator.revokeAllFor('user5@example.com');
		const outcomes = await refreshOrgs(store, fastClient());
		const byAlias = Object.fromEntries(outcomes.map((outcome: RefreshOutcome) => [outcome.alias, outcome.state]));
		expect(byAlias['org-05']).toBe('revoked');
		expect(Object.values(byAlias).filter(state => state === 'ok')).toHaveLength(orgCount - 1);
	});

	it('follows orgs renamed meanwhile by another process: refreshed under their new alias, not failed', async () => {
		const {client} = countingClient();
		let renamed = false;
		const racing = {
			...client,
			async refresh(request: Parameters<typeof client.refresh>[0]) {
				// Another sfrt renames two orgs while this one is under way.
				if (!renamed) {
					renamed = true;
					store.rename('org-11', 'renamed-11');
					store.rename('org-12', 'renamed-12');
				}
				return client.refresh(request);
			},
		};
		const outcomes = await refreshOrgs(store, racing, {concurrency: 1});
		// org-05 was revoked by the test before.
		expect(outcomes.filter(outcome => outcome.alias !== 'org-05').every(outcome => outcome.state === 'ok'), JSON.stringify(outcomes.map(outcome => [outcome.alias, outcome.state]))).toBe(true);
		expect(outcomes.map(outcome => outcome.alias)).toEqual(expect.arrayContaining(['renamed-11', 'renamed-12']));
		store.rename('renamed-11', 'org-11');
		store.rename('renamed-12', 'org-12');
	});

	it('writes the store once for the run, not once per org, when no token rotated; each org verified', async () => {
		let writes = 0;
		const counting = new OrgStore(f.configDir, {write: data => {
			writes++;
			fs.writeFileSync(counting.path, JSON.stringify(data), {mode: 0o600});
		}});
		const before = new Date().toISOString();
		const outcomes = await refreshOrgs(counting, fastClient());
		expect(outcomes.filter(outcome => outcome.state === 'ok').length).toBeGreaterThanOrEqual(orgCount - 1);
		expect(writes).toBe(1);
		for (const outcome of outcomes.filter(outcome => outcome.state === 'ok')) expect(counting.get(outcome.alias)!.lastVerifiedAt >= before).toBe(true);
	});

	it('mapWithLimit keeps the order and the bound', async () => {
		let inFlight = 0;
		let max = 0;
		const result = await mapWithLimit([5, 1, 4, 2, 3, 0], 2, async value => {
			inFlight++;
			max = Math.max(max, inFlight);
			await new Promise(resolve => setTimeout(resolve, value));
			inFlight--;
			return value * 10;
		});
		expect(result).toEqual([50, 10, 40, 20, 30, 0]);
		expect(max).toBe(2);
		expect(await mapWithLimit([], 4, async () => 1)).toEqual([]);
	});
});
