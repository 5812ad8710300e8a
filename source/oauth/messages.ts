import type {ErrorText} from '../errors.js';
import {defineCatalogs, type Shape} from '../i18n/index.js';
import type {OrgKind} from './hosts.js';

const en = {
	/**
	 * Every OAuth and login error sfrt can report, with what it means and the fix in Setup terms.
	 * Codes are stable: scripts read them from `--json` output. In an error Salesforce answers
	 * with, a closing parenthesis quotes Salesforce: when it said more (or said it otherwise),
	 * its own words take that place (see withSalesforceWords).
	 */
	errors: {
		// Input sfrt checks before talking to Salesforce.
		'bad-domain': {
			message: '"{input}" is not a Salesforce login address.',
			hint: 'Use "login" (production and Developer Edition), "test" (sandboxes), or your My Domain URL, such as https://acme.my.salesforce.com.',
		},
		'lightning-domain': {
			message: '{host} is a Lightning Experience address, not a login address.',
			hint: 'Use your My Domain URL instead: https://{myDomain}.my.salesforce.com (Setup → My Domain shows it).',
		},
		'insecure-domain': {
			message: 'The login address {input} uses http://, which Salesforce refuses (it answers with a misleading "unsupported grant type").',
			hint: 'Use https:// for the login address.',
		},
		'bad-redirect-uri': {
			message: 'The callback URL "{input}" cannot be used: {reason}.',
			hint: 'Use an http:// URL on localhost, 127.0.0.1 or [::1] with a port and a path, and add exactly that URL to the app\'s Callback URL list in Setup. For example: {example}',
		},
		'missing-client-id': {
			message: 'No Consumer Key given.',
			hint: 'Pass --client-id or set SFRT_CLIENT_ID. Setup → App Manager → your app → View → Consumer Key and Secret shows it.',
		},
		'bad-scopes': {
			message: 'The scopes "{input}" are not valid.',
			hint: 'Give space-separated scope names, such as "api refresh_token".',
		},

		// The loopback catcher.
		'port-in-use': {
			message: 'Port {port} on {host} is already in use, so sfrt cannot receive the login redirect.',
			hint: 'Another program is listening there (often another login in progress, such as "sf org login web"). Close it and try again, or use another callback URL with --redirect-uri after adding it to the app\'s Callback URL list in Setup.',
		},
		'port-permission': {
			message: 'sfrt is not allowed to listen on port {port} (ports below 1024 need administrator rights).',
			hint: 'Use a callback URL with a port of 1024 or above, such as http://localhost:1717/OauthRedirect, and add it to the app\'s Callback URL list in Setup.',
		},
		'loopback-failed': {
			message: 'sfrt could not listen on {host}:{port}: {reason}.',
			hint: 'Check that the loopback interface works, or use another callback URL with --redirect-uri.',
		},
		'login-timeout': {
			message: 'No login arrived within {seconds} seconds.',
			hint: 'Log in again (sfrt makes a new login URL) and finish the login in the browser sooner, or give more time with --timeout.',
		},
		'cancelled': {
			message: 'Login cancelled.',
			hint: 'Nothing was saved.',
		},

		// Salesforce's answers at the authorize step.
		'access-denied': {
			message: 'Salesforce says access was denied (end-user denied authorization).',
			hint: 'Click Allow on the approval page. If you did, the user may lack access to the app: in Setup → App Manager → your app → Manage → Policies, set "Permitted Users" to "All users may self-authorize", or add the user\'s profile or permission set. If the browser translated the approval page, turn translation off and try again.',
		},
		'invalid-client-id': {
			message: 'Salesforce does not know this Consumer Key (client identifier invalid).',
			hint: 'Copy the Consumer Key again from Setup → App Manager → your app → View → Consumer Key and Secret, and check you log in to the org that owns the app (or use "login" for apps from another org). A new or changed app needs 2 to 10 minutes before it works.',
		},
		'redirect-uri-mismatch': {
			message: 'Salesforce refused the callback URL {redirectUri} (redirect_uri must match configuration).',
			hint: 'In Setup → App Manager → your app → Edit → OAuth Settings, add exactly {redirectUri} to Callback URL (scheme, host, port and path must match), save, and wait 2 to 10 minutes.',
		},
		'redirect-uri-missing': {
			message: 'Salesforce says the request had no callback URL.',
			hint: 'This is a bug in sfrt: it always sends one. Please report it.',
		},
		'pkce-required': {
			message: 'Salesforce requires PKCE for this app, and the request had no code challenge.',
			hint: 'sfrt always sends PKCE; if you see this, the login URL was changed on the way. Open the URL sfrt printed, unchanged.',
		},
		'invalid-request': {
			message: 'Salesforce rejected the request: {description}.',
			hint: 'Check the values you gave (Consumer Key, callback URL, scopes) against the app in Setup → App Manager.',
		},
		'invalid-scope': {
			message: 'Salesforce refused the requested scopes ({scopes}): the requested scope is not allowed.',
			hint: 'In Setup → App Manager → your app → Edit → OAuth Settings → Selected OAuth Scopes, add every scope you request (for a refresh token: "Manage user data via APIs (api)" and "Perform requests at any time (refresh_token, offline_access)"), or request fewer with --scopes.',
		},
		'app-not-installed': {
			message: 'The app is not installed in this org (External client app is not installed in this org).',
			hint: 'Log in to the org where the External Client App was created, or install it in this org: for a Local app, create it in this org under Setup → App Manager → New External Client App; for a packaged app, install the package.',
		},
		'app-blocked': {
			message: 'The app is blocked in this org.',
			hint: 'An admin blocked it: Setup → Connected Apps OAuth Usage (or External Client App Manager) → find the app → Unblock.',
		},
		'cross-org-app': {
			message: 'The External Client App was created in another org (Cross-org OAuth flows are not supported for this external client app).',
			hint: 'An External Client App with Distribution State Local logs in only users of the org it was created in. Log in to that org, or create the app in this org (for a sandbox: create it in the sandbox, or deploy it there), or package the app and install the package here.',
		},
		'app-must-be-installed': {
			message: 'Salesforce requires the app to be installed in this org (app must be installed into org).',
			hint: 'Since September 2025 only users with the "Approve Uninstalled Connected Apps" permission may use an app that is not installed in the org. An admin either installs it (Setup → Connected Apps OAuth Usage → the app → Install) or gives the user that permission in a permission set. An External Client App created in this org needs neither.',
		},
		'approval-error': {
			message: 'Salesforce could not approve the login (OAUTH_APPROVAL_ERROR_GENERIC).',
			hint: 'The text under the code on that page says why. Most often: a scope the app does not have (add it in Setup → App Manager → your app → Edit → OAuth Settings → Selected OAuth Scopes), or an External Client App from another org (log in to the org it was created in). Paste the page\'s whole text into sfrt to see the fix for it.',
		},
		'login-hours': {
			message: 'Salesforce refused the login: it is outside the user\'s login hours.',
			hint: 'Login hours are set on the user\'s profile: Setup → Profiles → the profile → Login Hours. Log in within them, or ask an admin to widen them.',
		},
		'login-ip-restricted': {
			message: 'Salesforce refused the login from this network (IP address not allowed).',
			hint: 'The user\'s profile allows logins only from some addresses: Setup → Profiles → the profile → Login IP Ranges. Log in from an allowed network (a VPN), or ask an admin to add this address; for the app alone, Setup → App Manager → your app → Manage → Policies → IP Relaxation: "Relax IP restrictions".',
		},
		'page-error': {
			message: 'The browser showed an error sfrt does not know: "{text}".',
			hint: 'Setup → Login History shows why a login failed. Check the app in Setup → App Manager (its scopes, callback URL, Policies → Permitted Users), then try again.',
			variants: {
				/** Text given to "sfrt why", from anywhere. */
				pasted: {message: 'sfrt does not know this error: "{text}".'},
			},
		},
		'device-flow-disabled': {
			message: 'The app does not allow the device flow (device flow is not enabled for the app).',
			hint: 'In Setup → App Manager → your app → Edit → OAuth Settings (for an External Client App: Settings → OAuth Settings → Flow Enablement), turn on "Enable for Device Flow", save, and wait 2 to 10 minutes. Since September 2025 Salesforce also refuses the device flow through apps not installed in the org: use your own app. Or log in with the browser instead (sfrt login, or sfrt login --paste on a remote machine).',
		},
		'device-expired': {
			message: 'The device code expired before the login was approved.',
			hint: 'Log in again for a new code, and enter it at {url} within {minutes} minutes.',
		},
		'immediate-unsuccessful': {
			message: 'Salesforce could not log in without showing a page: the request asked for immediate=true, and the user had not approved the app yet (immediate_unsuccessful).',
			hint: 'Log in once without immediate, and approve the app.',
		},
		'oauth-flow-disabled': {
			message: 'This OAuth flow is turned off for the app or the org.',
			hint: 'In Setup → App Manager → your app → Edit → OAuth Settings → Flow Enablement, turn on the flow; for the device flow, "Enable for Device Flow". In Setup → OAuth and OpenID Connect Settings, check the flow is allowed.',
		},
		'my-domain-required': {
			message: 'This org allows logins only at its My Domain URL ("Prevent login from https://login.salesforce.com" is on in its My Domain settings).',
			hint: 'Log in at the org\'s My Domain URL: --domain https://<name>.my.salesforce.com (or <name>--<sandbox>.sandbox.my.salesforce.com for a sandbox). Setup → My Domain shows it; so does the address bar once you are logged in.',
		},
		'unsupported-response-type': {
			message: 'Salesforce does not support the response type sfrt asked for.',
			hint: 'This is a bug in sfrt. Please report it.',
		},

		// Salesforce's answers at the token endpoint.
		'authentication-failure': {
			message: 'Salesforce refused the login (invalid_grant: authentication failure).',
			hint: 'The user may not be allowed to use the app (Setup → App Manager → your app → Manage → Policies → Permitted Users), or a login IP range or login hours on the user\'s profile blocked it. Setup → Login History shows the reason.',
		},
		'expired-code': {
			message: 'The authorization code expired or was already used: codes live 15 minutes and work once (expired authorization code).',
			hint: 'Log in again: sfrt gets a fresh code.',
		},
		'refresh-token-invalid': {
			message: 'The refresh token no longer works (expired access/refresh token).',
			hint: 'It was revoked, expired by the app\'s refresh token policy, or rotated out; a user\'s 6th approval of one app also revokes the oldest token. Log in again to get a new one, and check Setup → App Manager → your app → Manage → Policies → Refresh Token Policy.',
		},
		'invalid-code-verifier': {
			message: 'Salesforce rejected the PKCE code verifier (invalid code verifier).',
			hint: 'The code was issued for another login attempt. Log in again with sfrt, and don\'t reuse a code from another tool.',
		},
		'invalid-grant': {
			message: 'Salesforce refused the grant: {description}.',
			hint: 'Log in again. If it keeps failing, Setup → Login History shows the reason.',
		},
		'invalid-client': {
			message: 'Salesforce refused the Consumer Secret (invalid client credentials).',
			hint: 'Copy the Consumer Secret again from Setup → App Manager → your app → View → Consumer Key and Secret. If the app does not require a secret, leave it empty.',
			variants: {
				'no-secret': {
					message: 'No Consumer Secret was sent, and this app requires one (invalid client credentials).',
					hint: 'Copy the Consumer Secret from Setup → App Manager → your app → View → Consumer Key and Secret, and log in with it (sfrt login --client-secret, or SFRT_CLIENT_SECRET). Or, in the app\'s OAuth Settings, turn off "Require secret for Web Server Flow" and "Require secret for Refresh Token Flow".',
				},
			},
		},
		'unsupported-grant-type': {
			message: 'Salesforce says the grant type is not supported.',
			hint: 'Salesforce answers this when the login address is http:// instead of https://, or when the app does not allow this flow: check the login address, and in Setup → App Manager → your app → Edit → OAuth Settings check the flow is enabled.',
		},
		'invalid-app-access': {
			message: 'This user is not admin-approved to use the app.',
			hint: 'In Setup → App Manager → your app → Manage → Policies, set "Permitted Users" to "All users may self-authorize", or add the user\'s profile or a permission set to the app. With API Access Control on, the app must be approved there too.',
		},
		'inactive-user': {
			message: 'The Salesforce user is inactive.',
			hint: 'Log in as an active user, or reactivate this one in Setup → Users.',
		},
		'inactive-org': {
			message: 'The Salesforce org is inactive or locked.',
			hint: 'Check the org in a browser: a trial may have expired, or the org may be locked for maintenance.',
		},
		'rate-limit-exceeded': {
			message: 'Salesforce refused the login: this user logged in more than 3,600 times in an hour (rate_limit_exceeded).',
			hint: 'Wait an hour, and reuse refresh and access tokens instead of logging in again and again.',
		},
		'invalid-token': {
			message: 'Salesforce does not know this token (invalid token).',
			hint: 'It expired or was revoked. For an access token, "sfrt token --fresh <alias>" gets a new one with the refresh token; when that fails too, log in again for a new refresh token.',
		},
		'unsupported-token-type': {
			message: 'Salesforce refused to revoke the token (unsupported token type).',
			hint: 'Only access and refresh tokens can be revoked.',
		},
		'authorization-pending': {
			message: 'The device login is still waiting for the user.',
			hint: 'Finish the login in the browser with the code shown.',
		},
		'slow-down': {
			message: 'Salesforce asked sfrt to poll more slowly.',
			hint: 'sfrt waits longer between checks.',
		},
		'salesforce-retry': {
			message: 'Salesforce asked to retry the request (unknown_error: retry your request).',
			hint: 'Salesforce sends this now and then when it is busy, and did not carry out the request (sfrt retries it a few times by itself). Try again in a minute. If it keeps coming, check the login address (--domain: "login", "test" or your My Domain URL) and trust.salesforce.com.',
		},
		'salesforce-error': {
			message: 'Salesforce answered with an error: {error}{description}.',
			hint: 'Check the app in Setup → App Manager and try again. Setup → Login History may show the reason.',
		},

		// What sfrt checks in Salesforce's answers.
		'no-refresh-token': {
			message: 'Salesforce gave an access token but no refresh token.',
			hint: 'In Setup → App Manager → your app → Edit → OAuth Settings → Selected OAuth Scopes, add "Perform requests at any time (refresh_token, offline_access)" and save (wait 2 to 10 minutes), and request the refresh_token scope (sfrt does by default; with --scopes, include refresh_token).',
		},
		'not-json': {
			message: '{url} answered with {contentType} instead of Salesforce\'s JSON (HTTP {status}).',
			hint: 'The address is probably not a Salesforce login host. Check --domain: use "login", "test" or your My Domain URL (https://<name>.my.salesforce.com).',
		},
		'bad-response': {
			message: 'Salesforce\'s answer from {url} is missing or has a bad "{field}".',
			hint: 'Check the login address is a Salesforce host. If it is, try again later.',
		},
		'identity-mismatch': {
			message: 'The identity answer from {url} is about another login (org {identityOrgId}, user {identityUserId}) than the token\'s (org {orgId}, user {userId}).',
			hint: 'The answer did not come from the org that issued the token. Check the login address is the org\'s own Salesforce host (not a proxy or another service), and log in again.',
		},
		'login-host-unreachable': {
			message: 'sfrt cannot reach the login address {url}: {reason}.',
			hint: 'Check --domain (or the login address in the wizard): use "login", "test", or your My Domain URL such as https://acme.my.salesforce.com. sfrt itself must reach it to finish the login.',
		},
		'not-a-login-host': {
			message: '{url} does not exist: the login address is not a Salesforce login host.',
			hint: 'Use "login", "test", your My Domain URL (https://<name>.my.salesforce.com), or for an Experience Cloud site its base URL without /s/… (https://<name>.my.site.com/<site>).',
		},
		'http-error': {
			message: '{url} answered HTTP {status}.',
			hint: 'Salesforce may be down for maintenance (trust.salesforce.com shows the status). Try again later.',
		},
		'network': {
			message: 'Could not reach {url}: {reason}.',
			hint: 'Check your network connection, proxy and the login address.',
		},
		// The way there: a proxy, or TLS through a company proxy that inspects it.
		'proxy-auth-required': {
			message: 'The proxy {proxy} asks for a user name and password (HTTP 407).',
			hint: 'Put them in the proxy URL, for example {variable}=http://user:password@proxy.example.com:3128 (percent-encode special characters: @ as %40), or ask IT which proxy and account to use.',
			variants: {
				refused: {
					message: 'The proxy {proxy} refused the user name and password in {variable} (HTTP 407).',
					hint: 'Check them (special characters must be percent-encoded: @ as %40, : as %3A), or ask IT which account the proxy takes.',
				},
			},
		},
		'proxy-unreachable': {
			message: 'sfrt cannot reach the proxy {proxy} (set in {variable}): {reason}.',
			hint: 'Check the proxy\'s host and port in {variable}, or unset it on a network that needs no proxy. Your browser\'s proxy settings or IT know the right address.',
		},
		'proxy-refused': {
			message: 'The proxy {proxy} (set in {variable}) would not connect to {host} (HTTP {status}).',
			hint: 'The proxy blocks this host or cannot reach it. Check the login address, and ask IT to allow {host}; if this host is reached without the proxy, add it to NO_PROXY.',
		},
		'proxy-url-invalid': {
			message: '{variable} is set to "{proxy}", which is not a proxy address sfrt can use.',
			hint: 'Give an http:// or https:// proxy URL with a port, for example {variable}=http://proxy.example.com:3128 (SOCKS proxies are not supported), or unset {variable}.',
		},
		'tls-untrusted': {
			message: 'The certificate of {host} is not trusted ({reason}): probably a company proxy that inspects TLS.',
			hint: 'Point NODE_EXTRA_CA_CERTS at your company\'s CA bundle (a PEM file; IT has it, or export it from your browser\'s certificate viewer), for example: export NODE_EXTRA_CA_CERTS=/path/to/company-ca.pem',
			variants: {
				expired: {
					message: 'The certificate of {host} has expired or is not valid yet ({reason}).',
					hint: 'Check this computer\'s date and time. If they are right, a company proxy that inspects TLS is presenting an expired certificate: tell IT.',
				},
				'wrong-host': {
					message: 'The certificate of {host} is for another host name ({reason}): probably a company proxy that inspects TLS, or a wrong login address.',
					hint: 'Check the login address. If it is right, tell IT that their proxy presents a certificate for the wrong host.',
				},
			},
		},
		'state-mismatch': {
			message: 'A login redirect arrived with the wrong state.',
			hint: 'It belongs to another login attempt (an old browser tab?). Finish the login in the tab sfrt opened.',
		},

		// Paste mode: the address (or code) a person pasted.
		'paste-empty': {
			message: 'Nothing was pasted.',
			hint: 'After you click Allow, copy the whole address your browser ended on (even a page that says the site can\'t be reached) and paste it, or just the value after code=.',
		},
		'paste-no-code': {
			message: 'The address pasted has no code in it.',
			hint: 'Paste the address the browser shows after you click Allow: it contains code=…. The login page\'s own address is not it.',
		},
		'paste-other-login': {
			message: 'The address pasted belongs to another login attempt (its state does not match this one).',
			hint: 'Open the URL sfrt printed this time, log in, and paste the address that login ends on.',
		},
		'paste-unrecognised': {
			message: 'What was pasted is neither the address, a code, nor an error sfrt knows.',
			hint: 'Paste the address your browser shows after you click Allow (it contains code=…), or just the code. If the browser shows an error page instead, paste the line with its error code (such as OAUTH_APP_BLOCKED).',
		},
		'paste-damaged': {
			message: 'The code pasted is damaged: {reason}.',
			hint: 'Copy the whole address again, in one piece, straight from the address bar, and paste it.',
		},
	} satisfies Record<string, ErrorText>,

	/** Text the loopback catcher shows in the browser; {username} and {orgId} are filled in. */
	catcherPages: {
		title: 'sfrt',
		successHeading: 'You are logged in',
		successBody: 'sfrt has a refresh token for {username} in org {orgId}. You can close this tab and return to the terminal.',
		failureHeading: 'Login failed',
		notFoundHeading: 'Not found',
		notFoundBody: 'This address is not part of the login. sfrt is still waiting for the login in the tab it opened.',
		stateMismatchHeading: 'This login redirect is not the one sfrt is waiting for',
		unfinishedHeading: 'The login did not finish',
		unfinishedBody: 'sfrt stopped waiting. Return to the terminal.',
		badRequestHeading: 'Bad request',
		badRequestBody: 'sfrt could not read this request. It is still waiting for the login in the tab it opened.',
		misdirectedHeading: 'Wrong address',
		misdirectedBody: 'This server answers only at the address of its own login callback.',
		notYoursHeading: 'This page belongs to another tab',
		notYoursBody: 'Only the browser tab that came back from the login sees how it ended. Return to the terminal.',
		busyHeading: 'Too many tabs are waiting',
		busyBody: 'Other tabs already wait for how this login ends. Return to the terminal.',
		stillWorkingHeading: 'Still finishing the login',
		stillWorkingBody: 'sfrt has the code and is still finishing the login. The terminal shows how it ends.',
	},

	/** What the kind of a login address means to a person, for lists and the wizard. */
	orgKindLabels: {
		production: 'production',
		sandbox: 'sandbox',
		'my-domain': 'My Domain',
		'sandbox-my-domain': 'sandbox (My Domain)',
		site: 'Experience Cloud site',
		custom: 'custom domain',
		local: 'local emulator',
	} satisfies Record<OrgKind, string>,

	/** Why a callback URL cannot be used: the {reason} of bad-redirect-uri. */
	redirectUriReasons: {
		notUrl: 'it is not a URL',
		spaces: 'it has spaces in it',
		noScheme: 'it needs http:// in front',
		portRange: (port: string) => `its port ${port} is not one a program can listen on (use 1 to 65535)`,
		notHttp: (scheme: string) => `the catcher on this machine speaks http://, not ${scheme}`,
		notLoopback: 'its host must be localhost, 127.0.0.1 or [::1]',
		noPort: 'it needs an explicit port, such as :1717',
		noPath: 'it needs a path, such as /OauthRedirect',
		queryOrFragment: 'it must not have a query or fragment',
		notWeb: 'it is not an http:// or https:// address',
	},

	/** Why a pasted code cannot be the one Salesforce issued: the {reason} of paste-damaged. */
	pasteDamage: {
		characters: 'it has characters a code never has',
		short: 'it is too short to be a whole code',
		lostPadding: 'its "==" ending is missing (a double-click selection stops before it)',
	},

	/** Why a request never got an answer: the {reason} of network, login-host-unreachable and proxy-unreachable. */
	networkReasons: {
		noAnswer: 'no answer in time',
		refused: 'connection refused',
		hostNotFound: 'host not found',
		closed: 'connection closed without an answer',
		unreachable: 'network unreachable',
	},

	/** The {contentType} of not-json when the answer named none. */
	noContentType: 'no content type',

	/** Stand-ins for what an error from Salesforce names when the login did not say. */
	salesforceDefaults: {
		redirectUri: 'the callback URL',
		scopes: 'requested',
		/** Salesforce's own description after its error code, when it gave one. */
		description: (description: string) => ` (${description})`,
	},

	/**
	 * A message with Salesforce's own words in it: `said` ("invalid_grant: authentication
	 * failure - Invalid Password") takes the place of the closing parenthesis that quotes
	 * Salesforce, or closes a sentence that has none.
	 */
	withSalesforceWords: (message: string, said: string) => {
		const closing = /\s*\([^()]*\)\.$/.exec(message);
		return `${closing ? message.slice(0, closing.index) : message.replace(/\.$/, '')} (${said}).`;
	},

	/** A check of sfrt's own code that cannot fail unless sfrt has a bug. */
	pkceVerifierLength: (length: number) => `A PKCE verifier must be 43 to 128 characters, not ${length}.`,
} as const;

export type OAuthText = Shape<typeof en>;
export type OAuthErrorCode = keyof OAuthText['errors'];

export let oauthErrors: OAuthText['errors'];
export let catcherPages: OAuthText['catcherPages'];
export let orgKindLabels: OAuthText['orgKindLabels'];
export let oauthText: OAuthText;
defineCatalogs<OAuthText>({en}, text => {
	({errors: oauthErrors, catcherPages, orgKindLabels} = text);
	oauthText = text;
});
