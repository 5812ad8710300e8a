/**
 * A full disk while a rotating refresh saves its new token (issue 11, item 4): the old token is
 * dead at Salesforce, so the new one must survive the failed write. Injected through the store's
 * writer; Salesforce is the emulator.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {refreshOrg} from '../../source/orgs/refresh.js';
import {importSfdxUrl} from '../../source/orgs/import.js';
import {OrgStore} from '../../source/store/org-store.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {fastClient, seedApp} from '../helpers/seed-org.js';

let f: EmulatorStore;
afterEach(() => f?.close());

const diskFull = () => {
	throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'});
};

describe('a full disk during a rotating refresh', () => {
	it('keeps the new refresh token in a private file beside the store, says so plainly, and import takes it back', async () => {
		f = await startEmulatorStore();
		f.emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const before = await f.seed({alias: 'uat'});
		const full = new OrgStore(f.configDir, {write: diskFull});
		const error = await refreshOrg(full, 'uat', fastClient()).then(() => undefined, (caught: {code: string; message: string; hint: string; params: {file: string}}) => caught);
		expect(error?.code).toBe('rotated-not-saved');
		expect(error!.message).toContain('the disk is full');
		expect(error!.message).not.toMatch(/internal|bug/i);
		const file = error!.params.file;
		expect(path.dirname(file)).toBe(f.configDir);
		expect(fs.statSync(file).mode & 0o777).toBe(0o600);
		expect(error!.hint).toContain(`sfrt import --alias uat - < ${file}`);
		// The old token died with the rotation; the rescued one is the live one.
		expect(f.emulator.isRefreshTokenValid(before.refreshToken)).toBe(false);
		const rescued = fs.readFileSync(file, 'utf8').trim();
		const {org} = await importSfdxUrl(rescued, f.store, fastClient(), {alias: 'uat'});
		expect(f.emulator.isRefreshTokenValid(org.refreshToken)).toBe(true);
		expect(f.store.get('uat')!.refreshToken).toBe(org.refreshToken);
	});

	it('without rotation, the store error names the cause, and nothing else is lost', async () => {
		f = await startEmulatorStore();
		await f.seed({alias: 'uat'});
		const outcome = await refreshOrg(new OrgStore(f.configDir, {write: diskFull}), 'uat', fastClient());
		expect(outcome.state).toBe('failed');
		expect(outcome.error).toMatchObject({code: 'store-unwritable', message: expect.stringContaining('the disk is full')});
	});
});
