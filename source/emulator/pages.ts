/** Every page a person sees in the emulator; their wording is in messages.ts. */
import {activeLocale} from '../i18n/index.js';
import type {PageError} from './errors.js';
import {emulatorText} from './messages.js';

/** One line per distinct permission, in the order first asked for. */
export function describeScopes(scopes: string[]): string[] {
	return [...new Set(scopes.map(scope => emulatorText.scopeLabels[scope] ?? scope))];
}

export function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll('\'', '&#39;');
}

const styles = `
*{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;align-items:center;justify-content:center;
 background:linear-gradient(#b0c4df,#f3f3f3 45%);font:15px/1.45 -apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#16325c}
.card{width:min(400px,92vw);background:#fff;border:1px solid #d8dde6;border-radius:6px;padding:28px;box-shadow:0 2px 6px rgba(0,0,0,.08)}
.logo{display:block;margin:0 auto 18px;height:54px}
h1{font-size:20px;font-weight:600;margin:0 0 14px}
label{display:block;font-size:13px;color:#54698d;margin:14px 0 6px}
input[type=text],input[type=password]{width:100%;padding:10px 12px;border:1px solid #d8dde6;border-radius:4px;font:inherit}
input:focus{outline:none;border-color:#1589ee;box-shadow:0 0 3px #0070d2}
button{font:inherit;border-radius:4px;padding:9px 18px;cursor:pointer;border:1px solid #d8dde6;background:#fff;color:#0070d2}
button.primary{background:#0070d2;border-color:#0070d2;color:#fff}
button:hover{filter:brightness(.95)}
.wide{width:100%;margin-top:22px}
.actions{display:flex;justify-content:flex-end;gap:8px;margin-top:22px}
.error{background:#fdeded;border:1px solid #c23934;color:#c23934;padding:10px 12px;border-radius:4px;font-size:14px}
.muted{font-size:13px;color:#54698d}
ul{padding-left:20px;margin:8px 0}
a{color:#0070d2}
code{background:#f4f6f9;padding:1px 4px;border-radius:3px;font-size:13px;word-break:break-all}
footer{margin-top:16px;font-size:12px;color:#54698d;text-align:center}
`;

const logo = () => `<svg class="logo" viewBox="0 0 120 84" role="img" aria-label="${escapeHtml(emulatorText.logoLabel)}">
<g fill="#00a1e0"><circle cx="36" cy="48" r="24"/><circle cx="58" cy="32" r="24"/><circle cx="84" cy="48" r="24"/><rect x="36" y="46" width="48" height="26"/></g>
<text x="60" y="57" fill="#fff" font-family="Helvetica,Arial,sans-serif" font-size="20" font-weight="700" text-anchor="middle">sfrt</text></svg>`;

function page(title: string, body: string): string {
	return `<!doctype html>
<html lang="${activeLocale()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${styles}</style>
</head>
<body>
<main class="card">
${logo()}
${body}
</main>
<footer>${escapeHtml(emulatorText.footer)}</footer>
</body>
</html>
`;
}

/** `hidden` carries what the login continues with (the authorize request, or the device's user code). */
export function loginPage(input: {action: string; hidden: Record<string, string>; username?: string; error?: string}): string {
	const text = emulatorText.login;
	return page(text.title, `${errorMessage(input.error)}
<form method="post" action="${escapeHtml(input.action)}">
${hiddenFields(input.hidden)}
<label for="username">${escapeHtml(text.username)}</label>
<input type="text" id="username" name="username" value="${escapeHtml(input.username ?? '')}" autocomplete="username" autofocus required>
<label for="password">${escapeHtml(text.password)}</label>
<input type="password" id="password" name="password" autocomplete="current-password" required>
<button type="submit" id="Login" name="Login" class="primary wide">${escapeHtml(text.submit)}</button>
</form>
<p class="muted">${escapeHtml(text.notReal)}</p>`);
}

