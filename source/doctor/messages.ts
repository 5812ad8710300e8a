import {defineCatalogs, type Shape} from '../i18n/index.js';

/** What each doctor check says it found, and the fix when it is not fine. */
const en = {
	node: {
		ok: (version: string) => `Node ${version}`,
		old: (version: string, minimum: number) => `Node ${version} is too old: sfrt needs Node ${minimum} or newer.`,
		upgrade: (minimum: number) => `Install Node ${minimum} or newer from https://nodejs.org, or with a version manager (nvm install ${minimum}), then run sfrt with it.`,
	},

	store: {
		ok: (path: string, count: number) => `The saved orgs file ${path} reads fine (${count === 0 ? 'no orgs' : count === 1 ? '1 org' : `${count} orgs`}).`,
	},

	storeMode: {
		ok: 'The saved orgs file and its folder are private (0600 and 0700).',
		notChecked: 'File modes are not checked on Windows: the folder is private to your user profile.',
		nothingYet: 'There is no saved orgs file yet to check.',
		folderOnly: 'The config folder is private (0700); there is no saved orgs file in it yet.',
		looseFile: (path: string, mode: string) => `The saved orgs file ${path} has mode ${mode}: other users on this machine may read your refresh tokens.`,
		looseDirectory: (path: string, mode: string) => `Its folder ${path} has mode ${mode}, not 0700.`,
		fix: (commands: string) => `Run: ${commands}`,
	},

	proxy: {
		none: 'No proxy is set (HTTPS_PROXY, HTTP_PROXY, NO_PROXY).',
		seen: (settings: string) => `Proxy settings: ${settings}.`,
		notUrl: (name: string, value: string) => `${name} is not a proxy URL: ${value}.`,
		notUrlFix: (name: string) => `Set ${name} to http://host:port (with user:password@ before the host if the proxy asks for them), or unset it.`,
	},

	ca: {
		none: 'NODE_EXTRA_CA_CERTS is not set: Node trusts its built-in certificate authorities.',
		ok: (path: string) => `Extra CA certificates from NODE_EXTRA_CA_CERTS: ${path}.`,
		missing: (path: string) => `NODE_EXTRA_CA_CERTS names ${path}, which does not exist or is not a file.`,
		missingFix: 'Point NODE_EXTRA_CA_CERTS at the PEM file of your network\'s root certificate (your IT department has it), or unset it. Node reads it only when it starts.',
	},

	callbackPort: {
		free: (port: number, aliases: string) => `Callback port ${port} is free (the callback of ${aliases}).`,
		inUse: (port: number) => `Callback port ${port} is in use.`,
		inUseFix: (port: number) => `Another sfrt login or another program (the Salesforce CLI uses 1717 too) is listening on it: a browser login through this callback cannot start until it stops. Finish or cancel the other login, or find the program with "lsof -i :${port}" (Windows: "netstat -ano | findstr :${port}"); or log in with --paste or --device.`,
		unusable: (port: number, reason: string) => `sfrt cannot listen on callback port ${port}: ${reason}.`,
		unusableFix: 'Ports below 1024 need administrator rights: register a callback URL with a higher port on the app (http://localhost:1717/OauthRedirect is the usual one) and log in again with --redirect-uri, or log in with --paste or --device.',
	},

	reachable: {
		ok: (url: string, status: number) => `${url} answers over the network (HTTP ${status}).`,
		failed: (url: string, reason: string) => `sfrt cannot reach ${url}: ${reason}.`,
		fix: 'Check the network connection, VPN and firewall; behind a proxy, set HTTPS_PROXY (and NODE_EXTRA_CA_CERTS if it inspects TLS). If the address itself is wrong, log in again with the right --domain.',
	},

	orgs: {
		none: 'No saved orgs: nothing more to check. Run "sfrt login" to add one.',
	},

	token: {
		ok: 'The refresh token works.',
		rotated: 'The refresh token works; the app rotates them, and the new one is saved.',
		logInAgain: (alias: string) => ` To log in again with the same settings: sfrt login --org ${alias}`,
	},

	identity: {
		ok: (username: string, orgId: string) => `The token belongs to ${username} in org ${orgId}, as saved.`,
		otherLogin: (savedUser: string, savedOrg: string, user: string, org: string) => `The token belongs to user ${user} in org ${org}, but it is saved for user ${savedUser} in org ${savedOrg}.`,
		otherLoginFix: (alias: string) => `The saved entry was edited or mixed up with another. Log in again as the right user (sfrt login --org ${alias}), or remove the entry (sfrt remove ${alias}).`,
		renamed: (saved: string, now: string) => `The user's username changed from ${saved} to ${now}; sfrt saved the new one.`,
		renamedFix: 'Nothing to do in sfrt. Scripts and settings that name the old username (SF_USERNAME, sf aliases) need the new one.',
	},

	scope: {
		ok: (scopes: string) => `The app still grants refresh tokens (scopes: ${scopes}).`,
		notListed: 'Salesforce did not list the scopes in its answer: not checked.',
		missing: (scopes: string) => `The token's scopes (${scopes}) include neither refresh_token nor offline_access.`,
		missingFix: 'On the app, add the scope "Perform requests at any time (refresh_token, offline_access)" (Setup → App Manager → your app → OAuth settings), then log in again: without it the next login gives no refresh token.',
	},

	idle: {
		recent: (ago: string) => `The refresh token was last used ${ago}.`,
		unknown: 'When the refresh token was last used is not known.',
		long: (days: number, since: string) => `The refresh token had gone unused for ${days} days (since ${since}).`,
		fix: 'Apps can expire refresh tokens that go unused (the app\'s Policies → Refresh Token Policy: "Expire refresh token if not used for N days"), and every refresh restarts that clock. Keep the tokens alive with "sfrt refresh --all" every week, for example from this crontab line (crontab -e; give the full path to sfrt if cron\'s PATH lacks it): 0 9 * * 1 sfrt refresh --all',
	},
} as const;

export type DoctorText = Shape<typeof en>;

export let doctorText: DoctorText;
defineCatalogs<DoctorText>({en}, text => {
	doctorText = text;
});
