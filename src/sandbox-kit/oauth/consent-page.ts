// The sandboxes' stand-ins for a vendor's OAuth consent and error screens: plain, server-rendered
// HTML with every interpolated value escaped. No scripts, no external assets.

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** How a vendor's screens look and what their footer says. */
export interface PageTheme {
  /** The vendor's name in the footer note, e.g. "HubSpot". */
  vendorLabel: string;
  /** What the footer says the sandbox simulates, e.g. "OAuth install screen". */
  simulates: string;
  /** What the footer says is not involved, e.g. "HubSpot account". */
  realThing: string;
  colors: { text: string; code: string; border: string; accent: string; note: string };
  /** Button corner radius, e.g. "3px". */
  radius: string;
}

function style({ colors, radius }: PageTheme): string {
  return `body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:${colors.text}}
h1{font-size:1.4rem}ul{padding-left:1.2rem}li{margin:.2rem 0}code{background:${colors.code};padding:0 .2rem}
.actions{display:flex;gap:.75rem;margin-top:1.5rem}button{font-size:1rem;padding:.5rem 1.25rem;border-radius:${radius};border:1px solid ${colors.border};cursor:pointer}
button[value=allow]{background:${colors.accent};color:#fff;border-color:${colors.accent}}.note{color:${colors.note};font-size:.85rem;margin-top:2rem}`;
}

function page(theme: PageTheme, title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${style(theme)}</style></head>
<body>
${body}
<p class="note">${escapeHtml(theme.vendorLabel)} sandbox: a local simulator of ${escapeHtml(theme.vendorLabel)}'s ${escapeHtml(theme.simulates)}. No real ${escapeHtml(theme.realThing)} is involved.</p>
</body>
</html>
`;
}

/** A line of page text: plain text is escaped; `strong` parts are escaped and set in bold. */
export type PageLine = ReadonlyArray<string | { strong: string }>;

/** One scope as the screen lists it: its name, and optionally the vendor's sentence for it. */
export interface ScopeItem {
  scope: string;
  description?: string;
}

export interface ConsentView {
  theme: PageTheme;
  title: string;
  /** The heading; `strong` parts in bold. */
  heading: PageLine;
  /** Lines before the scope list (the last one introduces it). */
  intro: PageLine[];
  scopes: ScopeItem[];
  /** Optional extras after the list: its own lead-in line and scopes. */
  extra?: { intro: PageLine; scopes: ScopeItem[] };
  /** Lines after the list(s), before the redirect note. */
  details: PageLine[];
  redirectHost: string;
  requestId: string;
  /** Where the form posts, relative to the authorize page. */
  formAction: string;
  buttons: { allow: string; deny: string };
}

const line = (parts: PageLine) => parts.map((part) => (typeof part === 'string' ? escapeHtml(part) : `<strong>${escapeHtml(part.strong)}</strong>`)).join('');
const paragraphs = (lines: PageLine[]) => lines.map((l) => `<p>${line(l)}</p>\n`).join('');
const scopeList = (scopes: ScopeItem[]) =>
  `<ul>${scopes.map(({ scope, description }) => `<li>${description === undefined ? '' : `${escapeHtml(description)} (`}<code>${escapeHtml(scope)}</code>${description === undefined ? '' : ')'}</li>`).join('')}</ul>`;

/** The consent screen: who asks, for which account, for which scopes; Allow or Deny. */
export function consentPage(view: ConsentView): string {
  const extra = view.extra && view.extra.scopes.length > 0 ? `<p>${line(view.extra.intro)}</p>${scopeList(view.extra.scopes)}\n` : '';
  return page(view.theme, view.title, `<h1>${line(view.heading)}</h1>
${paragraphs(view.intro)}${scopeList(view.scopes)}
${extra}${paragraphs(view.details)}<p>After you choose, you go back to <strong>${escapeHtml(view.redirectHost)}</strong>.</p>
<form method="post" action="${escapeHtml(view.formAction)}">
<input type="hidden" name="request_id" value="${escapeHtml(view.requestId)}">
<div class="actions">
<button type="submit" name="decision" value="allow">${escapeHtml(view.buttons.allow)}</button>
<button type="submit" name="decision" value="deny">${escapeHtml(view.buttons.deny)}</button>
</div>
</form>`);
}

export interface OAuthErrorView {
  theme: PageTheme;
  title: string;
  heading: string;
  lines: PageLine[];
  /** An OAuth error code, shown as `code: description` after the lines. */
  error?: { code: string; description: string };
}

/** An authorize request that cannot go back to the app (unknown client, bad redirect URI). */
export function oauthErrorPage(view: OAuthErrorView): string {
  const error = view.error ? `\n<p><code>${escapeHtml(view.error.code)}</code>: ${escapeHtml(view.error.description)}</p>` : '';
  return page(view.theme, view.title, `<h1>${escapeHtml(view.heading)}</h1>
${paragraphs(view.lines).trimEnd()}${error}`);
}
