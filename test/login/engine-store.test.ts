import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {startLogin, type CodeSource} from '../../source/login/engine.js';
import {resolveLoginHost} from '../../source/oauth/hosts.js';
import {parseRedirectUri} from '../../source/oauth/redirect-uri.js';
import {createTokenClient} from '../../source/oauth/token-client.js';
import {OrgStore} from '../../source/store/org-store.js';
import {removeTempDirs, tempDir} from '../helpers/temp-dir.js';

afterEach(removeTempDirs);

describe('the login engine and the store', () => {
	it('sfrt login: an unreadable store fails before the catcher listens or a browser opens', async () => {
		const dir = tempDir();
		const store = new OrgStore(dir);
		// Damaged after sfrt opened it (the command opens the store before the login starts).
		fs.writeFileSync(path.join(dir, 'orgs.json'), '{not json', {mode: 0o600});
		const open = vi.fn<CodeSource['open']>();
		const openBrowser = vi.fn();
		const run = startLogin({
			settings: {clientId: '3MVG9x', loginHost: resolveLoginHost('login'), redirectUri: parseRedirectUri('http://localhost:1717/OauthRedirect'), scopes: ['api', 'refresh_token']},
			source: {open},
			client: createTokenClient(),
			openBrowser,
			save: {store, onAliasTaken: 'suffix'},
		});
		await expect(run.done).rejects.toMatchObject({code: 'store-unreadable'});
		expect(open).not.toHaveBeenCalled();
		expect(openBrowser).not.toHaveBeenCalled();
	});
});
