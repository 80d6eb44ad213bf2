import { expect } from 'vitest';

// The browser half of an OAuth authorization-code flow against a sandbox, as a user at the consent
// screen does it: open the authorize URL, press a button of the page's form, follow nothing further.

/** Opens the authorize URL, presses Allow (`allow`) or Deny (`deny`), and returns where the browser is sent. */
export async function pressConsent(authorizeUrl: string | URL, decision: 'allow' | 'deny' = 'allow'): Promise<URL> {
  const page = await fetch(authorizeUrl, { redirect: 'manual' });
  expect(page.status).toBe(200);
  const html = await page.text();
  const requestId = /name="request_id" value="([^"]+)"/.exec(html)?.[1];
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  expect(requestId).toBeDefined();
  expect(action).toBeDefined();
  const answer = await fetch(new URL(action!, page.url), {
    method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: requestId!, decision }),
  });
  expect(answer.status).toBe(302);
  return new URL(answer.headers.get('location')!);
}
