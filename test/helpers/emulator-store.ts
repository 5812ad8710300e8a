/**
 * The one "Salesforce and a config folder" fixture: an emulator on loopback, a temporary folder
 * with an empty store in it, ways to save orgs through real logins and to run sfrt against them,
 * and a close() that stops the emulator and removes the folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {Emulator, EmulatorOptions, EmulatorUser} from '../../source/emulator/index.js';
import {OrgStore} from '../../source/store/org-store.js';
import {runBuilt, runMain, startBuilt, type CliProcess, type CliResult, type StartOptions} from './cli.js';
import {seedOrg, startSeedEmulator, type SeedOptions} from './seed-org.js';

export interface EmulatorStore {
	emulator: Emulator;
	/** The temporary folder; the config folder is `config` in it. Scratch files may go here too. */
	dir: string;
	/** SFRT_CONFIG_DIR for the runs (not created until sfrt or the store writes to it). */
	configDir: string;
	store: OrgStore;
	/** SFRT_CONFIG_DIR=configDir */
	env: {SFRT_CONFIG_DIR: string};
	/** Saves an org through a real login against the emulator (see seedOrg). */
	seed(options?: SeedOptions): ReturnType<typeof seedOrg>;
	/** `sfrt <argv>` in this process, through main(). */
	sfrt(argv: string[], stdin?: string): Promise<CliResult>;
	/** `sfrt <argv>` as a child process: node dist/cli.js. */
	built(argv: string[], stdin?: string): Promise<CliResult>;
	/** Starts `node dist/cli.js <argv>`; options.env is added to this fixture's env. */
	start(argv: string[], options?: StartOptions): CliProcess;
	/** Stops the emulator and removes the folder; later calls wait for the first. */
	close(): Promise<void>;
}

export interface EmulatorStoreOptions {
	/** A number of seed users (user1@example.com…) or a list of users. Default 1. */
	users?: number | EmulatorUser[];
	/** Overrides for the emulator (apps, autoApprove…); the seed app otherwise. */
	emulator?: EmulatorOptions;
}

export async function startEmulatorStore(options: EmulatorStoreOptions = {}): Promise<EmulatorStore> {
	const emulator = await startSeedEmulator(options.users ?? 1, options.emulator);
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sfrt-test-'));
	const configDir = path.join(dir, 'config');
	const store = new OrgStore(configDir);
	const env = {SFRT_CONFIG_DIR: configDir};
	let closed: Promise<void> | undefined;
	const withStdin = (stdin: string | undefined) => ({env, ...(stdin === undefined ? {} : {stdin})});
	return {
		emulator,
		dir,
		configDir,
		store,
		env,
		seed: seedOptions => seedOrg(emulator, store, seedOptions),
		sfrt: (argv, stdin) => runMain(argv, withStdin(stdin)),
		built: (argv, stdin) => runBuilt(argv, withStdin(stdin)),
		start: (argv, startOptions = {}) => startBuilt(argv, {...startOptions, env: {...env, ...startOptions.env}}),
		close: () => (closed ??= (async () => {
			await emulator.close();
			fs.rmSync(dir, {recursive: true, force: true});
		})()),
	};
}
