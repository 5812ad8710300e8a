import {spawnSync} from 'node:child_process';
import path from 'node:path';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {OrgStore} from '../../source/store/org-store.js';
import {savedOrgFromLogin} from '../../source/store/from-login.js';
import {cliPath, ensureBuilt} from '../helpers/cli.js';
import {removeTempDirs, tempDir} from '../helpers/temp-dir.js';
import {identity, loginResult, loginSettings} from '../ui/helpers.js';

beforeAll(ensureBuilt);
afterEach(removeTempDirs);

describe('output into a pipe that closes early', () => {
	it('`sfrt list` into a reader that already left (as `| head -1` does) leaves quietly: no stack trace, exit 0', () => {
		const configDir = path.join(tempDir(), 'config');
		const store = new OrgStore(configDir);
		for (let n = 0; n < 20; n++) {
			const userId = `005${String(n).padStart(15, '0')}`;
			store.save(savedOrgFromLogin(loginResult({identity: {...identity, username: `user${n}@example.com`, userId}}), loginSettings(), `org-${n}`));
		}
		const run = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cliPath}" list | { exec 0<&-; sleep 1; }`], {env: {...process.env, SFRT_CONFIG_DIR: configDir}, encoding: 'utf8'});
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
	});
});
