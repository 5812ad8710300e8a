import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {proposedAlias, saveLogin} from '../../source/login/save.js';
import {loginToEmulator, startSeedEmulator} from '../helpers/seed-org.js';
import {removeTempDirs, tempStore} from '../helpers/temp-store.js';

let emulator: Emulator;
beforeAll(async () => {
	emulator = await startSeedEmulator(2);
});
afterAll(async () => {
	await emulator.close();
});
afterEach(removeTempDirs);

describe('saving a login (one set of alias rules for the command and the wizard)', () => {
	it('offers the username, then the alias the same login already has', async () => {
		const store = tempStore();
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
		const store = tempStore();
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
		const store = tempStore();
		const {result, settings} = await loginToEmulator(emulator);
		expect(() => saveLogin(store, result, settings, {alias: 'no spaces', onAliasTaken: 'suffix'})).toThrow(expect.objectContaining({code: 'bad-alias'}));
		expect(store.list()).toEqual([]);
	});
});
