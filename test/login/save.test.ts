import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {proposedAlias, saveLogin} from '../../source/login/save.js';
import type {OrgStore} from '../../source/store/org-store.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {loginToEmulator} from '../helpers/seed-org.js';

let fixture: EmulatorStore;
let emulator: Emulator;
let store: OrgStore;
beforeEach(async () => {
	fixture = await startEmulatorStore({users: 2});
	({emulator, store} = fixture);
});
afterEach(() => fixture.close());

describe('saving a login (one set of alias rules for the command and the wizard)', () => {
	it('offers the username, then the alias the same login already has', async () => {
		const first = await loginToEmulator(emulator);
		expect(proposedAlias(store, first.result, first.settings)).toBe('user1@example.com');
		saveLogin(store, first.result, first.settings, {alias: 'prod', onAliasTaken: 'fail'});
		const again = await loginToEmulator(emulator);
		expect(proposedAlias(store, again.result, again.settings)).toBe('prod');
		const saved = saveLogin(store, again.result, again.settings, {onAliasTaken: 'suffix'});
		expect(saved).toMatchObject({wanted: 'prod', replaced: 'prod', isDefault: true, path: store.path});
		expect(saved.org.alias).toBe('prod');
		expect(store.list()).toHaveLength(1);
	});

	it('a taken alias: the command saves as "<alias>-N", the wizard is told to pick another', async () => {
		const first = await loginToEmulator(emulator);
		saveLogin(store, first.result, first.settings, {alias: 'uat', onAliasTaken: 'fail'});
		const other = await loginToEmulator(emulator, {username: 'user2@example.com'});
		expect(() => saveLogin(store, other.result, other.settings, {alias: 'uat', onAliasTaken: 'fail'})).toThrow(expect.objectContaining({code: 'alias-taken'}));
		const suffixed = saveLogin(store, other.result, other.settings, {alias: 'uat', onAliasTaken: 'suffix'});
		expect(suffixed).toMatchObject({wanted: 'uat', isDefault: false});
		expect(suffixed.org.alias).toBe('uat-2');
		expect(suffixed.org.refreshToken).toBe(other.result.tokens.refreshToken);
	});

	it('refuses a bad alias before touching the store', async () => {
		const {result, settings} = await loginToEmulator(emulator);
		expect(() => saveLogin(store, result, settings, {alias: 'no spaces', onAliasTaken: 'suffix'})).toThrow(expect.objectContaining({code: 'bad-alias'}));
		expect(store.list()).toEqual([]);
	});
});
