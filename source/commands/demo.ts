import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type {Command} from '../cli/command.js';
import {canPrompt, type CommandContext} from '../cli/context.js';
import {colours} from '../cli/format.js';

/** The port `sf` and sfrt use by default; the demo takes it when it is free. */
const PREFERRED_PORT = 1717;

const text = {
	help: `Try the whole sfrt flow against a Salesforce emulator built into sfrt.

Usage
  sfrt demo [--no-browser]

It starts the emulator on this machine (loopback only), registers a demo app whose Callback URL
is the one the wizard uses (http://localhost:1717/OauthRedirect, or another free port), and runs
the same wizard as "sfrt login" against it. The demo Consumer Key and Secret are filled in; the
browser shows the emulator's login page, where you log in as the demo user shown in the terminal.
The org is saved to a temporary folder that is deleted when the demo ends: your saved orgs are
never touched, and nothing reaches Salesforce.

The demo needs an interactive terminal. Without one (piped, or CI set) it prints the demo
credentials, explains this, and exits with code 2.

Flags
  --no-browser   don't open a browser; open the printed URL yourself
  -h, --help     show this help
`,
	needsTerminal: 'sfrt demo runs the interactive wizard, and this is not an interactive terminal (stdin or stdout is not a terminal, or CI is set).',
	needsTerminalHint: 'Run "sfrt demo" in a terminal. For scripted logins against your own org, see "sfrt login --help".',
	credentials: 'The demo uses these values:',
	fields: (key: string, secret: string, username: string, password: string) => [
		['Consumer Key', key],
		['Consumer Secret', secret],
		['Username', username],
		['Password', password],
	] as const,
} as const;

export const command: Command = {
	name: 'demo',
	help: text.help,
	maxPositionals: 0,
	options: {
		browser: {type: 'boolean', default: true},
	},
	async run({values}, context) {
		const {demoFixture, startEmulator} = await import('../emulator/index.js');
		const {app, user} = demoFixture();
		if (!canPrompt(context)) return explainNoTerminal(context, {key: app.clientId, secret: app.clientSecret, username: user.username, password: user.password});

		const port = await pickPort();
		const redirectUri = `http://localhost:${port}/OauthRedirect`;
		app.callbackUrls = [redirectUri];
		const emulator = await startEmulator({apps: [app], users: [user]});
		const configDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sfrt-demo-'));
		try {
			const {runWizard} = await import('../ui/run-wizard.js');
			return await runWizard({
				mode: 'demo',
				input: {domain: emulator.loginUrl, redirectUri},
				defaults: {clientId: app.clientId, clientSecret: app.clientSecret},
				openBrowser: values.browser !== false,
				configDir,
				demo: {username: user.username, password: user.password, loginUrl: emulator.loginUrl},
			}, context);
		} finally {
			await emulator.close();
			await fs.rm(configDir, {recursive: true, force: true});
		}
	},
};

function explainNoTerminal(context: CommandContext, values: {key: string; secret: string; username: string; password: string}): number {
	const c = colours(context.stderr, context.env);
	const fields = text.fields(values.key, values.secret, values.username, values.password);
	const width = Math.max(...fields.map(([label]) => label.length));
	context.stderr.write(`${c.red('✖')} ${c.bold(text.needsTerminal)}\n  ${c.yellow('Fix:')} ${text.needsTerminalHint}\n\n${text.credentials}\n`);
	context.stderr.write(fields.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n') + '\n');
	return 2;
}

/** 1717 when nothing listens there, else any free port (the emulator's app is registered with it). */
async function pickPort(): Promise<number> {
	return (await tryListen(PREFERRED_PORT)) ?? (await tryListen(0)) ?? PREFERRED_PORT;
}

function tryListen(port: number): Promise<number | undefined> {
	return new Promise(resolve => {
		const server = net.createServer();
		server.once('error', () => resolve(undefined));
		server.listen({port, host: '127.0.0.1', exclusive: true}, () => {
			const {port: bound} = server.address() as net.AddressInfo;
			server.close(() => resolve(bound));
		});
	});
}
