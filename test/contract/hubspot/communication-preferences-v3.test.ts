import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sdkError, startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import { docFixture, shapeDifferences } from '../../support/hubspot-doc-fixtures.ts';
import {
  HubspotSubscriptionDefinitionsWire, HubspotSubscriptionStatusesWire, HubspotSubscriptionStatusWire,
} from '../../../connectors/hubspot/wire/communication-preferences.ts';

// The official SDK's client.communicationPreferences (v3: definitionApi, statusApi) against the sandbox.
// https://developers.hubspot.com/docs/api-reference/legacy/communication-preferences/v3/guide

let sb: StartedHubspotSandbox;
const IMPORT = { sourceType: 'IMPORT' };
const MARKETING = '41213563';
const ONE_TO_ONE = '41213564';

beforeAll(async () => {
  sb = await startHubspotSandbox({ rateLimit: { max: 100_000, windowMs: 10_000 } });
});
afterAll(() => sb.close());
beforeEach(() => sb.hubspot.state.reset());

const api = () => sb.client().communicationPreferences;
const raw = (path: string, init: { method?: 'GET' | 'POST'; body?: unknown } = {}) => sb.client().apiRequest({ path, ...init });
const statusesOf = async (email: string) => (await api().statusApi.getEmailStatus(email)).subscriptionStatuses.map((s) => [s.name, s.status, s.sourceOfStatus]);
const unsubscribeAll = (email: string) => raw(`/communication-preferences/v4/statuses/${encodeURIComponent(email)}/unsubscribe-all?channel=EMAIL`, { method: 'POST' });

describe('definitionApi.getPage', () => {
  it('lists the three types every portal starts with, in the documented shape', async () => {
    const page = await api().definitionApi.getPage();
    expect(page.subscriptionDefinitions.map((d) => [d.name, d.purpose, d.isActive, d.isDefault])).toEqual([
      ['Marketing Information', 'Marketing', true, true],
      ['One to One', 'Sales', true, true],
      ['Customer Service Communication', 'Customer Service', true, true],
    ]);
    expect(page.subscriptionDefinitions[0]?.createdAt).toBeInstanceOf(Date);
    const body = await (await raw('/communication-preferences/v3/definitions')).json();
    expect(HubspotSubscriptionDefinitionsWire.parse(body).subscriptionDefinitions[0]?.id).toBe(MARKETING);
    const documented = docFixture('communication-preferences-v3-definitions.response.json') as { subscriptionDefinitions: Array<Record<string, unknown>> };
    const { businessUnitId: _brands, ...definition } = documented.subscriptionDefinitions[0]!;
    expect(shapeDifferences({ subscriptionDefinitions: [definition] }, body)).toEqual([]);
  });
});

describe('statusApi.getEmailStatus', () => {
  it('answers an address that never chose as subscribed to every type (no data-privacy settings), contact or not', async () => {
    expect(await statusesOf('nobody@acme.example')).toEqual([
      ['Marketing Information', 'SUBSCRIBED', 'SUBSCRIPTION_STATUS'],
      ['One to One', 'SUBSCRIBED', 'SUBSCRIPTION_STATUS'],
      ['Customer Service Communication', 'SUBSCRIBED', 'SUBSCRIPTION_STATUS'],
    ]);
  });

  it('answers every type NOT_SUBSCRIBED from PORTAL_WIDE_STATUS once the address opted out of all email, in the documented shape', async () => {
    await unsubscribeAll('ada@acme.example');
    expect(new Set((await statusesOf('ADA@acme.example')).map(([, status, source]) => `${status} ${source}`))).toEqual(new Set(['NOT_SUBSCRIBED PORTAL_WIDE_STATUS']));
    const body = await (await raw('/communication-preferences/v3/status/email/ada%40acme.example')).json();
    expect(HubspotSubscriptionStatusesWire.parse(body).recipient).toBe('ada@acme.example');
    const documented = docFixture('communication-preferences-v3-status.response.json') as { subscriptionStatuses: Array<Record<string, unknown>> };
    const { brandId: _b, legalBasis: _l, legalBasisExplanation: _e, preferenceGroupName: _p, ...status } = documented.subscriptionStatuses[0]!;
    expect(shapeDifferences({ ...documented, subscriptionStatuses: [status] }, body)).toEqual([]);
  });

  it('refuses what is not an email address with 400 VALIDATION_ERROR', async () => {
    expect(await sdkError(api().statusApi.getEmailStatus('not-an-address'))).toMatchObject({ code: 400, body: { category: 'VALIDATION_ERROR' } });
  });
});

describe('statusApi.unsubscribe', () => {
  it('unsubscribes one type, keeps the others, and never sets hs_email_optout (that is an opt-out of all email)', async () => {
    const id = sb.hubspot.state.records.create('contacts', { email: 'ada@acme.example' }, IMPORT).id;
    const answer = await api().statusApi.unsubscribe({ emailAddress: 'ada@acme.example', subscriptionId: MARKETING });
    expect(answer).toMatchObject({ id: MARKETING, status: 'NOT_SUBSCRIBED', sourceOfStatus: 'SUBSCRIPTION_STATUS' });
    expect((await statusesOf('ada@acme.example')).map(([, status]) => status)).toEqual(['NOT_SUBSCRIBED', 'SUBSCRIBED', 'SUBSCRIBED']);
    const contact = await sb.client().crm.contacts.basicApi.getById(id, ['hs_email_optout']);
    expect(contact.properties.hs_email_optout).toBeNull();
  });

  it('accepts the documented request and answers in the documented shape, keeping the legal basis', async () => {
    const request = { ...(docFixture('communication-preferences-v3-unsubscribe.request.json') as object), emailAddress: 'ada@acme.example', subscriptionId: ONE_TO_ONE };
    const res = await raw('/communication-preferences/v3/unsubscribe', { method: 'POST', body: request });
    const body = await res.json();
    expect(HubspotSubscriptionStatusWire.parse(body)).toMatchObject({ status: 'NOT_SUBSCRIBED', legalBasis: 'CONSENT_WITH_NOTICE' });
    const { brandId: _b, preferenceGroupName: _p, ...documented } = docFixture('communication-preferences-v3-unsubscribe.response.json') as Record<string, unknown>;
    expect(shapeDifferences(documented, body)).toEqual([]);
  });

  it('refuses an unknown subscription type and a second unsubscribe with 400 VALIDATION_ERROR', async () => {
    const unknown = await sdkError(api().statusApi.unsubscribe({ emailAddress: 'ada@acme.example', subscriptionId: '999' }));
    expect(unknown).toMatchObject({ code: 400, body: { category: 'VALIDATION_ERROR', errors: [{ in: 'subscriptionId' }] } });
    await api().statusApi.unsubscribe({ emailAddress: 'ada@acme.example', subscriptionId: MARKETING });
    const again = await sdkError(api().statusApi.unsubscribe({ emailAddress: 'ada@acme.example', subscriptionId: MARKETING }));
    expect(again).toMatchObject({ code: 400, body: { category: 'VALIDATION_ERROR', message: 'ada@acme.example is already unsubscribed from subscription 41213563' } });
  });

  it('refuses a body without subscriptionId, naming the field', async () => {
    const res = await raw('/communication-preferences/v3/unsubscribe', { method: 'POST', body: { emailAddress: 'ada@acme.example' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ category: 'VALIDATION_ERROR', errors: [{ in: 'subscriptionId', code: 'REQUIRED_FIELD' }] });
  });
});
