import fs from 'node:fs';
/**
 * The home screen against a real emulator: orgs are saved through real logins (seed-org.ts),
 * refreshed and revoked over loopback HTTP, and kept in a real store in a temporary folder.
 */
import {cleanup} from 'ink-testing-library';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {Emulator} from '../../source/emulator/index.js';
import {type OrgStore, storeError} from '../../source/store/org-store.js';
import {Home} from '../../source/ui/home.js';
import {orgDetailsText as text} from '../../source/ui/messages.js';
import {clipboardSequence} from '../../source/ui/terminal.js';
import {startEmulatorStore, type EmulatorStore} from '../helpers/emulator-store.js';
import {fastClient, seedApp, seedOrg} from '../helpers/seed-org.js';
import {keys} from './helpers.js';
import {renderSized} from './sized.js';

let f: EmulatorStore;
let emulator: Emulator;
let store: OrgStore;

beforeEach(async () => {
	f = await startEmulatorStore({users: 3});
	({emulator, store} = f);
});

afterEach(async () => {
	cleanup();
	await f.close();
});

/** prod (user1, the default: saved first), uat (user2), dev (user3); listed dev, prod, uat. */
async function seedThree() {
	const prod = await seedOrg(emulator, store, {alias: 'prod'});
	const uat = await seedOrg(emulator, store, {alias: 'uat', username: 'user2@example.com'});
	const dev = await seedOrg(emulator, store, {alias: 'dev', username: 'user3@example.com'});
	return {prod, uat, dev};
}

/** The home as the wizard lays it out on an 80×40 terminal: the whole width, one column of padding. */
function renderHome(props: {selected?: string; store?: () => OrgStore} = {}) {
	const onAdd = vi.fn();
	const onQuit = vi.fn();
	const ui = renderSized(<Home store={props.store ?? (() => store)} client={fastClient()} selected={props.selected} onAdd={onAdd} onQuit={onQuit} />, {columns: 80, rows: 40});
	return {ui, onAdd, onQuit};
}

/** The row of one org in the table. */
const row = (frame: string, alias: string) => frame.split('\n').find(line => new RegExp(`^ [❯ ] [* ] ${alias} `).test(line)) ?? '';

