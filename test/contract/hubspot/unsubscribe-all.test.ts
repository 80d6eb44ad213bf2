import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { sdkError, startHubspotSandbox, wireJson } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import { docFixture, shapeDifferences } from '../../support/hubspot-doc-fixtures.ts';
import { HubspotV4UnsubscribeAllWire, HubspotV4WideStatusesWire } from '../../../connectors/hubspot/wire/communication-preferences.ts';

// Communication preferences v4, unsubscribe-all, through the official SDK's apiRequest (the SDK has no
// typed v4 method): the address's status, and what it does to the contact's read-only hs_email_optout.
// https://developers.hubspot.com/docs/guides/api/marketing/subscriptions

let sb: StartedHubspotSandbox;
const clock = new ManualClock(Date.UTC(2026, 2, 2, 9, 0, 0));
const IMPORT = { sourceType: 'IMPORT' };
const allPath = (email: string) => `/communication-preferences/v4/statuses/${encodeURIComponent(email)}/unsubscribe-all`;

beforeAll(async () => {
  sb = await startHubspotSandbox({ rateLimit: { max: 100_000, windowMs: 10_000 } }, { clock });
});
afterAll(() => sb.close());
beforeEach(() => {
  sb.hubspot.state.reset();
  sb.running.ctx.faults.clear();
});

const unsubscribeAll = (email: string, qs: Record<string, string> = { channel: 'EMAIL', verbose: 'true' }, token?: string) =>
  sb.client(token).apiRequest({ method: 'POST', path: allPath(email), qs });
const wideStatus = (email: string, token?: string) => sb.client(token).apiRequest({ path: allPath(email), qs: { channel: 'EMAIL' } });
const contact = (email: string) => sb.hubspot.state.records.create('contacts', { email, firstname: 'Ada' }, IMPORT).id;
const readBack = (id: string) => sb.client().crm.contacts.basicApi.getById(id, ['hs_email_optout', 'lastmodifieddate']);
const tokenWith = (scopes: string[]) => sb.running.ctx.tokens.issue({
  subject: String(sb.hubspot.deps.settings.portalId), scopes, ttlSeconds: null, withRefresh: false,
}).accessToken;

// The reference examples list every optional field; these are the ones the sandbox has nothing for.
function withoutKeys(value: unknown, keys: string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutKeys(v, keys));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)).map(([k, v]) => [k, withoutKeys(v, keys)]));
}
const OPTIONAL_UNUSED = ['errors', 'links', 'numErrors', 'legalBasis', 'legalBasisExplanation'];

