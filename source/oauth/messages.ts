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
		/** In place of a value sfrt does not know (an error pasted into sfrt why). */
		redirectUri: '<the redirect_uri of the login URL>',
		scopes: 'see the scope of the login URL',
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

const ja: OAuthText = {
	errors: {
		'bad-domain': {
			message: '"{input}" は Salesforce のログインアドレスではありません。',
			hint: '"login" (本番環境と Developer Edition)、"test" (Sandbox)、または私のドメインの URL (例: https://acme.my.salesforce.com) を指定してください。',
		},
		'lightning-domain': {
			message: '{host} は Lightning Experience のアドレスで、ログインアドレスではありません。',
			hint: '代わりに私のドメインの URL (https://{myDomain}.my.salesforce.com) を使用してください。URL は [設定] → [私のドメイン] で確認できます。',
		},
		'insecure-domain': {
			message: 'ログインアドレス {input} は http:// を使用していますが、Salesforce は http:// を受け付けません (その場合、原因がわかりにくい "unsupported grant type" というエラーを返します)。',
			hint: 'ログインアドレスには https:// を使用してください。',
		},
		'bad-redirect-uri': {
			message: 'コールバック URL "{input}" は使用できません: {reason}。',
			hint: 'localhost、127.0.0.1、[::1] のいずれかをホストとし、ポートとパスを含む http:// の URL を使用してください。また、その URL をそのまま [設定] でアプリケーションの [コールバック URL] に追加してください。例: {example}',
		},
		'missing-client-id': {
			message: 'コンシューマー鍵が指定されていません。',
			hint: '--client-id を指定するか、SFRT_CLIENT_ID を設定してください。コンシューマー鍵は [設定] → [アプリケーションマネージャー] → 対象のアプリケーション → [参照] → [コンシューマー鍵と秘密] で確認できます。',
		},
		'bad-scopes': {
			message: 'OAuth 範囲 "{input}" は無効です。',
			hint: '"api refresh_token" のように、OAuth 範囲の名前をスペース区切りで指定してください。',
		},

		'port-in-use': {
			message: '{host} のポート {port} はすでに使用されているため、sfrt はログインのリダイレクトを受け取れません。',
			hint: '別のプログラムがこのポートで待ち受けています (多くの場合、"sf org login web" など進行中の別のログインです)。そのプログラムを終了してもう一度試すか、別のコールバック URL を [設定] でアプリケーションの [コールバック URL] に追加してから、--redirect-uri で指定してください。',
		},
		'port-permission': {
			message: 'sfrt にはポート {port} で待ち受ける権限がありません (1024 未満のポートには管理者権限が必要です)。',
			hint: 'http://localhost:1717/OauthRedirect のように 1024 以上のポートを使うコールバック URL を指定し、[設定] でアプリケーションの [コールバック URL] に追加してください。',
		},
		'loopback-failed': {
			message: 'sfrt は {host}:{port} で待ち受けできませんでした: {reason}。',
			hint: 'ループバックインターフェースが動作しているか確認するか、--redirect-uri で別のコールバック URL を指定してください。',
		},
		'login-timeout': {
			message: '{seconds} 秒以内にログインが完了しませんでした。',
			hint: 'もう一度ログインして (sfrt が新しいログイン URL を作成します)、ブラウザーでのログインを早めに済ませてください。または、--timeout で待ち時間を延ばしてください。',
		},
		'cancelled': {
			message: 'ログインをキャンセルしました。',
			hint: '何も保存されていません。',
		},

		'access-denied': {
			message: 'Salesforce からアクセス拒否が返されました (end-user denied authorization)。',
			hint: '承認画面で [許可] をクリックしてください。[許可] をクリックしたのにこのエラーになる場合、ブラウザーが承認画面を自動翻訳していませんか。翻訳された承認画面で [許可] をクリックすると、Salesforce は access_denied を返します。ブラウザーの翻訳をオフにして、もう一度試してください。翻訳していない場合は、ユーザーにアプリケーションへのアクセス権がない可能性があります。[設定] → [アプリケーションマネージャー] → 対象のアプリケーション → [管理] → [ポリシー] で、[許可されているユーザー] を "All users may self-authorize" (すべてのユーザーが自己承認可能) にするか、ユーザーのプロファイルまたは権限セットを追加してください。',
		},
		'invalid-client-id': {
			message: 'Salesforce はこのコンシューマー鍵を認識していません (client identifier invalid)。',
			hint: '[設定] → [アプリケーションマネージャー] → 対象のアプリケーション → [参照] → [コンシューマー鍵と秘密] からコンシューマー鍵をもう一度コピーし、アプリケーションを所有する組織にログインしているか確認してください (別の組織のアプリケーションの場合は "login" を使用します)。作成または変更したばかりのアプリケーションは、使えるようになるまで 2～10 分かかります。',
		},
		'redirect-uri-mismatch': {
			message: 'Salesforce は {redirectUri} をコールバック URL として受け付けませんでした (redirect_uri must match configuration)。',
			hint: '[設定] → [アプリケーションマネージャー] で対象のアプリケーションを編集し、[OAuth 設定] の [コールバック URL] に {redirectUri} をそのまま追加して保存したうえで、2～10 分待ってください。スキーム、ホスト、ポート、パスがすべて一致している必要があります。',
		},
		'redirect-uri-missing': {
			message: 'Salesforce によると、リクエストにコールバック URL が含まれていませんでした。',
			hint: 'これは sfrt のバグです (sfrt は必ずコールバック URL を送信します)。報告してください。',
		},
		'pkce-required': {
			message: 'このアプリケーションでは PKCE が必須ですが、リクエストに code challenge が含まれていませんでした。',
			hint: 'sfrt は必ず PKCE を送信します。このエラーが出る場合は、ログイン URL が途中で書き換えられています。sfrt が表示した URL を、変更せずにそのまま開いてください。',
		},
		'invalid-request': {
			message: 'Salesforce がリクエストを拒否しました: {description}。',
			hint: '指定した値 (コンシューマー鍵、コールバック URL、OAuth 範囲) が、[設定] → [アプリケーションマネージャー] にあるアプリケーションの設定と一致しているか確認してください。',
		},
		'invalid-scope': {
			message: 'Salesforce は要求された OAuth 範囲 ({scopes}) を拒否しました (the requested scope is not allowed)。',
			hint: '[設定] → [アプリケーションマネージャー] で対象のアプリケーションを編集し、[OAuth 設定] の [選択した OAuth 範囲] に、要求するすべての範囲を追加してください (更新トークンには「API を使用してユーザーデータを管理 (api)」と「いつでも要求を実行 (refresh_token, offline_access)」が必要です)。または、--scopes で要求する範囲を減らしてください。',
		},
		'app-not-installed': {
			message: 'このアプリケーションはこの組織にインストールされていません (External client app is not installed in this org)。',
			hint: '外部クライアントアプリケーションを作成した組織にログインするか、この組織にインストールしてください。ローカルアプリケーションの場合は、この組織の [設定] → [アプリケーションマネージャー] → [新規外部クライアントアプリケーション] で作成します。パッケージ化されたアプリケーションの場合は、パッケージをインストールします。',
		},
		'app-blocked': {
			message: 'このアプリケーションはこの組織でブロックされています。',
			hint: '管理者がブロックしています。[設定] → [接続アプリケーションの OAuth の利用状況] (または [外部クライアントアプリケーションマネージャー]) で該当するアプリケーションを探し、ブロックを解除してください。',
		},
		'cross-org-app': {
			message: 'この外部クライアントアプリケーションは別の組織で作成されています (Cross-org OAuth flows are not supported for this external client app)。',
			hint: '"Distribution State" (配信状態) が「ローカル」の外部クライアントアプリケーションでログインできるのは、それを作成した組織のユーザーだけです。その組織にログインするか、この組織でアプリケーションを作成してください (Sandbox の場合は、Sandbox で作成するか Sandbox にデプロイします)。または、アプリケーションをパッケージ化して、この組織にパッケージをインストールしてください。',
		},
		'app-must-be-installed': {
			message: 'Salesforce は、このアプリケーションがこの組織にインストールされていることを求めています (app must be installed into org)。',
			hint: '2025 年 9 月以降、組織にインストールされていないアプリケーションを使えるのは、"Approve Uninstalled Connected Apps" (未インストールの接続アプリケーションの承認) 権限を持つユーザーだけです。管理者がアプリケーションをインストールする ([設定] → [接続アプリケーションの OAuth の利用状況] → 該当するアプリケーション → インストール) か、権限セットでユーザーにその権限を付与してください。この組織で作成した外部クライアントアプリケーションであれば、どちらも不要です。',
		},
		'approval-error': {
			message: 'Salesforce はログインを承認できませんでした (OAUTH_APPROVAL_ERROR_GENERIC)。',
			hint: '理由は、そのページのエラーコードの下に書かれています。よくある原因は、アプリケーションに設定されていない OAuth 範囲の要求 ([設定] → [アプリケーションマネージャー] で対象のアプリケーションを編集し、[OAuth 設定] の [選択した OAuth 範囲] に追加します) と、別の組織の外部クライアントアプリケーション (作成された組織にログインします) です。ページのテキストを丸ごと sfrt に貼り付けると、対処法が表示されます。',
		},
		'login-hours': {
			message: 'ユーザーのログイン時間帯外のため、Salesforce はログインを拒否しました。',
			hint: 'ログイン時間帯はユーザーのプロファイルで設定されています ([設定] → プロファイル → 該当するプロファイル → ログイン時間帯)。時間帯内にログインするか、管理者に時間帯を広げるよう依頼してください。',
		},
		'login-ip-restricted': {
			message: 'Salesforce はこのネットワークからのログインを拒否しました (IP address not allowed)。',
			hint: 'ユーザーのプロファイルで、ログインできる IP アドレスが制限されています ([設定] → プロファイル → 該当するプロファイル → ログイン IP アドレスの制限)。許可されたネットワーク (VPN など) からログインするか、管理者にこのアドレスの追加を依頼してください。このアプリケーションだけ制限を緩める場合は、[設定] → [アプリケーションマネージャー] → 対象のアプリケーション → [管理] → [ポリシー] で、[IP 制限の緩和] を "Relax IP restrictions" (IP 制限を緩和) にします。',
		},
		'page-error': {
			message: 'sfrt が認識できないエラーがブラウザーに表示されました: "{text}"。',
			hint: 'ログインが失敗した理由は [設定] → ログイン履歴で確認できます。[設定] → [アプリケーションマネージャー] でアプリケーションの設定 (OAuth 範囲、コールバック URL、[ポリシー] の [許可されているユーザー]) を確認してから、もう一度試してください。',
			variants: {
				pasted: {message: 'sfrt はこのエラーを認識できません: "{text}"。'},
			},
		},
		'device-flow-disabled': {
			message: 'このアプリケーションではデバイスフローが許可されていません (device flow is not enabled for the app)。',
			hint: '[設定] → [アプリケーションマネージャー] で対象のアプリケーションを編集し、[OAuth 設定] で [デバイスフローで有効化] をオンにして保存したうえで、2～10 分待ってください (外部クライアントアプリケーションの場合は、[設定] タブ → [OAuth 設定] → Flow Enablement (フローの有効化) にある "Enable for Device Flow" です)。また 2025 年 9 月以降、組織にインストールされていないアプリケーションを使ったデバイスフローは Salesforce が拒否します。自分のアプリケーションを使用してください。あるいは、ブラウザーでログインしてください (sfrt login。リモートマシンでは sfrt login --paste)。',
		},
		'device-expired': {
			message: 'ログインが承認される前に、デバイスコードの有効期限が切れました。',
			hint: 'もう一度ログインして新しいコードを取得し、{minutes} 分以内に {url} で入力してください。',
		},
		'immediate-unsuccessful': {
			message: 'Salesforce は画面を表示せずにログインできませんでした。リクエストで immediate=true が指定されていますが、ユーザーはまだアプリケーションを承認していません (immediate_unsuccessful)。',
			hint: 'immediate を指定せずに一度ログインして、アプリケーションを承認してください。',
		},
		'oauth-flow-disabled': {
			message: 'この OAuth フローは、アプリケーションまたは組織で無効になっています。',
			hint: '[設定] → [アプリケーションマネージャー] で対象のアプリケーションを編集し、[OAuth 設定] の Flow Enablement (フローの有効化) でそのフローを有効にしてください。デバイスフローの場合は [デバイスフローで有効化] です。また、[設定] → OAuth および OpenID Connect 設定で、そのフローが許可されているか確認してください。',
		},
		'my-domain-required': {
			message: 'この組織では、私のドメインの URL からしかログインできません (私のドメインの設定で "Prevent login from https://login.salesforce.com" がオンになっています)。',
			hint: '組織の私のドメインの URL でログインしてください: --domain https://<name>.my.salesforce.com (Sandbox の場合は <name>--<sandbox>.sandbox.my.salesforce.com)。URL は [設定] → [私のドメイン] で確認できます。ログイン後のブラウザーのアドレスバーにも表示されています。',
		},
		'unsupported-response-type': {
			message: 'sfrt が要求したレスポンスタイプを Salesforce がサポートしていません。',
			hint: 'これは sfrt のバグです。報告してください。',
		},

		'authentication-failure': {
			message: 'Salesforce がログインを拒否しました (invalid_grant: authentication failure)。',
			hint: 'ユーザーにアプリケーションの利用が許可されていない ([設定] → [アプリケーションマネージャー] → 対象のアプリケーション → [管理] → [ポリシー] → [許可されているユーザー]) か、ユーザーのプロファイルにあるログイン IP アドレスの制限またはログイン時間帯によってブロックされた可能性があります。理由は [設定] → ログイン履歴で確認できます。',
		},
		'expired-code': {
			message: '認証コードの有効期限が切れているか、すでに使用されています。認証コードの有効期間は 15 分で、使えるのは 1 回だけです (expired authorization code)。',
			hint: 'もう一度ログインしてください。sfrt が新しい認証コードを取得します。',
		},
		'refresh-token-invalid': {
			message: 'この更新トークンはもう使えません (expired access/refresh token)。',
			hint: '取り消されたか、アプリケーションの更新トークンポリシーによって期限切れになったか、ローテーションで置き換えられた可能性があります。また、同じユーザーが同じアプリケーションを 6 回目に承認すると、最も古いトークンが取り消されます。もう一度ログインして新しい更新トークンを取得し、[設定] → [アプリケーションマネージャー] → 対象のアプリケーション → [管理] → [ポリシー] → [更新トークンポリシー] を確認してください。',
		},
		'invalid-code-verifier': {
			message: 'Salesforce が PKCE の code verifier を拒否しました (invalid code verifier)。',
			hint: 'この認証コードは別のログイン試行で発行されたものです。sfrt でもう一度ログインしてください。別のツールで取得した認証コードは使い回さないでください。',
		},
		'invalid-grant': {
			message: 'Salesforce が認可グラントを拒否しました: {description}。',
			hint: 'もう一度ログインしてください。それでも失敗する場合は、[設定] → ログイン履歴で理由を確認できます。',
		},
		'invalid-client': {
			message: 'Salesforce がコンシューマーの秘密を拒否しました (invalid client credentials)。',
			hint: '[設定] → [アプリケーションマネージャー] → 対象のアプリケーション → [参照] → [コンシューマー鍵と秘密] から、コンシューマーの秘密をもう一度コピーしてください。アプリケーションで秘密が必須でない場合は、空のままにしてください。',
			variants: {
				'no-secret': {
					message: 'コンシューマーの秘密が送信されていませんが、このアプリケーションでは必須です (invalid client credentials)。',
					hint: '[設定] → [アプリケーションマネージャー] → 対象のアプリケーション → [参照] → [コンシューマー鍵と秘密] からコンシューマーの秘密をコピーし、それを指定してログインしてください (sfrt login --client-secret、または SFRT_CLIENT_SECRET)。あるいは、アプリケーションの OAuth 設定で [Web サーバーフローの秘密が必要] と [更新トークンフローの秘密が必要] をオフにしてください。',
				},
			},
		},
		'unsupported-grant-type': {
			message: 'Salesforce によると、このグラントタイプはサポートされていません。',
			hint: 'Salesforce は、ログインアドレスが https:// ではなく http:// の場合や、アプリケーションでこのフローが許可されていない場合にこのエラーを返します。ログインアドレスを確認し、[設定] → [アプリケーションマネージャー] で対象のアプリケーションを編集して、[OAuth 設定] でフローが有効になっているか確認してください。',
		},
		'invalid-app-access': {
			message: 'このユーザーは、このアプリケーションの利用を管理者に承認されていません。',
			hint: '[設定] → [アプリケーションマネージャー] → 対象のアプリケーション → [管理] → [ポリシー] で、[許可されているユーザー] を "All users may self-authorize" (すべてのユーザーが自己承認可能) にするか、ユーザーのプロファイルまたは権限セットをアプリケーションに追加してください。"API Access Control" (API アクセス制御) が有効な場合は、そちらでもアプリケーションを承認する必要があります。',
		},
		'inactive-user': {
			message: 'この Salesforce ユーザーは無効になっています。',
			hint: '有効なユーザーでログインするか、[設定] → ユーザーでこのユーザーを再度有効にしてください。',
		},
		'inactive-org': {
			message: 'この Salesforce 組織は無効になっているか、ロックされています。',
			hint: 'ブラウザーで組織を確認してください。トライアル期間が終了しているか、メンテナンスのためにロックされている可能性があります。',
		},
		'rate-limit-exceeded': {
			message: 'Salesforce がログインを拒否しました。このユーザーは 1 時間に 3,600 回を超えてログインしています (rate_limit_exceeded)。',
			hint: '1 時間待ってください。また、ログインを何度も繰り返さずに、更新トークンとアクセストークンを再利用してください。',
		},
		'invalid-token': {
			message: 'Salesforce はこのトークンを認識していません (invalid token)。',
			hint: 'トークンの有効期限が切れたか、取り消されています。アクセストークンの場合は、"sfrt token --fresh <alias>" で更新トークンを使って新しいアクセストークンを取得できます。それも失敗する場合は、もう一度ログインして新しい更新トークンを取得してください。',
		},
		'unsupported-token-type': {
			message: 'Salesforce がトークンの取り消しを拒否しました (unsupported token type)。',
			hint: '取り消せるのはアクセストークンと更新トークンだけです。',
		},
		'authorization-pending': {
			message: 'デバイスログインは、まだユーザーの操作を待っています。',
			hint: '表示されたコードを使って、ブラウザーでログインを完了してください。',
		},
		'slow-down': {
			message: 'Salesforce から、ポーリングの間隔を空けるよう求められました。',
			hint: 'sfrt は確認の間隔を延ばして待ちます。',
		},
		'salesforce-retry': {
			message: 'Salesforce からリクエストの再試行を求められました (unknown_error: retry your request)。',
			hint: 'Salesforce は混雑しているときに、ときどきこの応答を返します。このときリクエストは実行されていません (sfrt は自動で何回か再試行します)。1 分ほど待ってから、もう一度試してください。繰り返し発生する場合は、ログインアドレス (--domain: "login"、"test"、または私のドメインの URL) と trust.salesforce.com を確認してください。',
		},
		'salesforce-error': {
			message: 'Salesforce がエラーを返しました: {error}{description}。',
			hint: '[設定] → [アプリケーションマネージャー] でアプリケーションを確認して、もう一度試してください。[設定] → ログイン履歴に理由が表示されている場合があります。',
		},

		'no-refresh-token': {
			message: 'Salesforce からアクセストークンは返されましたが、更新トークンは返されませんでした。',
			hint: '[設定] → [アプリケーションマネージャー] で対象のアプリケーションを編集し、[OAuth 設定] の [選択した OAuth 範囲] に「いつでも要求を実行 (refresh_token, offline_access)」を追加して保存したうえで (反映まで 2～10 分待ちます)、refresh_token の範囲を要求してください (sfrt はデフォルトで要求します。--scopes を指定する場合は refresh_token を含めてください)。',
		},
		'not-json': {
			message: '{url} から、Salesforce の JSON ではない応答 ({contentType}) が返されました (HTTP {status})。',
			hint: 'このアドレスは Salesforce のログインホストではない可能性があります。--domain を確認してください: "login"、"test"、または私のドメインの URL (https://<name>.my.salesforce.com) を指定します。',
		},
		'bad-response': {
			message: '{url} からの Salesforce の応答に "{field}" がないか、その値が正しくありません。',
			hint: 'ログインアドレスが Salesforce のホストか確認してください。Salesforce のホストであれば、しばらくしてからもう一度試してください。',
		},
		'identity-mismatch': {
			message: '{url} から返された ID 情報は、トークンのログイン (組織 {orgId}、ユーザー {userId}) とは別のログイン (組織 {identityOrgId}、ユーザー {identityUserId}) のものです。',
			hint: 'この応答は、トークンを発行した組織から返されたものではありません。ログインアドレスがその組織自身の Salesforce ホスト (プロキシや別のサービスではなく) になっているか確認し、もう一度ログインしてください。',
		},
		'login-host-unreachable': {
			message: 'sfrt はログインアドレス {url} に接続できません: {reason}。',
			hint: '--domain (ウィザードではログインアドレス) を確認してください: "login"、"test"、または https://acme.my.salesforce.com のような私のドメインの URL を指定します。ログインを完了するには、sfrt 自身がこのアドレスに接続できる必要があります。',
		},
		'not-a-login-host': {
			message: '{url} は存在しません。このログインアドレスは Salesforce のログインホストではありません。',
			hint: '"login"、"test"、私のドメインの URL (https://<name>.my.salesforce.com)、または Experience Cloud サイトの場合は /s/… を除いたベース URL (https://<name>.my.site.com/<site>) を指定してください。',
		},
		'http-error': {
			message: '{url} から HTTP {status} が返されました。',
			hint: 'Salesforce がメンテナンス中の可能性があります (状況は trust.salesforce.com で確認できます)。しばらくしてから、もう一度試してください。',
		},
		'network': {
			message: '{url} に接続できませんでした: {reason}。',
			hint: 'ネットワーク接続、プロキシ、ログインアドレスを確認してください。',
		},
		'proxy-auth-required': {
			message: 'プロキシ {proxy} がユーザー名とパスワードを要求しています (HTTP 407)。',
			hint: 'ユーザー名とパスワードをプロキシの URL に含めてください。例: {variable}=http://user:password@proxy.example.com:3128 (特殊文字はパーセントエンコードします。@ は %40)。または、使用するプロキシとアカウントを社内の IT 担当者に確認してください。',
			variants: {
				refused: {
					message: 'プロキシ {proxy} が {variable} のユーザー名とパスワードを拒否しました (HTTP 407)。',
					hint: 'ユーザー名とパスワードを確認してください (特殊文字はパーセントエンコードが必要です。@ は %40、: は %3A)。または、プロキシで使うアカウントを社内の IT 担当者に確認してください。',
				},
			},
		},
		'proxy-unreachable': {
			message: 'sfrt はプロキシ {proxy} ({variable} で設定) に接続できません: {reason}。',
			hint: '{variable} に設定したプロキシのホストとポートを確認してください。プロキシが不要なネットワークでは、{variable} の設定を解除してください。正しいアドレスは、ブラウザーのプロキシ設定で確認するか、社内の IT 担当者に問い合わせてください。',
		},
		'proxy-refused': {
			message: 'プロキシ {proxy} ({variable} で設定) が {host} への接続を拒否しました (HTTP {status})。',
			hint: 'プロキシがこのホストをブロックしているか、このホストに接続できません。ログインアドレスを確認し、社内の IT 担当者に {host} の許可を依頼してください。このホストにプロキシを経由せずに接続する場合は、NO_PROXY に追加してください。',
		},
		'proxy-url-invalid': {
			message: '{variable} に "{proxy}" が設定されていますが、sfrt が使えるプロキシアドレスではありません。',
			hint: 'ポート付きの http:// または https:// のプロキシ URL を指定するか (例: {variable}=http://proxy.example.com:3128。SOCKS プロキシには対応していません)、{variable} の設定を解除してください。',
		},
		'tls-untrusted': {
			message: '{host} の証明書は信頼されていません ({reason})。TLS を検査する社内プロキシが原因と考えられます。',
			hint: 'NODE_EXTRA_CA_CERTS に、社内の CA 証明書バンドル (PEM ファイル。社内の IT 担当者が持っているか、ブラウザーの証明書ビューアーからエクスポートできます) のパスを指定してください。例: export NODE_EXTRA_CA_CERTS=/path/to/company-ca.pem',
			variants: {
				expired: {
					message: '{host} の証明書は、有効期限が切れているか、まだ有効になっていません ({reason})。',
					hint: 'このコンピューターの日付と時刻を確認してください。日時が正しい場合は、TLS を検査する社内プロキシが期限切れの証明書を提示しています。社内の IT 担当者に連絡してください。',
				},
				'wrong-host': {
					message: '{host} の証明書は別のホスト名のものです ({reason})。TLS を検査する社内プロキシか、ログインアドレスの誤りが原因と考えられます。',
					hint: 'ログインアドレスを確認してください。ログインアドレスが正しい場合は、プロキシが別のホストの証明書を提示していることを社内の IT 担当者に伝えてください。',
				},
			},
		},
		'state-mismatch': {
			message: 'state が一致しないログインのリダイレクトを受け取りました。',
			hint: 'これは別のログイン試行のものです (古いブラウザーのタブかもしれません)。sfrt が開いたタブでログインを完了してください。',
		},

		'paste-empty': {
			message: '何も貼り付けられていません。',
			hint: '[許可] をクリックした後にブラウザーに表示されたアドレス全体をコピーして貼り付けてください (「このサイトにアクセスできません」というページでも構いません)。code= の後の値だけでも構いません。',
		},
		'paste-no-code': {
			message: '貼り付けたアドレスに認証コードが含まれていません。',
			hint: '[許可] をクリックした後にブラウザーに表示されるアドレス (code=… を含むもの) を貼り付けてください。ログイン画面自体のアドレスではありません。',
		},
		'paste-other-login': {
			message: '貼り付けたアドレスは別のログイン試行のものです (state がこのログインと一致しません)。',
			hint: '今回 sfrt が表示した URL を開いてログインし、そのログインの最後に表示されたアドレスを貼り付けてください。',
		},
		'paste-unrecognised': {
			message: '貼り付けた内容は、アドレスでも認証コードでも、sfrt が認識できるエラーでもありません。',
			hint: '[許可] をクリックした後にブラウザーに表示されるアドレス (code=… を含むもの) か、認証コードだけを貼り付けてください。ブラウザーにエラーページが表示された場合は、エラーコード (OAUTH_APP_BLOCKED など) が書かれた行を貼り付けてください。',
		},
		'paste-damaged': {
			message: '貼り付けた認証コードは壊れています: {reason}。',
			hint: 'アドレスバーから、アドレス全体を途切れないようにもう一度コピーして貼り付けてください。',
		},
	},

	catcherPages: {
		title: 'sfrt',
		successHeading: 'ログインしました',
		successBody: 'sfrt は組織 {orgId} のユーザー {username} の更新トークンを取得しました。このタブを閉じて、ターミナルに戻ってください。',
		failureHeading: 'ログインに失敗しました',
		notFoundHeading: 'ページが見つかりません',
		notFoundBody: 'このアドレスはログインの一部ではありません。sfrt は、自身が開いたタブでのログインを引き続き待っています。',
		stateMismatchHeading: 'このログインのリダイレクトは、sfrt が待っているものではありません',
		unfinishedHeading: 'ログインは完了しませんでした',
		unfinishedBody: 'sfrt は待機を終了しました。ターミナルに戻ってください。',
		badRequestHeading: '不正なリクエスト',
		badRequestBody: 'sfrt はこのリクエストを読み取れませんでした。sfrt は、自身が開いたタブでのログインを引き続き待っています。',
		misdirectedHeading: 'アドレスが違います',
		misdirectedBody: 'このサーバーは、自身のログインコールバックのアドレスにしか応答しません。',
		notYoursHeading: 'このページは別のタブのものです',
		notYoursBody: 'ログインの結果は、ログインから戻ってきたブラウザーのタブにしか表示されません。ターミナルに戻ってください。',
		busyHeading: '待機中のタブが多すぎます',
		busyBody: 'このログインの結果は、すでにほかのタブが待っています。ターミナルに戻ってください。',
		stillWorkingHeading: 'ログインを完了しています',
		stillWorkingBody: 'sfrt は認証コードを受け取り、ログインを完了する処理を続けています。結果はターミナルに表示されます。',
	},

	orgKindLabels: {
		production: '本番環境',
		sandbox: 'Sandbox',
		'my-domain': '私のドメイン',
		'sandbox-my-domain': 'Sandbox (私のドメイン)',
		site: 'Experience Cloud サイト',
		custom: 'カスタムドメイン',
		local: 'エミュレーター',
	},

	redirectUriReasons: {
		notUrl: 'URL ではありません',
		spaces: '空白が含まれています',
		noScheme: '先頭に http:// が必要です',
		portRange: (port: string) => `ポート ${port} はプログラムが待ち受けできる番号ではありません (1～65535 を使用してください)`,
		notHttp: (scheme: string) => `このマシンの受信サーバーが受け付けるのは http:// で、${scheme} ではありません`,
		notLoopback: 'ホストは localhost、127.0.0.1、[::1] のいずれかである必要があります',
		noPort: ':1717 のように、ポートを明示する必要があります',
		noPath: '/OauthRedirect のように、パスが必要です',
		queryOrFragment: 'クエリやフラグメントは含められません',
		notWeb: 'http:// または https:// のアドレスではありません',
	},

	pasteDamage: {
		characters: '認証コードには含まれない文字が含まれています',
		short: '認証コード全体としては短すぎます',
		lostPadding: '末尾の "==" が欠けています (ダブルクリックで選択すると、その手前で選択が止まります)',
	},

	networkReasons: {
		noAnswer: '時間内に応答がありませんでした',
		refused: '接続が拒否されました',
		hostNotFound: 'ホストが見つかりません',
		closed: '応答がないまま接続が閉じられました',
		unreachable: 'ネットワークに到達できません',
	},

	noContentType: 'Content-Type なし',

	salesforceDefaults: {
		redirectUri: '<ログイン URL の redirect_uri>',
		scopes: 'ログイン URL の scope を参照',
		description: (description: string) => ` (${description})`,
	},

	/** The English rule, for Japanese messages: a closing " (…)。" quoting Salesforce gives way to `said`. */
	withSalesforceWords: (message: string, said: string) => {
		const closing = /\s*[(（][^()（）]*[)）][。.]$/.exec(message);
		return `${closing ? message.slice(0, closing.index) : message.replace(/[。.]$/, '')} (${said})。`;
	},

	pkceVerifierLength: (length: number) => `PKCE の code verifier は 43～128 文字である必要があります (${length} 文字でした)。`,
};

export type OAuthText = Shape<typeof en>;
export type OAuthErrorCode = keyof OAuthText['errors'];

export let oauthErrors: OAuthText['errors'];
export let catcherPages: OAuthText['catcherPages'];
export let orgKindLabels: OAuthText['orgKindLabels'];
export let oauthText: OAuthText;
defineCatalogs<OAuthText>({en, ja}, text => {
	({errors: oauthErrors, catcherPages, orgKindLabels} = text);
	oauthText = text;
});
