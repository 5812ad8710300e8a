#!/usr/bin/env node
/**
 * npm run bench: sfrt's speed figures against their budgets, on this machine. Builds nothing
 * (npm run bench builds first); everything runs against the built CLI and the local emulator.
 * Each command is interleaved with its baseline (`node -e ""`) and the median ratio kept.
 * Writes the table to stdout and to bench/results.md. Exits 1 when a budget does not hold.
 */
import {spawn, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
const dist = relative => import(pathToFileURL(path.join(root, 'build', 'source', relative)).href);
const runs = Number(process.env.SFRT_BENCH_RUNS ?? 11);

const {startEmulator} = await dist('emulator/index.js');
const {OrgStore} = await dist('store/org-store.js');
const {prepareLogin, completeLogin} = await dist('oauth/login.js');
const {createTokenClient} = await dist('oauth/token-client.js');
const {savedOrgFromLogin} = await dist('store/from-login.js');
const {parseRedirectUri} = await dist('oauth/redirect-uri.js');

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const spread = values => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'sfrt-bench-'));

function timeRun(args, env = {}) {
	const started = performance.now();
	const result = spawnSync(process.execPath, args, {env: {PATH: process.env.PATH, HOME: process.env.HOME, ...env}, encoding: 'utf8'});
	if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	return performance.now() - started;
}

/** Runs the command and `node -e ""` in turns; the median of each and of their ratio. */
function againstNode(args, env) {
	const ratios = [];
	const own = [];
	timeRun([cli, ...args], env);
	for (let i = 0; i < runs; i++) {
		const base = timeRun(['-e', '']);
		const mine = timeRun([cli, ...args], env);
		own.push(mine);
		ratios.push(mine / base);
	}
	return {ratio: median(ratios), ms: median(own), spread: spread(own)};
}

/** Saved orgs that look real, without a login each (list and token only read them). */
function storeWith(count, emulator) {
	const directory = tempDir();
	const store = new OrgStore(directory);
	const now = new Date().toISOString();
	for (let i = 0; i < count; i++) {
		const id = String(i).padStart(10, '0');
		store.save({
			alias: `org-${id}`, username: `user${i}@example.com`, displayName: `User ${i}`, orgId: '00DDn0000000001AAA', userId: `005Dn${id}AAA`,
			kind: 'local', loginUrl: emulator?.loginUrl ?? 'http://127.0.0.1:1', instanceUrl: emulator?.instanceUrl ?? 'http://127.0.0.1:1', identityUrl: 'http://127.0.0.1:1/id/x/y',
			clientId: '3MVG9bench', clientSecret: 's', redirectUri: 'http://localhost:1717/OauthRedirect', scopes: ['api', 'refresh_token'],
			refreshToken: `5Aep861bench${id}`, accessToken: `00DDn!bench${id}`, accessTokenIssuedAt: Date.now(), createdAt: now, lastVerifiedAt: now,
		});
	}
	return directory;
}

const app = {clientId: '3MVG9bench.app', clientSecret: 'bench-secret', callbackUrls: ['http://localhost:1717/OauthRedirect']};

/** Real logins through the emulator, saved: what refresh --all needs. */
async function loggedInStore(emulator, count) {
	const directory = tempDir();
	const store = new OrgStore(directory);
	const client = createTokenClient({retryDelayMs: () => 0});
	for (let i = 0; i < count; i++) {
		const settings = {clientId: app.clientId, clientSecret: app.clientSecret, loginHost: {url: emulator.loginUrl, kind: 'local'}, redirectUri: parseRedirectUri(app.callbackUrls[0]), scopes: ['api', 'refresh_token']};
		const pending = prepareLogin(settings);
		emulator.autoApprove = `user${i}@example.com`;
		const location = (await fetch(pending.authorizeUrl, {redirect: 'manual'})).headers.get('location');
		const result = await completeLogin(pending, new URL(location).searchParams.get('code'), client);
		store.save(savedOrgFromLogin(result, settings, `org-${i}`));
	}
	return directory;
}

function runAsync(file, args, env) {
	return new Promise((resolve, reject) => {
		const child = spawn(file, args, {env});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', chunk => (stdout += chunk));
		child.stderr.on('data', chunk => (stderr += chunk));
		child.on('error', reject);
		child.on('close', status => resolve({status, stdout, stderr}));
	});
}

