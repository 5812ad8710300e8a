import type {Command} from '../cli/command.js';
import {colours} from '../cli/format.js';
import {orgListItem, type OrgListItem} from '../orgs/view.js';
import {padCells, widest} from '../present/cells.js';
import {timeAgo} from '../present/time.js';
import {listText as text} from './orgs-messages.js';
import {runtimeOf} from '../cli/runtime.js';

export const command: Command = {
	name: 'list',
	get help() {
		return text.help;
	},
	maxPositionals: 0,
	options: {
		json: {type: 'boolean', default: false},
	},
	async run({values}, context) {
		const store = runtimeOf(context).store();
		const defaultAlias = store.defaultAlias();
		const orgs = store.list().map(org => orgListItem(org, defaultAlias));
		const damaged = store.damaged();
		if (values.json === true) {
			context.stdout.write(`${JSON.stringify({ok: true, orgs, defaultAlias: defaultAlias ?? null, storePath: store.path, damaged})}\n`);
			return 0;
		}
		// Named on stderr: the list itself stays what it is, for scripts reading it.
		const warn = colours(context.stderr, context.env);
		for (const entry of damaged) context.stderr.write(`${warn.yellow(text.damaged(store.path, entry.reason))}\n`);
		if (orgs.length === 0) {
			context.stdout.write(`${text.empty}\n`);
			return 0;
		}
		const c = colours(context.stdout, context.env);
		context.stdout.write(table(orgs, Date.now(), c.bold));
		context.stdout.write(`${c.dim(text.footer(orgs.length, orgs.some(org => org.isDefault)))}\n`);
		return 0;
	},
};

function table(orgs: OrgListItem[], now: number, bold: (text: string) => string): string {
	const rows = orgs.map(org => [
		org.isDefault ? text.defaultMarker : '',
		org.alias,
		org.username,
		org.orgId,
		org.kindLabel,
		org.instanceUrl,
		timeAgo(org.lastVerifiedAt, now),
	]);
	const all = [[...text.headings], ...rows];
	const widths = all[0]!.map((_, column) => widest(all.map(row => row[column]!)));
	const line = (row: string[]) => row.map((cell, column) => padCells(cell, widths[column]!)).join('  ').trimEnd();
	return [bold(line(all[0]!)), ...rows.map(line)].join('\n') + '\n';
}
