import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startHubspotSandbox, wireJson } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import { SANDBOX_DEVELOPER_API_KEY } from '../../../connectors/hubspot/sandbox/routes/webhooks.ts';

// What app.ts applies around every route (JSON bodies, Bearer tokens) is applied once, and the
// route modules behind it still answer in HubSpot's shapes.
let sb: StartedHubspotSandbox;

beforeAll(async () => {
  sb = await startHubspotSandbox();
});
afterAll(() => sb.close());

describe('middleware around the routes', () => {
  it.each([
    ['owners', '/crm/v3/owners/'],
    ['properties', '/crm/v3/properties/contacts'],
    ['pipelines', '/crm/v3/pipelines/deals'],
  ])('checks the access token of a %s call once', async (_api, path) => {
    const check = vi.spyOn(sb.running.ctx.tokens, 'check');
    try {
      const res = await fetch(`${sb.baseUrl}${path}`, { headers: { authorization: `Bearer ${sb.token}` } });
      expect(res.status).toBe(200);
      expect(check).toHaveBeenCalledTimes(1);
    } finally {
      check.mockRestore();
    }
  });

  it.each([
    ['properties', '/crm/v3/properties/contacts', true],
    ['pipelines', '/crm/v3/pipelines/deals', true],
    ['webhooks', `/webhooks/v3/4107001/subscriptions?hapikey=${SANDBOX_DEVELOPER_API_KEY}`, false],
  ])('answers malformed JSON to the %s API with HubSpot\'s 400', async (_api, path, bearer) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${sb.token}` } : {}) };
    const res = await fetch(`${sb.baseUrl}${path}`, { method: 'POST', headers, body: '{"label": ' });
    expect(res.status).toBe(400);
    expect((await wireJson(res)).message).toMatch(/^Invalid input JSON on line 1/);
  });
});
