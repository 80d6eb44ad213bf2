import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PublicObjectSearchRequest } from '@hubspot/api-client/lib/codegen/crm/contacts/index.js';
import { sdkError, startHubspotSandbox, wireJson } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import { docFixture, shapeDifferences } from '../../support/hubspot-doc-fixtures.ts';

// The official SDK against POST /crm/v3/objects/{objectType}/search. The limits are raised so a
// test that pages 10,000 results never meets the 5-per-second search window (rate-limits.test.ts does).
let sb: StartedHubspotSandbox;
const IMPORT = { sourceType: 'IMPORT' };
const DAY = 86_400_000;
const T0 = Date.UTC(2025, 0, 1);

beforeAll(async () => {
  sb = await startHubspotSandbox({ rateLimit: { max: 10_000, windowMs: 10_000 }, searchPerSecond: 10_000 });
});
afterAll(() => sb.close());
beforeEach(() => sb.hubspot.reset());

function contact(values: Record<string, string>, daysAfterT0: number) {
  return sb.hubspot.state.records.create('contacts', values, IMPORT, { createdAt: T0 + daysAfterT0 * DAY, silent: true });
}

// The SDK types `sorts` as string[] and passes whatever it gets; HubSpot takes {propertyName, direction} objects.
const search = (request: Partial<Omit<PublicObjectSearchRequest, 'sorts'>> & { sorts?: unknown[] }) =>
  sb.client().crm.contacts.searchApi.doSearch(request as PublicObjectSearchRequest);

const eq = (propertyName: string, operator: string, extra: Record<string, unknown>) => ({ filters: [{ propertyName, operator, ...extra }] });

describe('filters', () => {
  beforeEach(() => {
    contact({ email: 'ada@hubspot.com', firstname: 'Ada', lastname: 'Lovelace', lifecyclestage: 'lead' }, 3);
    contact({ email: 'grace@navy.mil', firstname: 'Grace', lastname: 'Hopper', lifecyclestage: 'customer' }, 1);
    contact({ firstname: 'Alice', lastname: 'Smith' }, 2);
  });

  const namesOf = async (request: Parameters<typeof search>[0]) => (await search(request)).results.map((r) => r.properties.firstname);

  it('matches EQ case-insensitively and returns oldest-created first by default', async () => {
    expect(await namesOf({ filterGroups: [eq('firstname', 'EQ', { value: 'ADA' })] as never })).toEqual(['Ada']);
    expect(await namesOf({})).toEqual(['Grace', 'Alice', 'Ada']);
  });

  it('matches CONTAINS_TOKEN with a * wildcard, and IN with lowercase values', async () => {
    expect(await namesOf({ filterGroups: [eq('email', 'CONTAINS_TOKEN', { value: '*@hubspot.com' })] as never })).toEqual(['Ada']);
    expect(await namesOf({ filterGroups: [eq('lifecyclestage', 'IN', { values: ['lead', 'customer'] })] as never })).toEqual(['Grace', 'Ada']);
  });

  it('ANDs filters in a group and ORs groups; NOT_HAS_PROPERTY finds missing values', async () => {
    const names = await namesOf({
      filterGroups: [
        { filters: [{ propertyName: 'firstname', operator: 'EQ', value: 'Ada' }, { propertyName: 'lastname', operator: 'NEQ', value: 'Smith' }] },
        { filters: [{ propertyName: 'email', operator: 'NOT_HAS_PROPERTY' }] },
      ] as never,
    });
    expect(names).toEqual(['Alice', 'Ada']);
  });

  it('compares dates as instants, with epoch milliseconds or ISO values, and sorts on request', async () => {
    const between = eq('createdate', 'BETWEEN', { value: String(T0 + 1.5 * DAY), highValue: new Date(T0 + 3 * DAY).toISOString() });
    expect(await namesOf({ filterGroups: [between] as never, sorts: [{ propertyName: 'createdate', direction: 'DESCENDING' }] })).toEqual(['Ada', 'Alice']);
    expect(await namesOf({ sorts: ['firstname'] })).toEqual(['Ada', 'Alice', 'Grace']);
  });

  it('finds free text in the searchable properties and never returns archived records', async () => {
    expect(await namesOf({ query: 'hopper' })).toEqual(['Grace']);
    const ada = sb.hubspot.state.records.findByUnique('contacts', 'email', 'ada@hubspot.com')!;
    sb.hubspot.state.records.archive('contacts', ada.id, IMPORT);
    expect(await namesOf({ query: 'ada' })).toEqual([]);
  });

  it('returns the default properties when none are named', async () => {
    const [first] = (await search({ limit: 1 })).results;
    expect(Object.keys(first!.properties).sort()).toEqual(['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname']);
  });
});

