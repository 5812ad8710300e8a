/**
 * The store's, the org commands' and the CLI's catalogs, each entry provoked the way a person
 * meets it (see test/oauth/catalog-provoked.test.ts for the OAuth catalog). A new code without
 * a case fails here too; the one left out says why.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cliErrors, type CliErrorCode} from '../../source/cli/messages.js';
import type {ErrorText} from '../../source/errors.js';
import {exportOrg, parseExportFormat} from '../../source/orgs/export.js';
import {importSfdxUrl} from '../../source/orgs/import.js';
import {orgsErrors, type OrgsErrorCode} from '../../source/orgs/messages.js';
import {parseSfdxAuthUrl} from '../../source/orgs/sfdx-url.js';
import {removeOrg} from '../../source/orgs/remove.js';
import {refreshOrg} from '../../source/orgs/refresh.js';
import {savedOrg} from '../helpers/saved-org.js';
import {OrgStore} from '../../source/store/org-store.js';
import {storeErrors, type StoreText} from '../../source/store/messages.js';
import {runMain} from '../helpers/cli.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {fastClient, seedApp} from '../helpers/seed-org.js';

type Reported = {code: string; hint: string};
type Case = {how: string; provoke: () => Promise<Reported | undefined>};

let f: EmulatorStore;
beforeAll(async () => {
	f = await startEmulatorStore({users: 2});
});
afterAll(() => f?.close());

/** A store in a folder of its own under the fixture's, with the orgs file as given. */
const diskFull = () => {
	throw Object.assign(new Error('ENOSPC: no space left on device, write'), {code: 'ENOSPC'});
};

function storeWith(name: string, file?: string): OrgStore {
	const directory = path.join(f.dir, name);
	fs.mkdirSync(directory, {recursive: true});
	if (file !== undefined) fs.writeFileSync(path.join(directory, 'orgs.json'), file);
	return new OrgStore(directory);
}

async function reported(provoke: () => unknown): Promise<Reported | undefined> {
	try {
		await provoke();
		return undefined;
	} catch (error) {
		return error as Reported;
	}
}

/** `sfrt <argv> --json`: the error it reports. */
async function fromCli(argv: string[]): Promise<Reported | undefined> {
	const run = await runMain([...argv, '--json'], {env: f.env});
	return run.code === 0 ? undefined : (JSON.parse(run.stdout) as {error: Reported}).error;
}

const storeCases: Record<keyof StoreText['errors'], Case> = {
	'org-not-found': {how: 'an alias nobody saved', provoke: () => reported(() => storeWith('empty').resolve('nope'))},
	'no-default-org': {how: 'no alias and no default', provoke: () => reported(() => storeWith('empty').resolve())},
	'alias-taken': {how: 'renaming onto another org\'s alias', async provoke() {
		const store = storeWith('taken');
		await f.seed({alias: 'a'}).then(org => store.save(org));
		await f.seed({alias: 'b', username: 'user2@example.com'}).then(org => store.save(org));
		return reported(() => store.rename('a', 'b'));
	}},
	'bad-alias': {how: 'an alias starting with a dash', provoke: () => reported(() => storeWith('empty').rename('x', '-x'))},
	'store-unreadable': {how: 'a damaged orgs file', provoke: () => reported(() => storeWith('damaged', '{"orgs": [').list())},
	'store-too-new': {how: 'an orgs file from a newer sfrt', provoke: () => reported(() => storeWith('newer', '{"schemaVersion": 99, "orgs": {}}').list())},
	'store-unwritable': {how: 'a full disk under the store', provoke: () => reported(() => {
		fs.mkdirSync(path.join(f.dir, 'full'), {recursive: true});
		return new OrgStore(path.join(f.dir, 'full'), {write: diskFull}).save(savedOrg('new'));
	})},
	'store-busy': {how: 'a lock file another process holds (10 s)', async provoke() {
		const store = storeWith('busy', '{"schemaVersion": 1, "orgs": {}}');
		fs.writeFileSync(`${store.path}.lock`, `${process.pid}:another-holder`);
		return reported(() => store.setDefault('x'));
	}},
};

/** org-busy comes only after two minutes of waiting for another process's refresh, and that wait cannot be shortened from outside. */
const orgsLeftOut = ['org-busy'] as const;

