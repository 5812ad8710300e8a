import {explainOption} from '../cli/explain.js';
import type {Command} from '../cli/command.js';
import {colours} from '../cli/format.js';
import {padCells, widest} from '../present/cells.js';
import {formatErrorBlock} from '../present/error-block.js';
import {refreshStateLabels} from '../orgs/messages.js';
import {orgsError} from '../orgs/orgs-error.js';
import {DEFAULT_REFRESH_CONCURRENCY, MAX_REFRESH_CONCURRENCY, refreshOrgs} from '../orgs/refresh-all.js';
import {refreshOrg, type RefreshOutcome} from '../orgs/refresh.js';
import {refreshText as text} from './orgs-messages.js';
import {runtimeOf} from '../cli/runtime.js';

export const command: Command = {
	name: 'refresh',
	get help() {
		return text.help;
	},
	maxPositionals: 1,
	options: {
		...explainOption,
		all: {type: 'boolean', default: false},
		concurrency: {type: 'string'},
		json: {type: 'boolean', default: false},
	},
	async run({values, positionals}, context) {
		const all = values.all === true;
		const alias = positionals[0];
		if (all && alias !== undefined) throw orgsError('alias-and-all');
		const concurrency = parseConcurrency(values.concurrency);
		const store = runtimeOf(context).store();
		const client = runtimeOf(context).tokenClient;
		const outcomes = all ? await refreshOrgs(store, client, {concurrency}) : [await refreshOrg(store, alias, client)];
		const ok = outcomes.every(outcome => outcome.state === 'ok');

		if (values.json === true) {
			context.stdout.write(`${JSON.stringify({ok, results: outcomes.map(outcomeJson)})}\n`);
		} else {
			context.stdout.write(outcomes.length === 0 ? `${text.none}\n` : formatOutcomes(outcomes, context));
		}
		return ok ? 0 : 1;
	},
};

function parseConcurrency(value: unknown): number {
	if (value === undefined) return DEFAULT_REFRESH_CONCURRENCY;
	const text = String(value).trim();
	const number = Number(text);
	if (!/^\d+$/.test(text) || number < 1 || number > MAX_REFRESH_CONCURRENCY) {
		throw orgsError('bad-concurrency', {params: {value: String(value), max: MAX_REFRESH_CONCURRENCY, default: DEFAULT_REFRESH_CONCURRENCY}});
	}
	return number;
}

function outcomeJson(outcome: RefreshOutcome) {
	return {
		alias: outcome.alias,
		state: outcome.state,
		username: outcome.org.username,
		rotated: outcome.rotated,
		lastVerifiedAt: outcome.org.lastVerifiedAt,
		error: outcome.error ? {code: outcome.error.code, message: outcome.error.message, hint: outcome.error.hint} : null,
	};
}

function formatOutcomes(outcomes: RefreshOutcome[], context: Parameters<Command['run']>[1]): string {
	const c = colours(context.stdout, context.env);
	const lines: string[] = [];
	const width = widest(outcomes.map(outcome => outcome.alias));
	for (const outcome of outcomes) {
		const alias = padCells(outcome.alias, width);
		if (outcome.state === 'ok') {
			lines.push(`${c.green('✔')} ${text.ok(alias, outcome.org.username)}`);
		} else {
			lines.push(`${c.red('✖')} ${text.failed(alias, c.bold(refreshStateLabels[outcome.state]))}`);
			if (outcome.error) {
				lines.push(formatErrorBlock(outcome.error, {paint: c, indent: '    ', mark: false}).trimEnd());
			}
		}
		if (outcome.rotated) lines.push(`    ${c.dim(text.rotated)}`);
	}
	if (outcomes.length > 1) {
		lines.push('', text.summary(outcomes.filter(outcome => outcome.state === 'ok').length, outcomes.length));
	}
	return lines.join('\n') + '\n';
}