describe('limits', () => {
  const filter = { propertyName: 'firstname', operator: 'EQ', value: 'x' };
  const groups = (count: number, perGroup: number) => Array.from({ length: count }, () => ({ filters: Array.from({ length: perGroup }, () => filter) }));

  it.each([
    ['six filter groups', groups(6, 1)],
    ['seven filters in a group', groups(1, 7)],
    ['nineteen filters in all', [...groups(3, 6), ...groups(1, 1)]],
  ])('refuses %s with 400 VALIDATION_ERROR', async (_name, filterGroups) => {
    const err = await sdkError(search({ filterGroups: filterGroups as never }));
    expect([err.code, err.body.category]).toEqual([400, 'VALIDATION_ERROR']);
  });

  it('refuses a body over 3,000 characters and a page over 200', async () => {
    expect((await sdkError(search({ query: 'x'.repeat(3000) }))).code).toBe(400);
    expect((await sdkError(search({ limit: 201 }))).code).toBe(400);
  });

  it('pages 200 at a time up to 10,000 results, then answers 400', async () => {
    for (let i = 0; i < 10_050; i++) contact({ email: `bulk${i}@example.com` }, i / 1000);
    let after: string | undefined = '0';
    let pages = 0;
    let total = 0;
    while (after !== undefined) {
      const page = await search({ limit: 200, after, properties: ['email'] });
      total = page.total;
      pages += 1;
      after = page.paging?.next?.after;
    }
    // The page that reaches the cap hands out no cursor: every cursor past it would be refused.
    expect([pages, total, after]).toEqual([50, 10_050, undefined]);
    const err = await sdkError(search({ limit: 200, after: '10000' }));
    expect([err.code, err.body.category]).toEqual([400, 'VALIDATION_ERROR']);
  });

  it('ends a page that would cross 10,000 at the cap, without a cursor', async () => {
    for (let i = 0; i < 10_050; i++) contact({ email: `bulk${i}@example.com` }, i / 1000);
    const page = await search({ limit: 200, after: '9900', properties: ['email'] });
    expect([page.results.length, page.total, page.paging]).toEqual([100, 10_050, undefined]);
  });

  it('refuses a limit of 0, which would hand back the same cursor forever', async () => {
    contact({ email: 'one@example.com' }, 0);
    const err = await sdkError(search({ limit: 0 }));
    expect([err.code, err.body.category]).toEqual([400, 'VALIDATION_ERROR']);
  });

  it('lets a caller read past 10,000 by restarting the window on hs_object_id', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => contact({ email: `w${i}@example.com` }, i).id);
    const window = await search({
      filterGroups: [eq('hs_object_id', 'GT', { value: ids[9] })] as never,
      sorts: [{ propertyName: 'hs_object_id', direction: 'ASCENDING' }], limit: 5,
    });
    expect([window.total, window.results.map((r) => r.id)]).toEqual([20, ids.slice(10, 15)]);
  });
});

describe('payload examples from the docs', () => {
  const post = async (path: string, body: unknown) => {
    const res = await sb.client().apiRequest({ method: 'POST', path, body });
    return { status: res.status, body: await wireJson(res) };
  };

  it('answers the documented email-domain search in the documented shape', async () => {
    contact({ email: 'testperson@hubspot.com', firstname: 'Test', lastname: 'Person' }, 0);
    contact({ email: 'emailmaria@hubspot.com', firstname: 'Maria', lastname: 'Johnson (Sample Contact)' }, 1);
    contact({ email: 'someone@else.com' }, 2);
    const { status, body } = await post('/crm/v3/objects/contacts/search', docFixture('search-contacts-by-email-domain.request.json'));
    expect([status, body.total]).toEqual([200, 2]);
    expect(shapeDifferences(docFixture('search-contacts-by-email-domain.response.json'), body)).toEqual([]);
  });

  it('answers the documented revenue search, paged after 10, in the documented shape', async () => {
    for (let i = 0; i < 12; i++) sb.hubspot.state.records.create('companies', { name: `Big ${i}`, annualrevenue: String(20_000_000 + i) }, IMPORT);
    sb.hubspot.state.records.create('companies', { name: 'Small', annualrevenue: '5000' }, IMPORT);
    const { body } = await post('/crm/v3/objects/companies/search', docFixture('search-companies-by-revenue.request.json'));
    expect([body.total, body.results.length, body.paging.next.after]).toEqual([12, 10, '10']);
    expect(shapeDifferences(docFixture('search-companies-by-revenue.response.json'), body)).toEqual([]);
  });

  it.each([
    ['search-tasks-modified-between', 'tasks'],
    ['search-contacts-or-groups', 'contacts'],
    ['search-contacts-sorted', 'contacts'],
  ])('accepts the documented request %s', async (fixture, type) => {
    const { status } = await post(`/crm/v3/objects/${type}/search`, docFixture(`${fixture}.request.json`));
    expect(status).toBe(200);
  });
});
