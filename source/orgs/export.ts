import type {SavedOrg} from '../store/saved-org.js';
import {orgsError} from './orgs-error.js';
import {formatSfdxAuthUrl} from './sfdx-url.js';

export const exportFormats = ['env', 'shell', 'json', 'sfdx-url'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export function parseExportFormat(value: string): ExportFormat {
	const format = value.trim().toLowerCase();
	if ((exportFormats as readonly string[]).includes(format)) return format as ExportFormat;
	throw orgsError('bad-export-format', {params: {format: value}});
}

/** The variables every text format writes, in this order. */
export function exportVariables(org: SavedOrg): Array<[string, string]> {
	return [
		['SF_CLIENT_ID', org.clientId],
		['SF_CLIENT_SECRET', org.clientSecret ?? ''],
		['SF_REFRESH_TOKEN', org.refreshToken],
		['SF_INSTANCE_URL', org.instanceUrl],
		['SF_LOGIN_URL', org.loginUrl],
		['SF_USERNAME', org.username],
	];
}

/**
 * The org's credentials in a format other tools read; secrets unmasked (that is the point).
 * The result ends with a newline.
 */
export function exportOrg(org: SavedOrg, format: ExportFormat): string {
	const notExportable = (field: string) => orgsError('not-exportable', {params: {field, alias: org.alias, format}});
	switch (format) {
		case 'env':
			return exportVariables(org).map(([name, value]) => `${name}=${dotenvQuote(value, () => notExportable(name))}\n`).join('');
		case 'shell':
			return exportVariables(org).map(([name, value]) => `export ${name}=${shellQuote(value)}\n`).join('');
		case 'json':
			return `${JSON.stringify(exportJson(org), null, 2)}\n`;
		case 'sfdx-url':
			return `${formatSfdxAuthUrl(org, notExportable)}\n`;
	}
}

export function exportJson(org: SavedOrg) {
	return {
		alias: org.alias,
		username: org.username,
		orgId: org.orgId,
		userId: org.userId,
		instanceUrl: org.instanceUrl,
		loginUrl: org.loginUrl,
		clientId: org.clientId,
		clientSecret: org.clientSecret ?? '',
		refreshToken: org.refreshToken,
		scopes: org.scopes,
	};
}

/**
 * A value as dotenv (and docker compose, python-dotenv, direnv's dotenv) reads it back
 * verbatim: single quotes take everything literally, with no escapes and no ${} expansion.
 * A value holding a single quote gets double quotes if it has no characters those treat
 * specially; anything else (a newline) is refused rather than written ambiguously.
 */
export function dotenvQuote(value: string, refuse: () => Error): string {
	if (/[\r\n]/.test(value)) throw refuse();
	if (!value.includes("'")) return `'${value}'`;
	if (!/["\\$`]/.test(value)) return `"${value}"`;
	throw refuse();
}

/** A value as one POSIX shell word, taken literally: '…' with each ' written as '\''. */
export function shellQuote(value: string): string {
	return `'${value.replaceAll("'", `'\\''`)}'`;
}
