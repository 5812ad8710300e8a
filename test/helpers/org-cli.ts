import path from 'node:path';
import type {Emulator} from '../../source/emulator/index.js';
import {OrgStore} from '../../source/store/org-store.js';
import {runBuilt, runMain} from './run-cli.js';
import {seedOrg, startSeedEmulator, type SeedOptions} from './seed-org.js';
import {removeTempDirs, tempDir} from './temp-store.js';

/** An emulator, an empty config folder, and ways to run sfrt against them. */
export interface OrgCliFixture {
	emulator: Emulator;
	configDir: string;
	store: OrgStore;
	env: NodeJS.ProcessEnv;
	seed(options?: SeedOptions): ReturnType<typeof seedOrg>;
	/** In this process, through main(). */
	sfrt(argv: string[], stdin?: string): ReturnType<typeof runMain>;
	/** As a child process: node dist/cli.js. */
	built(argv: string[], stdin?: string): ReturnType<typeof runBuilt>;
	close(): Promise<void>;
}

export async function orgCliFixture(users = 2): Promise<OrgCliFixture> {
	const emulator = await startSeedEmulator(users);
	const configDir = path.join(tempDir('sfrt-cli-'), 'config');
	const store = new OrgStore(configDir);
	const env = {SFRT_CONFIG_DIR: configDir};
	return {
		emulator,
		configDir,
		store,
		env,
		seed: options => seedOrg(emulator, store, options),
		sfrt: (argv, stdin) => runMain(argv, {env, ...(stdin === undefined ? {} : {stdin})}),
		built: (argv, stdin) => runBuilt(argv, {env, ...(stdin === undefined ? {} : {stdin})}),
		async close() {
			await emulator.close();
			removeTempDirs();
		},
	};
}

/** Parses the one JSON object a --json run printed, failing loudly if there is anything else. */
export function parseJson(stdout: string): Record<string, any> {
	const lines = stdout.split('\n').filter(Boolean);
	if (lines.length !== 1) throw new Error(`expected one JSON line on stdout, got ${lines.length}: ${stdout}`);
	return JSON.parse(lines[0]!) as Record<string, any>;
}
