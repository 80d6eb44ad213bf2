// The sandbox's stand-in for HubSpot's install screen (app.hubspot.com/oauth/authorize): plain,
// server-rendered HTML with every interpolated value escaped. No scripts, no external assets.

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#33475b}
h1{font-size:1.4rem}ul{padding-left:1.2rem}li{margin:.2rem 0}code{background:#f5f8fa;padding:0 .2rem}
.actions{display:flex;gap:.75rem;margin-top:1.5rem}button{font-size:1rem;padding:.5rem 1.25rem;border-radius:3px;border:1px solid #cbd6e2;cursor:pointer}
button[value=allow]{background:#ff7a59;color:#fff;border-color:#ff7a59}.note{color:#7c98b6;font-size:.85rem;margin-top:2rem}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
${body}
<p class="note">HubSpot sandbox: a local simulator of HubSpot's OAuth install screen. No real HubSpot account is involved.</p>
</body>
</html>
`;
}

export interface ConsentView {
  requestId: string;
  appName: string;
  appId: number;
  portalId: number;
  hubDomain: string;
  userEmail: string;
  redirectHost: string;
  scopes: string[];
  optionalScopes: string[];
}

/** The consent screen: who asks, for which account, for which scopes; Allow or Deny. */
export function consentPage(view: ConsentView): string {
  const list = (scopes: string[]) => scopes.map((s) => `<li><code>${escapeHtml(s)}</code></li>`).join('');
  const optional = view.optionalScopes.length > 0
    ? `<p>It would also like these optional permissions:</p><ul>${list(view.optionalScopes)}</ul>`
    : '';
  return page(`Connect ${view.appName} to HubSpot`, `<h1>Connect <strong>${escapeHtml(view.appName)}</strong> to HubSpot</h1>
<p>Account: <strong>${escapeHtml(view.hubDomain)}</strong> (portal ${view.portalId}), signed in as ${escapeHtml(view.userEmail)}.</p>
<p>App ${view.appId} will be able to:</p>
<ul>${list(view.scopes)}</ul>
${optional}
<p>After you choose, you go back to <strong>${escapeHtml(view.redirectHost)}</strong>.</p>
<form method="post" action="authorize/decision">
<input type="hidden" name="request_id" value="${escapeHtml(view.requestId)}">
<div class="actions">
<button type="submit" name="decision" value="allow">Connect app</button>
<button type="submit" name="decision" value="deny">Cancel</button>
</div>
</form>`);
}

/** An authorize request that cannot go back to the app (unknown client, missing or bad redirect URI). */
export function authorizeErrorPage(problem: string): string {
  return page('Authorization error', `<h1>This app could not be connected</h1>
<p>${escapeHtml(problem)}</p>
<p>Ask the app's developer to check the install link.</p>`);
}