describe('Home: the list', () => {
	it('a damaged entry in the file: the others are listed, the bad one named with why', async () => {
		await seedThree();
		const data = JSON.parse(fs.readFileSync(store.path, 'utf8'));
		data.orgs.broken = null;
		fs.writeFileSync(store.path, JSON.stringify(data), {mode: 0o600});
		const {ui} = renderHome();
		const frame = await ui.waitFor(/has an entry\s+sfrt\s+can't\s+use/);
		for (const alias of ['dev', 'prod', 'uat']) expect(row(frame, alias)).not.toBe('');
		expect(frame.replaceAll(/\s+/g, ' ')).toContain('the entry "broken" is not an org');
	});

	it('lists every org with its username, kind, default marker and when it was verified; ↑↓ move the selection', async () => {
		await seedThree();
		store.update('uat', {lastVerifiedAt: new Date(Date.now() - 5 * 60_000).toISOString()});
		const {ui} = renderHome();
		const frame = await ui.waitFor('Saved orgs');
		// The status column is there before any refresh: nothing moves when one starts.
		expect(frame).toMatch(/ALIAS\s+USERNAME\s+KIND\s+VERIFIED\s+STATUS/);
		expect(row(frame, 'dev')).toMatch(/^ ❯ {3}dev\s+user3@example\.com\s+local emulator\s+just now$/);
		expect(row(frame, 'prod')).toMatch(/^ {3}\* prod\s+user1@example\.com\s+local emulator\s+just now$/);
		expect(row(frame, 'uat')).toMatch(/uat\s+user2@example\.com\s+local emulator\s+5 min ago$/);
		expect(frame).toContain('* default org');
		expect(frame).toContain('r refresh');
		expect(frame).toContain('x remove');
		for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

		await ui.press(keys.down);
		expect(row(await ui.waitFor(/❯ \* prod/), 'dev')).toMatch(/^ {5}dev/);
		await ui.press('j');
		await ui.waitFor(/❯ {3}uat/);
		await ui.press(keys.down);
		await ui.waitFor(/❯ {3}dev/);
		await ui.press(keys.up);
		await ui.waitFor(/❯ {3}uat/);
	});

	it('opens on the org it is given (one just added)', async () => {
		await seedThree();
		const {ui} = renderHome({selected: 'uat'});
		await ui.waitFor(/❯ {3}uat/);
	});

	it('d makes the selected org the default', async () => {
		await seedThree();
		const {ui} = renderHome({selected: 'uat'});
		await ui.waitFor('Saved orgs');
		await ui.press('d');
		const frame = await ui.waitFor('"uat" is now the default org.');
		expect(row(frame, 'uat')).toMatch(/^ ❯ \* uat/);
		expect(row(frame, 'prod')).toMatch(/^ {5}prod/);
		expect(store.defaultAlias()).toBe('uat');
	});

	it('q quits; Esc does not (there is nothing to go back to); a adds an org', async () => {
		await seedThree();
		const {ui, onAdd, onQuit} = renderHome();
		await ui.waitFor('Saved orgs');
		await ui.press(keys.escape);
		await ui.press(keys.escape);
		expect(onQuit).not.toHaveBeenCalled();
		expect(ui.frame()).toContain('Saved orgs');
		await ui.press('a');
		expect(onAdd).toHaveBeenCalledOnce();
		await ui.press('q');
		expect(onQuit).toHaveBeenCalledOnce();
	});

	it('shows why the saved orgs cannot be read, and still offers to add one', async () => {
		const error = storeError('store-unreadable', {params: {path: '/x/orgs.json', reason: 'bad JSON'}});
		const {ui, onAdd} = renderHome({
			store: () => {
				throw error;
			},
		});
		const frame = await ui.waitFor('cannot be read');
		expect(frame).toContain('bad JSON');
		expect(frame).toContain('(store-unreadable)');
		expect(frame).toContain('❯ Add an org');
		await ui.press(keys.enter);
		expect(onAdd).toHaveBeenCalledOnce();
	});
});

describe('Home: refresh', () => {
	it('r refreshes the selected org: a spinner, then ok, and "verified" moves', async () => {
		await seedThree();
		const old = new Date(Date.now() - 3 * 3600_000).toISOString();
		store.update('prod', {lastVerifiedAt: old});
		const {ui} = renderHome({selected: 'prod'});
		expect(row(await ui.waitFor('Saved orgs'), 'prod')).toContain('3 h ago');
		emulator.faults.latencyMs = 150;
		await ui.press('r');
		expect(row(await ui.waitFor('refreshing'), 'prod')).toMatch(/refreshing$/);
		const frame = await ui.waitFor('✔ ok');
		expect(frame).toMatch(/VERIFIED\s+STATUS/);
		expect(row(frame, 'prod')).toMatch(/just now\s+✔ ok$/);
		expect(row(frame, 'uat')).toMatch(/just now$/);
		expect(Date.parse(store.get('prod')!.lastVerifiedAt)).toBeGreaterThan(Date.parse(old));
		for (const line of frame.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
	});

	it('a rotated refresh token is saved, and said so', async () => {
		const {dev} = await seedThree();
		emulator.app(seedApp().clientId)!.rotateRefreshTokens = true;
		const {ui} = renderHome({selected: 'dev'});
		await ui.waitFor('Saved orgs');
		await ui.press('r');
		const frame = await ui.waitFor('✔ ok');
		expect(frame).toContain('The app rotates refresh tokens: the new one of "dev" is saved.');
		const saved = store.get('dev')!.refreshToken;
		expect(saved).not.toBe(dev.refreshToken);
		expect(emulator.isRefreshTokenValid(saved)).toBe(true);
	});

	it('a revoked token shows as revoked, with the message and the fix; other orgs keep going', async () => {
		await seedThree();
		emulator.revokeAllFor('user2@example.com');
		const {ui} = renderHome({selected: 'uat'});
		await ui.waitFor('Saved orgs');
		await ui.press('r');
		const frame = await ui.waitFor('✖ revoked');
		expect(frame).toContain('uat: revoked or expired');
		expect(frame).toContain('✖ The refresh token no longer works');
		expect(frame).toMatch(/Fix: It was revoked.*Log in\s+again/s);
		expect(frame).toContain('(refresh-token-invalid)');
		await ui.press(keys.up);
		await ui.waitFor(/❯ \* prod/);
		expect(ui.frame()).not.toContain('The refresh token no longer works');
		await ui.press('r');
		const both = await ui.waitFor('✔ ok');
		expect(row(both, 'prod')).toMatch(/✔ ok$/);
		expect(row(both, 'uat')).toMatch(/✖ revoked$/);
	});

	it('an app that is not installed, and an unreachable org, are told apart', async () => {
		await seedThree();
		const {ui} = renderHome({selected: 'dev'});
		await ui.waitFor('Saved orgs');
		emulator.app(seedApp().clientId)!.installed = false;
		await ui.press('r');
		let frame = await ui.waitFor('✖ no app');
		expect(frame).toContain('dev: app not installed');
		expect(frame).toContain('The app is not installed in this org');
		emulator.app(seedApp().clientId)!.installed = true;
		emulator.faults.failNext(3, '5xx');
		await ui.press('r');
		frame = await ui.waitFor('✖ unreachable');
		expect(frame).toContain('dev: network or HTTP error');
		expect(frame).toContain('answered HTTP 503');
	});
});

describe('Home: details and export', () => {
	it('Enter shows the details; v reveals and hides the refresh token, c copies it', async () => {
		const {uat} = await seedThree();
		const {ui} = renderHome({selected: 'uat'});
		await ui.waitFor('Saved orgs');
		await ui.press(keys.enter);
		let frame = await ui.waitFor('Org uat');
		expect(frame).toMatch(/Username\s+user2@example\.com/);
		expect(frame).toMatch(/Org ID\s+00D/);
		expect(frame).toMatch(new RegExp(`Refresh token\\s+${uat.refreshToken.slice(0, 4)}…${uat.refreshToken.slice(-4)}`));
		expect(frame.replaceAll(/\s/g, '')).not.toContain(uat.refreshToken);
		expect(frame).toContain('v reveal the token');

		await ui.press('v');
		frame = await ui.waitFor('v hide the token');
		// Wider than this 80-column terminal: not printed into the scrollback; f shows it on a screen of its own.
		await ui.waitFor('press f to see the Refresh token whole');
		expect(ui.written()).not.toContain(uat.refreshToken);
		await ui.press('f');
		await vi.waitFor(() => expect(ui.written()).toContain(`\u001B[?1049h\u001B[H\u001B[2J${text.title('uat')}\r\n\r\n${uat.refreshToken}\r\n`));
		await ui.press('x');
		await vi.waitFor(() => expect(ui.written()).toContain('\u001B[?1049l'));
		frame = await ui.waitFor('v hide the token');

		await ui.press('v');
		frame = await ui.waitFor('v reveal the token');
		expect(frame).toMatch(new RegExp(`Refresh token\\s+${uat.refreshToken.slice(0, 4)}…${uat.refreshToken.slice(-4)}`));
		// Nothing of it was left on the main screen: only the alternate screen held it.
		const main = ui.written().replaceAll(/\u001B\[\?1049h[\s\S]*?\u001B\[\?1049l/g, '');
		expect(main).not.toContain(uat.refreshToken);

		await ui.press('c');
		await ui.waitFor('Sent the refresh token to the clipboard (OSC 52)');
		expect(ui.written()).toContain(clipboardSequence(uat.refreshToken));

		await ui.press(keys.escape);
		await ui.waitFor('Saved orgs');
	});

	it('e exports: a format, then copy or show; nothing secret is printed until "show"', async () => {
		const {prod} = await seedThree();
		const {ui} = renderHome({selected: 'prod'});
		await ui.waitFor('Saved orgs');
		await ui.press('e');
		let frame = await ui.waitFor('Which format?');
		expect(frame).toMatch(/❯ env\s+dotenv lines/);
		expect(frame).toContain('sfdx-url');
		await ui.press(keys.enter);
		frame = await ui.waitFor('Copy it, or show it on screen?');
		expect(frame.replaceAll(/\s/g, '')).not.toContain(prod.refreshToken);

		await ui.press(keys.enter);
		await ui.waitFor('Sent the env export to the clipboard (OSC 52).');
		const written = ui.written();
		const start = written.indexOf('\u001B]52;c;');
		const copied = Buffer.from(written.slice(start + 7, written.indexOf('\u0007', start)), 'base64').toString();
		expect(copied).toContain(`SF_REFRESH_TOKEN='${prod.refreshToken}'`);
		expect(stripFrames(written)).not.toContain(prod.refreshToken);

		await ui.press(keys.down);
		await ui.waitFor('❯ Show it on screen');
		await ui.press(keys.enter);
		// A line wider than this 80-column terminal: the export is shown on a screen of its own, each line whole.
		await ui.waitFor('press f to see it whole');
		await ui.press('f');
		await vi.waitFor(() => expect(ui.written()).toContain(`\r\nSF_REFRESH_TOKEN='${prod.refreshToken}'\r\n`));
		await ui.press('x');
		await vi.waitFor(() => expect(ui.written()).toContain('\u001B[?1049l'));
		await ui.waitFor('c copy it');

		await ui.press(keys.escape);
		await ui.waitFor('Copy it, or show it on screen?');
		await ui.press(keys.escape);
		await ui.waitFor('Which format?');
		await ui.press(keys.escape);
		await ui.waitFor('Saved orgs');
	});
});

/** What the frames show, without the OSC 52 payload (which is base64 anyway). */
function stripFrames(written: string): string {
	return written.replaceAll(/\u001B\]52;c;[^\u0007]*\u0007/g, '');
}

describe('Home: rename', () => {
	it('checks the new alias as it is typed; a bad or taken alias shows inline, and the text stays', async () => {
		await seedThree();
		const {ui} = renderHome({selected: 'dev'});
		await ui.waitFor('Saved orgs');
		await ui.press('n');
		await ui.waitFor('New alias for "dev":');
		await ui.type('!');
		let frame = await ui.waitFor('cannot be used');
		expect(frame).toContain('❯ dev!');
		expect(frame).toMatch(/Fix: Use 1 to \d+ letters/);
		await ui.press(keys.enter);
		expect(store.get('dev')).toBeDefined();
		await ui.press(keys.backspace);
		await ui.waitForGone('cannot be used');
		for (let i = 0; i < 3; i++) await ui.press(keys.backspace);
		await ui.type('uat');
		frame = await ui.waitFor('is already used by user2@example.com');
		expect(frame).toContain('❯ uat');
		await ui.press(keys.enter);
		expect(store.get('dev')!.username).toBe('user3@example.com');
		expect(store.get('uat')!.username).toBe('user2@example.com');

		await ui.type('2');
		await ui.waitForGone('already used');
		await ui.press(keys.enter);
		frame = await ui.waitFor('Renamed "dev" to "uat2".');
		expect(row(frame, 'uat2')).toMatch(/^ ❯ {3}uat2\s+user3@example\.com/);
		expect(store.get('dev')).toBeUndefined();
		expect(store.get('uat2')!.username).toBe('user3@example.com');
	});

	it('an alias taken meanwhile (another sfrt) is refused inline, nothing lost', async () => {
		await seedThree();
		const {ui} = renderHome({selected: 'dev'});
		await ui.waitFor('Saved orgs');
		await ui.press('n');
		await ui.waitFor('New alias for "dev":');
		await ui.type('x');
		await ui.waitFor('❯ devx');
		store.rename('uat', 'devx');
		await ui.press(keys.enter);
		const frame = await ui.waitFor('The alias "devx" is already used by user2@example.com.');
		expect(frame).toContain('❯ devx');
		expect(store.get('dev')).toBeDefined();
		await ui.press(keys.escape);
		await ui.waitFor('r refresh');
	});
});

describe('Home: remove', () => {
	it('asks first: n keeps the org; y revokes the token at Salesforce and forgets the org', async () => {
		const {uat} = await seedThree();
		const {ui} = renderHome({selected: 'uat'});
		await ui.waitFor('Saved orgs');
		await ui.press('x');
		await ui.waitFor('Revoke the refresh token at Salesforce and forget uat? y/N');
		await ui.press('n');
		// Saying no is answered: nothing happened to the org.
		await ui.waitFor('Kept "uat": nothing was revoked or forgotten.');
		await ui.waitFor('r refresh');
		expect(store.get('uat')).toBeDefined();
		expect(emulator.isRefreshTokenValid(uat.refreshToken)).toBe(true);

		await ui.press('x');
		await ui.waitFor('y/N');
		await ui.waitForGone('Kept "uat"');
		await ui.press(keys.enter); // the default is No
		await ui.waitFor('Kept "uat"');
		await ui.waitFor('r refresh');
		expect(store.get('uat')).toBeDefined();

		await ui.press('x');
		await ui.waitFor('y/N');
		await ui.press(keys.escape);
		await ui.waitFor('Kept "uat"');
		expect(store.get('uat')).toBeDefined();

		await ui.press('x');
		await ui.waitFor('y/N');
		await ui.press('y');
		const frame = await ui.waitFor('Revoked the refresh token at Salesforce and forgot "uat".');
		expect(row(frame, 'uat')).toBe('');
		expect(frame).toMatch(/❯ {3}dev|❯ \* prod/);
		expect(store.get('uat')).toBeUndefined();
		expect(emulator.isRefreshTokenValid(uat.refreshToken)).toBe(false);
	});

	it('when the revoke fails, shows why and keeps the org unless told to forget it anyway', async () => {
		const {prod} = await seedThree();
		const {ui} = renderHome({selected: 'prod'});
		await ui.waitFor('Saved orgs');
		await ui.press('x');
		await ui.waitFor('y/N');
		// 3 attempts at the instance URL, then 3 at the login URL.
		emulator.faults.failNext(6, '5xx');
		await ui.press('y');
		let frame = await ui.waitFor('❯ Keep it', 10_000);
		expect(frame).toContain('The refresh token of "prod" could not be revoked, so "prod" was kept:');
		expect(frame).toMatch(/✖ http:\/\/127\.0\.0\.1:\d+\/services\/oauth2\/revoke answered HTTP 503\./);
		expect(frame).toContain('Fix: Salesforce may be down');
		expect(frame).toContain('Forget it anyway');
		await ui.press(keys.enter);
		await ui.waitFor('Kept "prod": nothing was revoked or forgotten.');
		await ui.waitFor('r refresh');
		expect(store.get('prod')).toBeDefined();

		await ui.press('x');
		await ui.waitFor('y/N');
		emulator.faults.failNext(6, '5xx');
		await ui.press('y');
		await ui.waitFor('❯ Keep it', 10_000);
		await ui.press(keys.down);
		await ui.waitFor('❯ Forget it anyway');
		await ui.press(keys.enter);
		frame = await ui.waitFor('Forgot "prod". Its refresh token was not revoked');
		expect(frame.replaceAll(/\s+/g, ' ')).toContain('It was the default org: no org is the default now');
		expect(store.get('prod')).toBeUndefined();
		expect(store.defaultAlias()).toBeUndefined();
		expect(emulator.isRefreshTokenValid(prod.refreshToken)).toBe(true);
	});

	it('after the last org is removed, offers to add one or quit', async () => {
		await seedOrg(emulator, store, {alias: 'only'});
		const {ui, onAdd, onQuit} = renderHome();
		await ui.waitFor('Saved orgs');
		await ui.press('x');
		await ui.waitFor('y/N');
		await ui.press('y');
		const frame = await ui.waitFor('No saved orgs left.');
		expect(frame).toContain('Revoked the refresh token at Salesforce and forgot "only".');
		// It was the default, but there is no other org to make the default: nothing to say.
		expect(store.defaultAlias()).toBeUndefined();
		expect(frame).not.toContain('press d');
		expect(frame).not.toContain('default');
		expect(frame).toContain('❯ Add an org');
		// Esc does not quit here either: q or "Quit" does.
		await ui.press(keys.escape);
		expect(onQuit).not.toHaveBeenCalled();
		await ui.press(keys.enter);
		expect(onAdd).toHaveBeenCalledOnce();
		await ui.press(keys.down);
		await ui.waitFor('❯ Quit');
		await ui.press(keys.enter);
		expect(onQuit).toHaveBeenCalledOnce();
	});
});
