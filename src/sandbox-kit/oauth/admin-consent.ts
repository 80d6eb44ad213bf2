// In sandbox mode nobody sits at the consent screen, so the app clicks "Allow" itself: it opens the
// same authorize page an admin's browser would and posts the same form. Only the embedded default uses this.

/** Follows an install link through the sandbox consent screen; answers the redirect back to the app. */
export async function consentAsSandboxAdmin(authorizeUrl: string): Promise<URL> {
  const page = await fetch(authorizeUrl, { redirect: 'manual' });
  const html = await page.text();
  if (page.status !== 200) throw new Error(`the sandbox authorize page answered ${page.status}: ${html.slice(0, 200)}`);
  const requestId = /name="request_id"\s+value="([^"]+)"/.exec(html)?.[1];
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!requestId || !action) throw new Error('the sandbox consent page has no decision form');
  const decision = await fetch(new URL(action, authorizeUrl), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId, decision: 'allow' }),
  });
  const location = decision.headers.get('location');
  if (decision.status !== 302 || !location) throw new Error(`the sandbox consent decision answered ${decision.status}`);
  return new URL(location);
}
