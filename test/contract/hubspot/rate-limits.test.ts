import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { sdkError, startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import { docFixture, shapeDifferences } from '../../support/hubspot-doc-fixtures.ts';

// HubSpot's limits per portal (https://developers.hubspot.com/docs/developer-tooling/platform/usage-guidelines):
// a rolling burst window for every call except search, and search's own 5 per second. Time only
// moves when the test moves the manual clock, so nothing here waits.
let sb: StartedHubspotSandbox | undefined;
afterEach(() => sb?.close());

async function start(max: number) {
  const clock = new ManualClock();
  sb = await startHubspotSandbox({ rateLimit: { max, windowMs: 10_000 }, searchPerSecond: 5 }, { clock });
  return { sb, clock };
}

const list = (s: StartedHubspotSandbox) => s.client().crm.contacts.basicApi.getPageWithHttpInfo(1);
const search = (s: StartedHubspotSandbox) => s.client().crm.contacts.searchApi.doSearchWithHttpInfo({ limit: 1 } as never);

describe('burst limit', () => {
  it('reports the window on every answer: interval, max and what remains', async () => {
    const { sb } = await start(3);
    const first = await list(sb);
    const second = await list(sb);
    expect(first.headers).toMatchObject({
      'x-hubspot-ratelimit-interval-milliseconds': '10000', 'x-hubspot-ratelimit-max': '3', 'x-hubspot-ratelimit-remaining': '2',
    });
    expect(second.headers['x-hubspot-ratelimit-remaining']).toBe('1');
    expect(first.headers).not.toHaveProperty('x-hubspot-ratelimit-daily');
  });

  it('refuses the call past the limit with HubSpot\'s 429 TEN_SECONDLY_ROLLING body, then lets calls through once the window rolls on', async () => {
    const { sb, clock } = await start(3);
    for (let i = 0; i < 3; i++) await list(sb);
    const err = await sdkError(list(sb));
    expect([err.code, err.body.policyName, err.body.category]).toEqual([429, 'TEN_SECONDLY_ROLLING', 'RATE_LIMITS']);
    expect(err.body.message).toBe('You have reached your ten_secondly_rolling limit.');
    expect(shapeDifferences(docFixture('error-rate-limited.response.json'), err.body, ['category'])).toEqual([]);
    expect(err.headers['x-hubspot-ratelimit-remaining']).toBe('0');
    clock.advance(10_000);
    expect((await list(sb)).httpStatusCode).toBe(200);
  });

  it('counts each portal\'s calls, refused ones excluded, in the ledger like any other call', async () => {
    const { sb } = await start(2);
    await list(sb);
    await list(sb);
    await sdkError(list(sb));
    expect(sb.running.ctx.ledger.byEndpoint()).toEqual([
      { endpoint: 'GET /crm/v3/objects/:objectType', calls: 2, byStatus: { 200: 2 } },
      { endpoint: 'GET /crm/v3/objects/contacts', calls: 1, byStatus: { 429: 1 } },
    ]);
  });
});

describe('search limit', () => {
  it('allows five searches a second, without rate-limit headers, and answers the sixth with the secondly 429', async () => {
    const { sb, clock } = await start(100);
    for (let i = 0; i < 5; i++) {
      const answer = await search(sb);
      expect(Object.keys(answer.headers).filter((h) => h.startsWith('x-hubspot-ratelimit'))).toEqual([]);
    }
    const err = await sdkError(search(sb));
    expect([err.code, err.body.message, err.body.policyName]).toEqual([429, 'You have reached your secondly limit.', 'SECONDLY']);
    clock.advance(1000);
    expect((await search(sb)).httpStatusCode).toBe(200);
  });

  it('keeps searches out of the burst window', async () => {
    const { sb } = await start(2);
    for (let i = 0; i < 4; i++) await search(sb);
    expect((await list(sb)).headers['x-hubspot-ratelimit-remaining']).toBe('1');
  });
});
