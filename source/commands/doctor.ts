import type {Command} from '../cli/command.js';
import {explainOption} from '../cli/explain.js';
import type {CommandContext} from '../cli/context.js';
import {colours} from '../cli/format.js';
import {runtimeOf} from '../cli/runtime.js';
import type {Check, DoctorReport} from '../doctor/check.js';
import {runDoctor} from '../doctor/run-doctor.js';
import {presentText} from '../present/messages.js';
import {configDir} from '../store/config-dir.js';
import {doctorCommandText as text} from './doctor-messages.js';

export const command: Command = {
	name: 'doctor',
	get help() {
		return text.help;
	},
	maxPositionals: 1,
	options: {
		...explainOption,
		json: {type: 'boolean', default: false},
	},
	async run({values, positionals}, context) {
		const runtime = runtimeOf(context);
		const report = await runDoctor({
			env: context.env,
			configDir: configDir(context.env),
			openStore: runtime.store,
			gateway: runtime.gateway,
			client: runtime.tokenClient,
			alias: positionals[0],
			signal: context.signal,
		});
		context.stdout.write(values.json === true ? `${JSON.stringify(report)}\n` : formatReport(report, context));
		return report.ok ? 0 : 1;
	},
};

const marks = {pass: '✓', warn: '!', fail: '✗'} as const;

function formatReport(report: DoctorReport, context: CommandContext): string {
	const c = colours(context.stdout, context.env);
	const paint = {pass: c.green, warn: c.yellow, fail: c.red} as const;
	const lines = report.checks.flatMap((check: Check) => [
		`${paint[check.status](marks[check.status])} ${check.alias === undefined ? check.message : text.aboutOrg(check.alias, check.message)}`,
		...(check.hint === undefined ? [] : [`    ${c.yellow(presentText.error.fix)} ${check.hint}`]),
	]);
	const failed = report.checks.filter(check => check.status === 'fail').length;
	const warned = report.checks.filter(check => check.status === 'warn').length;
	lines.push('', failed + warned === 0 ? text.allPassed(report.checks.length) : text.problems(failed, warned));
	return `${lines.join('\n')}\n`;
}
