import {activeLocale} from '../i18n/index.js';

export type PageTone = 'success' | 'error' | 'info';

export interface PageContent {
	title: string;
	heading: string;
	body: string;
	hint?: string;
	tone: PageTone;
	/** Small print at the bottom, such as an error code. */
	footnote?: string;
}

const toneColour: Record<PageTone, string> = {success: '#2e844a', error: '#ba0517', info: '#0176d3'};
const toneMark: Record<PageTone, string> = {success: '✓', error: '✕', info: 'i'};

export function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** A self-contained page (no external assets): the browser side of a login. */
export function renderPage(content: PageContent): string {
	const colour = toneColour[content.tone];
	return `<!doctype html>
<html lang="${activeLocale()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(content.title)}</title>
<style>
  :root { color-scheme: light dark; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: #f3f3f3; color: #181818; }
  @media (prefers-color-scheme: dark) { body { background: #1b1b1b; color: #eee; } main { background: #262626 !important; } }
  main { max-width: 32rem; margin: 1rem; padding: 2rem 2.25rem; background: #fff; border-radius: 12px; box-shadow: 0 2px 12px rgb(0 0 0 / 12%); border-top: 6px solid ${colour}; }
  .mark { display: inline-grid; place-items: center; width: 2.5rem; height: 2.5rem; border-radius: 50%; background: ${colour}; color: #fff; font-weight: 700; font-size: 1.25rem; }
  h1 { font-size: 1.4rem; margin: 0.75rem 0 0.5rem; }
  p { margin: 0.5rem 0; }
  .hint { padding: 0.75rem 1rem; border-radius: 8px; background: rgb(127 127 127 / 12%); }
  .footnote { margin-top: 1.25rem; font-size: 0.8rem; opacity: 0.7; }
</style>
</head>
<body>
<main data-tone="${content.tone}">
  <span class="mark" aria-hidden="true">${toneMark[content.tone]}</span>
  <h1>${escapeHtml(content.heading)}</h1>
  <p id="body">${escapeHtml(content.body)}</p>
  ${content.hint ? `<p class="hint" id="hint">${escapeHtml(content.hint)}</p>` : ''}
  ${content.footnote ? `<p class="footnote">${escapeHtml(content.footnote)}</p>` : ''}
</main>
</body>
</html>
`;
}