describe('POST /communication-preferences/v4/statuses/{email}/unsubscribe-all', () => {
  it('opts the address out of all email: its contact reads hs_email_optout true through the CRM API, with a new lastmodifieddate', async () => {
    const id = contact('ada@acme.example');
    const before = await readBack(id);
    expect(before.properties.hs_email_optout).toBeNull();
    clock.advance(60_000);
    const res = await unsubscribeAll('Ada@Acme.example');
    expect(res.status).toBe(200);
    const after = await readBack(id);
    expect(after.properties.hs_email_optout).toBe('true');
    expect(after.properties.lastmodifieddate).toBe(new Date(clock.now()).toISOString());
    expect(after.updatedAt.getTime()).toBe(clock.now());
  });

  it('answers, with verbose=true, every subscription type UNSUBSCRIBED, in the documented shape', async () => {
    contact('ada@acme.example');
    const body = await (await unsubscribeAll('ada@acme.example')).json();
    const answer = HubspotV4UnsubscribeAllWire.parse(body);
    expect(answer.status).toBe('COMPLETE');
    expect(answer.results.map((r) => [r.subscriptionName, r.status, r.setStatusSuccessReason])).toEqual([
      ['Marketing Information', 'UNSUBSCRIBED', 'UNSUBSCRIBE_FROM_ALL_OCCURRED'],
      ['One to One', 'UNSUBSCRIBED', 'UNSUBSCRIBE_FROM_ALL_OCCURRED'],
      ['Customer Service Communication', 'UNSUBSCRIBED', 'UNSUBSCRIBE_FROM_ALL_OCCURRED'],
    ]);
    expect(answer.results[0]).toMatchObject({ channel: 'EMAIL', subscriberIdString: 'ada@acme.example', subscriptionId: expect.any(Number) });
    const documented = withoutKeys(docFixture('communication-preferences-v4-unsubscribe-all.response.json'), OPTIONAL_UNUSED);
    expect(shapeDifferences(documented, body)).toEqual([]);
  });

  it('answers empty results without verbose, as the reference page says', async () => {
    const answer = HubspotV4UnsubscribeAllWire.parse(await (await unsubscribeAll('ada@acme.example', { channel: 'EMAIL' })).json());
    expect(answer.results).toEqual([]);
    expect(sb.hubspot.state.communicationPreferences.optedOutOfAllAt('ada@acme.example')).toBe(clock.now());
  });

  it('is idempotent: a second opt-out is a 200 with NO_STATUS_CHANGE and leaves the contact alone', async () => {
    const id = contact('ada@acme.example');
    await unsubscribeAll('ada@acme.example');
    const first = await readBack(id);
    clock.advance(60_000);
    const again = HubspotV4UnsubscribeAllWire.parse(await (await unsubscribeAll('ada@acme.example')).json());
    expect(new Set(again.results.map((r) => r.setStatusSuccessReason))).toEqual(new Set(['NO_STATUS_CHANGE']));
    expect((await readBack(id)).properties.lastmodifieddate).toBe(first.properties.lastmodifieddate);
  });

  it('takes an address no contact has, and flags the contact created with it later', async () => {
    expect((await unsubscribeAll('nobody@acme.example')).status).toBe(200);
    const created = await sb.client().crm.contacts.basicApi.create({ properties: { email: 'Nobody@acme.example' }, associations: [] });
    expect((await readBack(created.id)).properties.hs_email_optout).toBe('true');
  });

  it('flags a contact whose email is changed to an opted-out address', async () => {
    const id = contact('ada@acme.example');
    await unsubscribeAll('old-ada@acme.example');
    await sb.client().crm.contacts.basicApi.update(id, { properties: { email: 'old-ada@acme.example' } });
    expect((await readBack(id)).properties.hs_email_optout).toBe('true');
  });

  it('leaves a contact that holds the address only as an additional email unflagged', async () => {
    const id = sb.hubspot.state.records.create('contacts', { email: 'main@acme.example', hs_additional_emails: 'old@acme.example' }, IMPORT).id;
    await unsubscribeAll('old@acme.example');
    expect((await readBack(id)).properties.hs_email_optout).toBeNull();
  });

  it('refuses what is not an email address, and a missing or other channel, with 400 VALIDATION_ERROR', async () => {
    const notAnAddress = await wireJson(await unsubscribeAll('not-an-address'));
    expect(notAnAddress).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
    const noChannel = await unsubscribeAll('ada@acme.example', {});
    expect(noChannel.status).toBe(400);
    expect((await wireJson(noChannel)).message).toMatch(/^Invalid query parameter channel/);
    expect((await unsubscribeAll('ada@acme.example', { channel: 'SMS' })).status).toBe(400);
    expect(sb.hubspot.state.communicationPreferences.snapshot()).toEqual([]);
  });

  it('does not serve the Enterprise-only batch variant', async () => {
    const res = await sb.client().apiRequest({ method: 'POST', path: '/communication-preferences/v4/statuses/batch/unsubscribe-all', qs: { channel: 'EMAIL' }, body: { inputs: ['ada@acme.example'] } });
    expect([res.status, (await wireJson(res)).category]).toEqual([404, 'OBJECT_NOT_FOUND']);
  });
});

describe('GET /communication-preferences/v4/statuses/{email}/unsubscribe-all', () => {
  it('lists nothing before the opt-out and the PORTAL_WIDE opt-out after, in the documented shape', async () => {
    expect(HubspotV4WideStatusesWire.parse(await (await wideStatus('ada@acme.example')).json()).results).toEqual([]);
    await unsubscribeAll('ada@acme.example');
    const body = await (await wideStatus('ada@acme.example')).json();
    expect(HubspotV4WideStatusesWire.parse(body).results).toEqual([{
      channel: 'EMAIL', status: 'UNSUBSCRIBED', subscriberIdString: 'ada@acme.example', timestamp: new Date(clock.now()).toISOString(),
      wideStatusType: 'PORTAL_WIDE', businessUnitId: 0,
    }]);
    expect(shapeDifferences(withoutKeys(docFixture('communication-preferences-v4-unsubscribe-all-status.response.json'), OPTIONAL_UNUSED), body)).toEqual([]);
  });
});

describe('around the routes', () => {
  it('refuses a token without the write scope with 403 MISSING_SCOPES naming the scopes that would do', async () => {
    const readOnly = tokenWith(['oauth', 'communication_preferences.read']);
    expect((await wideStatus('ada@acme.example', readOnly)).status).toBe(200);
    const refused = await unsubscribeAll('ada@acme.example', undefined, readOnly);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      category: 'MISSING_SCOPES',
      errors: [{ context: { requiredGranularScopes: ['communication_preferences.write', 'communication_preferences.read_write'] } }],
    });
    expect((await unsubscribeAll('ada@acme.example', undefined, tokenWith(['communication_preferences.read_write']))).status).toBe(200);
  });

  it('counts against the burst limit like every API call, with its headers', async () => {
    const res = await unsubscribeAll('ada@acme.example');
    expect(res.headers.get('x-hubspot-ratelimit-max')).toBe('100000');
    sb.running.ctx.faults.inject({ kind: 'rate_limit', times: 1 });
    expect((await unsubscribeAll('ada@acme.example')).status).toBe(429);
  });

  it('keeps hs_email_optout read-only to the CRM API: a PATCH is refused', async () => {
    const id = contact('ada@acme.example');
    const error = await sdkError(sb.client().crm.contacts.basicApi.update(id, { properties: { hs_email_optout: 'true' } }));
    expect([error.code, error.body.category]).toEqual([400, 'VALIDATION_ERROR']);
  });
});