/** `switchUserUrl`, when given, is the "Not you?" link. */
export function consentPage(input: {action: string; appName: string; username: string; scopes: string[]; ticket: string; switchUserUrl?: string}): string {
	const text = emulatorText.consent;
	const permissions = describeScopes(input.scopes).map(label => `<li>${escapeHtml(label)}</li>`).join('');
	const notYou = input.switchUserUrl === undefined ? '' : ` (<a href="${escapeHtml(input.switchUserUrl)}">${escapeHtml(text.notYou)}</a>)`;
	return page(text.title, `<h1>${escapeHtml(text.heading)}</h1>
<p><strong id="app-name">${escapeHtml(input.appName)}</strong> ${escapeHtml(text.asking)}</p>
<ul id="scopes">${permissions}</ul>
<p>${escapeHtml(text.question.before)}<strong id="user">${escapeHtml(input.username)}</strong>${escapeHtml(text.question.after)}${notYou}</p>
<form method="post" action="${escapeHtml(input.action)}">
<input type="hidden" name="ticket" value="${escapeHtml(input.ticket)}">
<div class="actions">
<button type="submit" id="deny" name="decision" value="deny">${escapeHtml(text.deny)}</button>
<button type="submit" id="allow" name="decision" value="allow" class="primary">${escapeHtml(text.allow)}</button>
</div>
</form>`);
}

/** Where a person types the code their device shows. */
export function verificationPage(input: {action: string; userCode?: string; error?: string}): string {
	const text = emulatorText.device;
	return page(text.title, `<h1>${escapeHtml(text.heading)}</h1>
${errorMessage(input.error)}
<form method="post" action="${escapeHtml(input.action)}">
<label for="user_code">${escapeHtml(text.codeLabel)}</label>
<input type="text" id="user_code" name="user_code" value="${escapeHtml(input.userCode ?? '')}" autocomplete="off" autocapitalize="characters" spellcheck="false" autofocus required>
<button type="submit" id="connect" name="connect" class="primary wide">${escapeHtml(text.submit)}</button>
</form>`);
}

/** After the person's Allow or Deny: its heading has the id device-approved or device-denied. */
export function deviceDecisionPage(decision: 'approved' | 'denied'): string {
	const text = emulatorText.device[decision];
	return page(text.title, `<h1 id="device-${decision}">${escapeHtml(text.heading)}</h1>
<p>${escapeHtml(text.body)}</p>`);
}

/** Salesforce's "Problem Logging In" page, shown instead of redirecting when the app or scope is at fault. */
export function oauthErrorPage(input: PageError): string {
	const text = emulatorText.oauthError;
	const message = input.message ?? emulatorText.pageErrors[input.pageCode] ?? '';
	const codes = input.error === undefined
		? ''
		: `\n<p class="muted"><code id="oauth-error">error=${escapeHtml(input.error.error)}</code> <code id="oauth-error-description">error_description=${escapeHtml(input.error.description)}</code></p>`;
	return page(text.title, `<h1>${escapeHtml(text.heading)}</h1>
<p>${escapeHtml(text.body)}</p>
<p class="error"><strong id="page-error-code">${escapeHtml(input.pageCode)}</strong>: <span id="page-error-message">${escapeHtml(message)}</span></p>${codes}`);
}

export function approvalExpiredPage(): string {
	return simplePage(emulatorText.approvalExpired);
}

export function notFoundPage(): string {
	const text = emulatorText.notFound;
	return simplePage(text, `\n<p class="muted">${escapeHtml(text.note)}</p>`);
}

export function maintenancePage(): string {
	return simplePage(emulatorText.maintenance);
}

/** What a client gets when its "login host" is really some web page, e.g. a Lightning URL or a captive portal. */
export function wrongHostPage(): string {
	return simplePage(emulatorText.wrongHost);
}

export function serverErrorPage(): string {
	return simplePage(emulatorText.serverError);
}

function errorMessage(error: string | undefined): string {
	return error === undefined ? '' : `<p class="error" id="error" role="alert">${escapeHtml(error)}</p>`;
}

function hiddenFields(fields: Record<string, string>): string {
	return Object.entries(fields).map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`).join('\n');
}

/** A heading and a paragraph (and any more HTML after them). */
function simplePage(text: {title: string; heading: string; body: string}, more = ''): string {
	return page(text.title, `<h1>${escapeHtml(text.heading)}</h1>
<p>${escapeHtml(text.body)}</p>${more}`);
}
