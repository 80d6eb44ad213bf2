import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sdkError, startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';

// Faults the sandbox kit injects on request, answered in HubSpot's shapes, as the official SDK sees them.
let sb: StartedHubspotSandbox;

beforeAll(async () => {
  sb = await startHubspotSandbox();
});
afterAll(() => sb.close());
beforeEach(() => {
  sb.running.ctx.faults.clear();
  sb.running.ctx.ledger.clear();
});

const getPage = (token = sb.hubspot.readyAccessToken()) => sb.client(token).crm.contacts.basicApi.getPage();

describe('injected faults', () => {
  it('answers an injected 429 with Retry-After and the TEN_SECONDLY_ROLLING body', async () => {
    sb.running.ctx.faults.inject({ kind: 'rate_limit', retryAfterSeconds: 7 });
    const err = await sdkError(getPage());
    expect([err.code, err.headers['retry-after'], err.body.policyName]).toEqual([429, '7', 'TEN_SECONDLY_ROLLING']);
    await getPage();
  });

  it('answers an injected 503 in HubSpot\'s error shape', async () => {
    sb.running.ctx.faults.inject({ kind: 'server_error', status: 503, match: { path: '/crm/v3/objects/contacts/batch' } });
    await getPage();
    const err = await sdkError(sb.client().crm.contacts.batchApi.read({ inputs: [], properties: [], propertiesWithHistory: [] }));
    expect([err.code, err.body.category, err.body.status]).toEqual([503, 'INTERNAL_ERROR', 'error']);
  });

  it('drops the connection: the SDK call rejects without an answer', async () => {
    sb.running.ctx.faults.inject({ kind: 'drop' });
    const failure = await getPage().then(() => undefined, (e: unknown) => e);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toHaveProperty('code', 200);
    await getPage();
  });

  it('expires every token: calls answer 401 EXPIRED_AUTHENTICATION until a new token is used', async () => {
    const before = sb.hubspot.readyAccessToken();
    sb.running.ctx.faults.inject({ kind: 'expire_tokens' });
    const err = await sdkError(getPage(before));
    expect([err.code, err.body.category]).toEqual([401, 'EXPIRED_AUTHENTICATION']);
    const fresh = sb.hubspot.readyAccessToken();
    expect(fresh).not.toBe(before);
    await getPage(fresh);
  });

  it('counts faulted calls in the ledger by status', async () => {
    sb.running.ctx.faults.inject({ kind: 'server_error', status: 502, times: 2 });
    await sdkError(getPage());
    await sdkError(getPage());
    await getPage();
    expect(sb.running.ctx.ledger.summary().total).toBe(3);
    expect(sb.running.ctx.ledger.recent().map((e) => e.status)).toEqual([502, 502, 200]);
  });
});