const orgsCases: Record<Exclude<OrgsErrorCode, (typeof orgsLeftOut)[number]>, Case> = {
	'no-sfdx-url': {how: 'sfrt import with nothing on stdin', provoke: () => fromCli(['import', '-'])},
	'bad-sfdx-url': {how: 'an https:// URL instead of force://', provoke: () => reported(() => parseSfdxAuthUrl('https://acme.my.salesforce.com'))},
	'bad-export-format': {how: '--format xml', provoke: () => reported(() => parseExportFormat('xml'))},
	'not-exportable': {how: 'a value with a line break, as env', async provoke() {
		const org = await f.seed({alias: 'odd'});
		return reported(() => exportOrg({...org, username: 'a\nb'}, 'env'));
	}},
	'remove-cancelled': {how: 'Ctrl+C during the revoke', async provoke() {
		await f.seed({alias: 'cancel-me'});
		return reported(() => removeOrg(f.store, 'cancel-me', {signal: AbortSignal.abort()}, fastClient()));
	}},
	'rotated-not-saved': {how: 'a full disk while a rotating refresh saves its new token', async provoke() {
		await f.seed({alias: 'rotate-full'});
		const app = f.emulator.app(seedApp().clientId)!;
		app.rotateRefreshTokens = true;
		try {
			return await reported(() => refreshOrg(new OrgStore(f.configDir, {write: diskFull}), 'rotate-full', fastClient()));
		} finally {
			app.rotateRefreshTokens = false;
		}
	}},
	'revoke-failed': {how: 'Salesforce down while revoking', async provoke() {
		await f.seed({alias: 'down'});
		f.emulator.faults.failNext(6, '5xx');
		return reported(() => removeOrg(f.store, 'down', {}, fastClient()));
	}},
	'import-unverified': {how: 'a rotating app, and the identity read failing after the refresh', async provoke() {
		const org = await f.seed({alias: 'rotating'});
		const app = f.emulator.app(seedApp().clientId)!;
		app.rotateRefreshTokens = true;
		try {
			const target = storeWith('import-target');
			const real = fastClient();
			return await reported(() => importSfdxUrl(exportOrg(org, 'sfdx-url'), target, {
				refresh: real.refresh,
				identity: async request => {
					f.emulator.faults.failNext(3, '5xx');
					return real.identity(request);
				},
			}));
		} finally {
			app.rotateRefreshTokens = false;
		}
	}},
	'bad-concurrency': {how: '--concurrency 0', provoke: () => fromCli(['refresh', '--all', '--concurrency', '0'])},
	'alias-and-all': {how: 'an alias and --all', provoke: () => fromCli(['refresh', 'uat', '--all'])},
};

const cliCases: Record<CliErrorCode, Case> = {
	'unknown-command': {how: 'sfrt lgoin', provoke: () => fromCli(['lgoin'])},
	usage: {how: 'an unknown flag', provoke: () => fromCli(['list', '--nope'])},
	'unknown-language': {how: '--lang fr', provoke: () => fromCli(['list', '--lang', 'fr'])},
	'no-tty': {how: 'sfrt without a terminal', async provoke() {
		const run = await runMain([], {env: f.env});
		return run.code === 0 ? undefined : {code: /\((\S+)\)\s*$/.exec(run.stderr)![1]!, hint: /Fix: (.*)\n/.exec(run.stderr)![1]!};
	}},
};

function hintPattern(entry: ErrorText): RegExp {
	const hints = [entry.hint, ...Object.values(entry.variants ?? {}).map(variant => variant.hint).filter((hint): hint is string => hint !== undefined)];
	const escape = (text: string) => text.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(/\\\{\w+\\\}/g, '[\\s\\S]+?');
	return new RegExp(`^(?:${hints.map(escape).join('|')})$`);
}

describe.each([
	['store', storeErrors as Record<string, ErrorText>, storeCases as Record<string, Case>, [] as readonly string[]],
	['orgs', orgsErrors as Record<string, ErrorText>, orgsCases as Record<string, Case>, orgsLeftOut as readonly string[]],
	['cli', cliErrors as Record<string, ErrorText>, cliCases as Record<string, Case>, [] as readonly string[]],
])('every %s catalog entry, provoked', (_, catalog, cases, leftOut) => {
	it('has a case for every code', () => {
		expect(Object.keys(cases).sort()).toEqual(Object.keys(catalog).filter(code => !leftOut.includes(code)).sort());
	});

	it.each(Object.entries(cases).map(([code, {how}]) => [code, how]))('%s: %s', async code => {
		const error = await cases[code]!.provoke();
		expect(error?.code, cases[code]!.how).toBe(code);
		expect(error!.hint).toMatch(hintPattern(catalog[code]!));
		expect(error!.hint).not.toMatch(/\{\w+\}/);
	}, 20_000);
});