const rows = [];
const row = (figure, measured, budget, ok) => rows.push({figure, measured, budget, ok});

// 1. Cold starts.
{
	const version = againstNode(['--version']);
	row('`sfrt --version`', `${version.ratio.toFixed(2)}× node (${version.ms.toFixed(0)} ms, ${version.spread})`, '≤ 1.5× node', version.ratio <= 1.5);
	const listDir = storeWith(100);
	const list = againstNode(['list', '--json'], {SFRT_CONFIG_DIR: listDir});
	row('`sfrt list --json`, 100 orgs', `${list.ratio.toFixed(2)}× node (${list.ms.toFixed(0)} ms, ${list.spread})`, '≤ 2× node', list.ratio <= 2);
	const token = againstNode(['token', 'org-0000000007'], {SFRT_CONFIG_DIR: listDir});
	row('`sfrt token <alias>`, fresh access token stored', `${token.ratio.toFixed(2)}× node (${token.ms.toFixed(0)} ms, ${token.spread})`, '≤ 2× node', token.ratio <= 2);
}

// 2. The wizard's first frame, in a pseudo-terminal; then how soon it answers a key (Ink running).
{
	const pty = await import('@lydell/node-pty');
	const frames = [];
	const answers = [];
	for (let i = 0; i < Math.min(runs, 7); i++) {
		const directory = tempDir();
		await new Promise((resolve, reject) => {
			const started = performance.now();
			const child = pty.spawn(process.execPath, [cli, 'login'], {name: 'xterm-256color', cols: 80, rows: 30, env: {PATH: process.env.PATH, HOME: directory, SFRT_CONFIG_DIR: directory, TERM: 'xterm-256color', BROWSER: 'true'}});
			let output = '';
			let framed = false;
			let done = false;
			const timer = setTimeout(() => reject(new Error('the wizard drew nothing in 10 s')), 10_000);
			child.onData(data => {
				if (done) return;
				output += data;
				if (!framed && output.includes('Do you have a Consumer Key')) {
					framed = true;
					frames.push(performance.now() - started);
					output = '';
					// ↓ at once: answered when the selection has moved to the second choice.
					child.write('\u001B[B');
				} else if (framed && output.includes('❯ No, show me')) {
					done = true;
					answers.push(performance.now() - started);
					clearTimeout(timer);
					child.kill();
					resolve();
				}
			});
		});
	}
	row('the wizard\'s first frame (spawn → first prompt, pseudo-terminal)', `${median(frames).toFixed(0)} ms (${spread(frames)})`, '≤ 300 ms', median(frames) <= 300);
	row('the wizard answering a key pressed at once (Ink and React loaded)', `${median(answers).toFixed(0)} ms (${spread(answers)})`, '—', true);
}

// 3. One non-interactive login, sfrt's own overhead beyond the round trips.
async function loginOverhead(latencyMs) {
	const emulator = await startEmulator({apps: [app], users: [{username: 'ada@example.com', password: 'pw'}], autoApprove: 'ada@example.com'});
	emulator.faults.latencyMs = latencyMs;
	const directory = tempDir();
	const started = performance.now();
	const child = spawn(process.execPath, [cli, 'login', '--paste', '--json', '--no-browser', '--client-id', app.clientId, '--client-secret', app.clientSecret, '--domain', emulator.loginUrl], {env: {PATH: process.env.PATH, HOME: directory, SFRT_CONFIG_DIR: directory}});
	let stderr = '';
	const before = emulator.requests.length;
	const exit = new Promise(resolve => child.on('close', resolve));
	const url = await new Promise(resolve => child.stderr.on('data', chunk => {
		stderr += chunk;
		const match = /http:\/\/127\.0\.0\.1:\d+\/services\/oauth2\/authorize\?\S+/.exec(stderr);
		if (match && /paste here/.test(stderr)) resolve(match[0]);
	}));
	// The person's browser: not sfrt's time.
	const browserStarted = performance.now();
	const location = (await fetch(url, {redirect: 'manual'})).headers.get('location');
	const browserMs = performance.now() - browserStarted;
	child.stdin.end(`${location}\n`);
	if (await exit !== 0) throw new Error(`login failed: ${stderr}`);
	const total = performance.now() - started - browserMs;
	// The browser's authorize request is not sfrt's round trip.
	const roundTrips = emulator.requests.length - before - 1;
	await emulator.close();
	return {total, roundTrips, overhead: total - latencyMs * roundTrips};
}
{
	const medianOf = async (latencyMs, count) => {
		const logins = [];
		for (let i = 0; i < count; i++) logins.push(await loginOverhead(latencyMs));
		return logins.sort((a, b) => a.overhead - b.overhead)[Math.floor(count / 2)];
	};
	const fast = await medianOf(0, 5);
	const slow = await medianOf(100, 5);
	// sfrt's own work (start, loading, checks, saving) is the whole of a login at 0 ms; at 100 ms
	// the same work plus the round trips: what latency adds beyond its round trips is the figure.
	row('one login (paste, plain), 0 ms latency: sfrt\'s own time, its start included', `${fast.total.toFixed(0)} ms, ${fast.roundTrips} round trips`, '—', true);
	const beyond = slow.overhead - fast.total;
	row('one login, 100 ms latency: time beyond its round trips and sfrt\'s own time', `${beyond.toFixed(0)} ms (${slow.total.toFixed(0)} − ${slow.roundTrips} × 100 − ${fast.total.toFixed(0)} ms)`, '≤ 50 ms', beyond <= 50);
}

