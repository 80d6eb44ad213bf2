// The sandbox's stand-in for Salesforce's "Allow Access?" screen of the web-server flow: plain,
// server-rendered HTML with every interpolated value escaped. No scripts, no external assets.

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#181818}
h1{font-size:1.4rem}ul{padding-left:1.2rem}li{margin:.2rem 0}code{background:#f3f3f3;padding:0 .2rem}
.actions{display:flex;gap:.75rem;margin-top:1.5rem}button{font-size:1rem;padding:.5rem 1.25rem;border-radius:4px;border:1px solid #c9c9c9;cursor:pointer}
button[value=allow]{background:#0176d3;color:#fff;border-color:#0176d3}.note{color:#706e6b;font-size:.85rem;margin-top:2rem}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
${body}
<p class="note">Salesforce sandbox: a local simulator of Salesforce's OAuth approval screen. No real Salesforce org is involved.</p>
</body>
</html>
`;
}

/** What Salesforce's approval page says each scope allows. */
const SCOPE_TEXT: Record<string, string> = {
  api: 'Manage user data via APIs',
  refresh_token: 'Perform requests at any time',
  offline_access: 'Perform requests at any time',
  id: 'Access the identity URL service',
  openid: 'Access unique user identifiers',
  profile: 'Access your basic information',
  email: 'Access your email address',
  full: 'Full access',
  web: 'Access the Salesforce API platform through the web',
};

export interface ConsentView {
  requestId: string;
  appName: string;
  username: string;
  myDomain: string;
  redirectHost: string;
  scopes: string[];
}

/** The approval screen: which app asks, as which user, for which scopes; Allow or Deny. */
export function consentPage(view: ConsentView): string {
  const items = view.scopes
    .map((scope) => `<li>${escapeHtml(SCOPE_TEXT[scope] ?? scope)} (<code>${escapeHtml(scope)}</code>)</li>`)
    .join('');
  return page('Allow Access?', `<h1>Allow Access?</h1>
<p><strong>${escapeHtml(view.appName)}</strong> is asking to:</p>
<ul>${items}</ul>
<p>Signed in to <strong>${escapeHtml(view.myDomain)}.my.salesforce.com</strong> as ${escapeHtml(view.username)}.</p>
<p>After you choose, you go back to <strong>${escapeHtml(view.redirectHost)}</strong>.</p>
<form method="post" action="authorize">
<input type="hidden" name="request_id" value="${escapeHtml(view.requestId)}">
<div class="actions">
<button type="submit" name="decision" value="allow">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</div>
</form>`);
}

/** An authorize request that cannot go back to the app (unknown client, bad redirect URI): Salesforce's OAuth error page. */
export function authorizeErrorPage(error: string, description: string): string {
  return page('OAuth Error', `<h1>OAuth Error</h1>
<p>We can't authorize you because of an OAuth error. For more information, contact your Salesforce administrator.</p>
<p><code>${escapeHtml(error)}</code>: ${escapeHtml(description)}</p>`);
}
