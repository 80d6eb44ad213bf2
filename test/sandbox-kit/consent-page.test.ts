import { describe, expect, it } from 'vitest';
import { consentPage, escapeHtml, oauthErrorPage } from '../../src/sandbox-kit/index.ts';
import type { PageTheme } from '../../src/sandbox-kit/index.ts';

const theme: PageTheme = {
  vendorLabel: 'Acme', simulates: 'consent screen', realThing: 'Acme account', radius: '2px',
  colors: { text: '#111', code: '#eee', border: '#ccc', accent: '#f00', note: '#999' },
};

const view = {
  theme, title: 'Connect <app>', heading: ['Connect ', { strong: '<b>Evil & Co</b>' }], intro: [['It will be able to:']],
  scopes: [{ scope: '<img>' }, { scope: 'api', description: 'Use "the" API' }], details: [['Signed in as ', "o'neil"]],
  redirectHost: 'app.example', requestId: '"><script>x</script>', formAction: 'authorize/decision', buttons: { allow: 'Allow', deny: 'Deny' },
};

describe('consent page', () => {
  it('escapes every value it prints: &, <, >, quotes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = consentPage(view);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Evil');
    expect(html).toContain('<strong>&lt;b&gt;Evil &amp; Co&lt;/b&gt;</strong>');
    expect(html).toContain('<li><code>&lt;img&gt;</code></li>');
    expect(html).toContain('<li>Use &quot;the&quot; API (<code>api</code>)</li>');
    expect(html).toContain('<title>Connect &lt;app&gt;</title>');
  });

  it('posts the request id to the form action with the vendor\'s button labels and colours', () => {
    const html = consentPage({ ...view, requestId: 'req-1' });
    expect(html).toContain('<form method="post" action="authorize/decision">');
    expect(html).toContain('<input type="hidden" name="request_id" value="req-1">');
    expect(html).toContain('value="allow">Allow</button>');
    expect(html).toContain('background:#f00');
    expect(html).toContain("Acme sandbox: a local simulator of Acme's consent screen. No real Acme account is involved.");
  });

  it('lists optional extras only when there are some', () => {
    expect(consentPage({ ...view, extra: { intro: ['Also:'], scopes: [] } })).not.toContain('Also:');
    expect(consentPage({ ...view, extra: { intro: ['Also:'], scopes: [{ scope: 'x' }] } })).toContain('<p>Also:</p><ul><li><code>x</code></li></ul>');
  });

  it('draws an error page with the OAuth error code when given one', () => {
    const html = oauthErrorPage({ theme, title: 'OAuth Error', heading: 'OAuth Error', lines: [['<bad> client']], error: { code: 'invalid_client_id', description: 'client identifier invalid' } });
    expect(html).toContain('<p>&lt;bad&gt; client</p>');
    expect(html).toContain('<p><code>invalid_client_id</code>: client identifier invalid</p>');
  });
});
