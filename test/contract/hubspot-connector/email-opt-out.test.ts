import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHubspotSdk, hubspotEmailOptOut } from '../../../connectors/hubspot/index.ts';
import type { HubspotEmailOptOutOptions } from '../../../connectors/hubspot/index.ts';
import { VendorCallError } from '../../../src/connector-kit/failure.ts';
import { startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';

// The email opt-out against the HubSpot sandbox through the official SDK: each address goes to v4's
// unsubscribe-all (hs_email_optout is read-only to the CRM API), one call per address, idempotent.
let sb: StartedHubspotSandbox;
const IMPORT = { sourceType: 'IMPORT' };
const UNSUBSCRIBE_ALL = 'POST /communication-preferences/v4/statuses/:subscriberIdString/unsubscribe-all';

beforeAll(async () => {
  sb = await startHubspotSandbox({ rateLimit: { max: 100_000, windowMs: 10_000 } });
});
afterAll(() => sb.close());
beforeEach(() => {
  sb.hubspot.state.reset();
  sb.running.ctx.faults.clear();
  sb.running.ctx.ledger.clear();
});

const optOut = (options: HubspotEmailOptOutOptions = {}, token = sb.token) =>
  hubspotEmailOptOut(createHubspotSdk({ baseUrl: sb.baseUrl, accessToken: token }), options);
const contact = (email: string) => sb.hubspot.state.records.create('contacts', { email }, IMPORT).id;
const optedOutFlag = async (id: string) => (await sb.client().crm.contacts.basicApi.getById(id, ['hs_email_optout'])).properties.hs_email_optout;

describe('hubspotEmailOptOut', () => {
  it('takes one address a call', () => {
    expect(optOut().maxBatch).toBe(1);
  });

  it('opts addresses out of all email: their contacts read hs_email_optout true through the CRM API', async () => {
    const [ada, bob] = [contact('ada@acme.example'), contact('bob@acme.example')];
    const outcome = await optOut().optOut(['ada@acme.example', 'bob@acme.example']);
    expect(outcome).toEqual({ optedOut: ['ada@acme.example', 'bob@acme.example'], rejected: [], calls: 2 });
    expect([await optedOutFlag(ada), await optedOutFlag(bob)]).toEqual(['true', 'true']);
    expect(sb.running.ctx.ledger.count(UNSUBSCRIBE_ALL)).toBe(2);
  });

  it('is idempotent: an address already opted out counts as opted out', async () => {
    const ada = contact('ada@acme.example');
    await optOut().optOut(['ada@acme.example']);
    const again = await optOut().optOut(['ada@acme.example']);
    expect(again).toEqual({ optedOut: ['ada@acme.example'], rejected: [], calls: 1 });
    expect(await optedOutFlag(ada)).toBe('true');
  });

  it('opts out an address no contact has (the status belongs to the address), and rejects what is not an address', async () => {
    const outcome = await optOut().optOut(['nobody@acme.example', 'not-an-address']);
    expect(outcome).toEqual({
      optedOut: ['nobody@acme.example'],
      rejected: [{ email: 'not-an-address', vendorMessage: 'VALIDATION_ERROR: Invalid email address: not-an-address' }],
      calls: 2,
    });
    const later = contact('nobody@acme.example');
    expect(sb.hubspot.state.records.get('contacts', later)?.properties.hs_email_optout).toBe('true');
  });

  it('sends each address once, trimmed and lower-cased, and blanks not at all; every call counted', async () => {
    const outcome = await optOut().optOut([' Ada@Acme.example ', 'ada@acme.example', '', '  ', 'bob@acme.example']);
    expect(outcome).toEqual({ optedOut: ['ada@acme.example', 'bob@acme.example'], rejected: [], calls: 2 });
    expect(sb.running.ctx.ledger.count()).toBe(2);
    expect(await optOut().optOut([])).toEqual({ optedOut: [], rejected: [], calls: 0 });
  });

  it('retries a 429, counting both calls', async () => {
    const ada = contact('ada@acme.example');
    sb.running.ctx.faults.inject({ kind: 'rate_limit', times: 1 });
    const outcome = await optOut({ sleep: async () => {} }).optOut(['ada@acme.example']);
    expect([outcome.optedOut, outcome.calls, sb.running.ctx.ledger.count()]).toEqual([['ada@acme.example'], 2, 2]);
    expect(await optedOutFlag(ada)).toBe('true');
  });

  it('throws, rather than rejecting every address, when the token lacks the scope', async () => {
    const token = sb.running.ctx.tokens.issue({ subject: String(sb.hubspot.deps.settings.portalId), scopes: ['oauth'], ttlSeconds: null, withRefresh: false }).accessToken;
    const failure = await optOut({}, token).optOut(['ada@acme.example']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(VendorCallError);
    expect(failure).toMatchObject({ kind: 'forbidden', status: 403 });
  });
});
