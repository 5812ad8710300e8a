import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type {Command} from '../cli/command.js';
import {canPrompt, type CommandContext} from '../cli/context.js';
import {colours, formatFields} from '../cli/format.js';
import {formatErrorBlock} from '../present/error-block.js';
import {demoText as text} from './messages.js';

/** The port `sf` and sfrt use by default; the demo takes it when it is free. */
const PREFERRED_PORT = 1717;

export const command: Command = {
	name: 'demo',
	get help() {
		return text.help;
	},
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
				// The emulator listens on this machine's loopback only: its login runs in a browser here.
				input: {domain: emulator.loginUrl, redirectUri, method: 'browser'},
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
	const problem = {message: text.needsTerminal, hint: text.needsTerminalHint, code: ''};
	const fields = (['key', 'secret', 'username', 'password'] as const).map(name => ({label: text.labels[name], value: values[name]}));
	context.stderr.write(`${formatErrorBlock(problem, {paint: colours(context.stderr, context.env), code: false})}\n${text.credentials}\n`);
	context.stderr.write(formatFields(fields, '  '));
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