// 4. refresh --all over 200 orgs at 100 ms latency: wall time and peak memory.
{
	const users = Array.from({length: 200}, (_, i) => ({username: `user${i}@example.com`, password: 'pw'}));
	const emulator = await startEmulator({apps: [app], users});
	const directory = await loggedInStore(emulator, 200);
	emulator.faults.latencyMs = 100;
	const started = performance.now();
	// Not spawnSync: the emulator answering it lives in this process's event loop.
	// The built sfrt itself; a preload reports its peak memory as it exits.
	const peak = `data:text/javascript,process.on('exit', () => process.stderr.write('maxRSS ' + process.resourceUsage().maxRSS + '\\n'))`;
	const result = await runAsync(process.execPath, ['--import', peak, cli, 'refresh', '--all', '--json'], {PATH: process.env.PATH, HOME: directory, SFRT_CONFIG_DIR: directory});
	const wall = performance.now() - started;
	await emulator.close();
	const ok = JSON.parse(result.stdout).results.filter(outcome => outcome.state === 'ok').length;
	const peakMb = Number(/maxRSS (\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
	row('`sfrt refresh --all`, 200 orgs, 100 ms latency', `${(wall / 1000).toFixed(2)} s, ${peakMb.toFixed(0)} MB peak, ${ok}/200 ok`, '≤ 2 s, ≤ 150 MB', wall <= 2000 && peakMb <= 150 && ok === 200);
}

// 5. A store of 1,000 orgs: load, and save one more.
{
	const directory = storeWith(1000);
	const loads = [];
	const saves = [];
	for (let i = 0; i < runs; i++) {
		let started = performance.now();
		const store = new OrgStore(directory);
		store.list();
		loads.push(performance.now() - started);
		started = performance.now();
		store.update('org-0000000001', {lastVerifiedAt: new Date().toISOString()});
		saves.push(performance.now() - started);
	}
	row('a 1,000-org store: load', `${median(loads).toFixed(1)} ms (${spread(loads)})`, '≤ 50 ms', median(loads) <= 50);
	row('a 1,000-org store: save', `${median(saves).toFixed(1)} ms (${spread(saves)})`, '≤ 50 ms', median(saves) <= 50);
}

const table = [
	`sfrt benchmark · Node ${process.versions.node} · ${os.cpus().length} CPUs · ${new Date().toISOString().slice(0, 16)}Z · medians of ${runs} runs`,
	'',
	'| figure | measured | budget | holds |',
	'|---|---|---|---|',
	...rows.map(({figure, measured, budget, ok}) => `| ${figure} | ${measured} | ${budget} | ${ok ? 'yes' : '**no**'} |`),
	'',
].join('\n');
process.stdout.write(table);
fs.writeFileSync(path.join(root, 'bench', 'results.md'), table);
process.exitCode = rows.every(({ok}) => ok) ? 0 : 1;
