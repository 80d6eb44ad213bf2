import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdkError, startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import { HubspotOwnerPageWire } from '../../../connectors/hubspot/wire/owners.ts';
import { docFixture, shapeDifferences } from '../../support/hubspot-doc-fixtures.ts';

// The official SDK's client.crm.owners.ownersApi against the sandbox.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/owners/guide

let sandbox: StartedHubspotSandbox;
const ids: Record<string, string> = {};
beforeAll(async () => {
  sandbox = await startHubspotSandbox();
  const owners = sandbox.hubspot.state.owners.seed([
    { email: 'ada@demo.example', firstName: 'Ada', lastName: 'Lovelace', teams: [{ id: '368389', name: 'Sales Team', primary: true }] },
    { email: 'grace@demo.example', firstName: 'Grace', lastName: 'Hopper' },
    { email: 'linus@demo.example', firstName: 'Linus', lastName: 'Pauling' },
    { email: null, firstName: 'Inbound', lastName: 'Queue', type: 'QUEUE' },
    { email: 'gone@demo.example', firstName: 'Former', lastName: 'Rep', archived: true },
  ]);
  for (const owner of owners) ids[owner.firstName] = owner.id;
});
afterAll(() => sandbox.close());


describe('ownersApi.getPage', () => {
  it('lists live owners (default limit 100) with no paging on the last page', async () => {
    const page = await sandbox.client().crm.owners.ownersApi.getPage();
    expect(page.results.map((o) => o.firstName)).toEqual(['Ada', 'Grace', 'Linus', 'Inbound']);
    expect(page.paging).toBeUndefined();
    const ada = page.results[0]!;
    expect(ada).toMatchObject({ email: 'ada@demo.example', type: 'PERSON', archived: false, teams: [{ id: '368389', name: 'Sales Team', primary: true }] });
    expect(ada.userId).toEqual(expect.any(Number));
    expect(ada.createdAt).toBeInstanceOf(Date);
    expect(page.results[3]?.type).toBe('QUEUE');
    expect(page.results[3]?.userId).toBeUndefined();
  });

  it('pages with limit and after until paging is gone', async () => {
    const api = sandbox.client().crm.owners.ownersApi;
    const first = await api.getPage(undefined, undefined, 3);
    expect(first.results).toHaveLength(3);
    expect(first.paging?.next?.link).toContain('/crm/v3/owners/?after=');
    const second = await api.getPage(undefined, first.paging!.next!.after, 3);
    expect(second.results.map((o) => o.firstName)).toEqual(['Inbound']);
    expect(second.paging).toBeUndefined();
  });

  it('filters by email and lists deactivated owners only with archived=true', async () => {
    const api = sandbox.client().crm.owners.ownersApi;
    expect((await api.getPage('GRACE@demo.example')).results.map((o) => o.id)).toEqual([ids.Grace]);
    const archived = await api.getPage(undefined, undefined, 100, true);
    expect(archived.results.map((o) => o.firstName)).toEqual(['Former']);
    expect(archived.results[0]?.archived).toBe(true);
    expect(archived.results[0]?.userId).toBeUndefined();
    expect(archived.results[0]!.userIdIncludingInactive).toEqual(expect.any(Number));
  });

  it('serves the path without the SDK\'s trailing slash too, in the connector\'s wire shape', async () => {
    const response = await fetch(`${sandbox.baseUrl}/crm/v3/owners?limit=2`, { headers: { authorization: `Bearer ${sandbox.token}` } });
    expect(response.status).toBe(200);
    const parsed = HubspotOwnerPageWire.parse(await response.json());
    expect(parsed.paging?.next?.after).toBe(ids.Grace);
  });

  it('pages in the documented shape', async () => {
    const response = await fetch(`${sandbox.baseUrl}/crm/v3/owners/?limit=1`, { headers: { authorization: `Bearer ${sandbox.token}` } });
    expect(shapeDifferences(docFixture('owners-get-page.response.json'), await response.json())).toEqual([]);
  });

  it('refuses a non-numeric limit with 400 and a missing token with 401', async () => {
    const bad = await fetch(`${sandbox.baseUrl}/crm/v3/owners/?limit=lots`, { headers: { authorization: `Bearer ${sandbox.token}` } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ category: 'VALIDATION_ERROR' });
    const anonymous = await fetch(`${sandbox.baseUrl}/crm/v3/owners/`);
    expect(anonymous.status).toBe(401);
  });

  it('names the query parameter it refuses instead of calling it input JSON', async () => {
    const bad = await fetch(`${sandbox.baseUrl}/crm/v3/owners/?limit=lots`, { headers: { authorization: `Bearer ${sandbox.token}` } });
    const body = await bad.json() as { message: string; errors: Array<{ in?: string }> };
    expect(body.message).toMatch(/^Invalid query parameter limit: /);
    expect(body.errors[0]?.in).toBe('limit');
  });
});

describe('ownersApi.getById', () => {
  it('finds an owner by owner id or by user id', async () => {
    const api = sandbox.client().crm.owners.ownersApi;
    const ada = await api.getById(Number(ids.Ada));
    expect(ada.email).toBe('ada@demo.example');
    const byUser = await api.getById(ada.userId!, 'userId');
    expect(byUser.id).toBe(ids.Ada);
  });

  it('answers 404 for an unknown owner, and for an archived one unless archived=true', async () => {
    const api = sandbox.client().crm.owners.ownersApi;
    expect(await sdkError(api.getById(1))).toMatchObject({ code: 404, body: { category: 'OBJECT_NOT_FOUND' } });
    expect((await sdkError(api.getById(Number(ids.Former)))).code).toBe(404);
    expect((await api.getById(Number(ids.Former), 'id', true)).archived).toBe(true);
  });
});
