import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {aliasFromUsername, OrgStore, validateAlias} from '../../source/store/org-store.js';
import {savedOrg} from '../helpers/saved-org.js';
import {removeTempDirs, tempDir} from '../helpers/temp-dir.js';

afterEach(removeTempDirs);


function refusal(run: () => unknown) {
	try {
		run();
	} catch (error) {
		return error as {code: string; message: string; hint: string};
	}
	throw new Error('expected a refusal');
}

describe('aliases starting with a dash', () => {
	it('a new alias starting with "-" is refused, with the reason', () => {
		const error = refusal(() => validateAlias('-x'));
		expect(error.code).toBe('bad-alias');
		expect(error.message).toContain('starts with a dash');
		expect(error.hint).toContain('not starting with a dash');
		expect(validateAlias('a-x')).toBe('a-x');
	});

	it('an empty alias says it is empty, without quoting nothing', () => {
		const error = refusal(() => validateAlias(''));
		expect(error.message).toBe('The alias is empty.');
		expect(error.message).not.toContain('""');
	});

	it('saving or renaming to a new "-" alias is refused; nothing is written', () => {
		const store = new OrgStore(tempDir());
		expect(refusal(() => store.save(savedOrg('-x'))).code).toBe('bad-alias');
		store.save(savedOrg('x'));
		expect(refusal(() => store.rename('x', '-y')).code).toBe('bad-alias');
		expect(store.list().map(saved => saved.alias)).toEqual(['x']);
	});

	it('an alias saved before the rule still loads, resolves, renames away, and survives a new login of the same org', () => {
		const directory = tempDir();
		fs.writeFileSync(path.join(directory, 'orgs.json'), JSON.stringify({schemaVersion: 1, defaultAlias: '-old', orgs: {'-old': savedOrg('-old')}}), {mode: 0o600});
		const store = new OrgStore(directory);
		expect(store.list().map(saved => saved.alias)).toEqual(['-old']);
		expect(store.resolve('-old').alias).toBe('-old');
		expect(store.resolve().alias).toBe('-old');
		// The same login saved again (a fresh token) keeps its alias.
		const {org: saved, replaced} = store.save({...savedOrg('-old'), refreshToken: '5Aep861fresh'});
		expect(saved.alias).toBe('-old');
		expect(replaced).toBe('-old');
		// Another login may not take it.
		expect(refusal(() => store.save(savedOrg('-old', '005Dn0000000002AAA'))).code).toBe('bad-alias');
		expect(store.rename('-old', 'old').alias).toBe('old');
	});

	it('an alias made from a username never starts with "-"', () => {
		expect(aliasFromUsername('-bob@example.com')).toBe('bob@example.com');
		expect(aliasFromUsername('---')).toBe('org');
	});
});
