import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/associations/v4/index.js';
import { sdkError, startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import { docFixture, shapeDifferences, withIds } from '../../support/hubspot-doc-fixtures.ts';

// Associations v4 (/crm/v4/objects/... and /crm/v4/associations/.../batch/...) through the official SDK.
// The SDK names the wire field `from` as `_from` in its models (a reserved word in its generator).
let sb: StartedHubspotSandbox;
const IMPORT = { sourceType: 'IMPORT' };
const HUBSPOT_DEFINED = 'HUBSPOT_DEFINED' as AssociationSpecAssociationCategoryEnum;

beforeAll(async () => {
  sb = await startHubspotSandbox({ rateLimit: { max: 10_000, windowMs: 10_000 } });
});
afterAll(() => sb.close());
beforeEach(() => sb.hubspot.reset());

const v4 = () => sb.client().crm.associations.v4;
const contact = (email: string) => sb.hubspot.state.records.create('contacts', { email }, IMPORT).id;
const company = (name: string) => sb.hubspot.state.records.create('companies', { name }, IMPORT).id;
const typesOf = (page: { results: Array<{ toObjectId: unknown; associationTypes: Array<{ typeId: number; label?: string | null }> }> }) =>
  page.results.map((r) => [String(r.toObjectId), r.associationTypes.map((t) => t.typeId)]);

describe('one record at a time', () => {
  it('creates the default association with 200, answering both directions', async () => {
    const [ada, acme] = [contact('ada@acme.com'), company('Acme')];
    const answer = await v4().basicApi.createDefault('contacts', ada, 'companies', acme);
    expect(answer.results.map((r) => [r._from.id, r.to.id, r.associationSpec.associationTypeId])).toEqual([[ada, acme, 279], [acme, ada, 280]]);
  });

  it('labels a primary company with 201, and reads it back from both sides', async () => {
    const [ada, acme] = [contact('ada@acme.com'), company('Acme')];
    const labels = await v4().basicApi.create('contact', ada, 'company', acme, [{ associationCategory: HUBSPOT_DEFINED, associationTypeId: 1 }]);
    expect(labels).toMatchObject({ fromObjectTypeId: '0-1', fromObjectId: Number(ada), toObjectTypeId: '0-2', toObjectId: Number(acme), labels: ['Primary'] });
    expect(typesOf(await v4().basicApi.getPage('contacts', ada, 'companies'))).toEqual([[acme, [1, 279]]]);
    expect(typesOf(await v4().basicApi.getPage('0-2', acme, '0-1'))).toEqual([[ada, [2, 280]]]);
  });

  it('keeps one primary company per contact: a new primary demotes the old one', async () => {
    const [ada, acme, globex] = [contact('ada@acme.com'), company('Acme'), company('Globex')];
    const primary = [{ associationCategory: HUBSPOT_DEFINED, associationTypeId: 1 }];
    await v4().basicApi.create('contacts', ada, 'companies', acme, primary);
    await v4().basicApi.create('contacts', ada, 'companies', globex, primary);
    expect(typesOf(await v4().basicApi.getPage('contacts', ada, 'companies'))).toEqual([[acme, [279]], [globex, [1, 279]]]);
  });

  it('pages with limit and after, and archives with 204', async () => {
    const ada = contact('ada@acme.com');
    const companies = ['A', 'B', 'C'].map(company);
    for (const id of companies) await v4().basicApi.createDefault('contacts', ada, 'companies', id);
    const first = await v4().basicApi.getPage('contacts', ada, 'companies', undefined, 2);
    const second = await v4().basicApi.getPage('contacts', ada, 'companies', first.paging!.next!.after, 2);
    expect([...typesOf(first), ...typesOf(second)].map(([id]) => id)).toEqual(companies);
    expect(second.paging).toBeUndefined();
    await v4().basicApi.archive('contacts', ada, 'companies', companies[0]!);
    expect(typesOf(await v4().basicApi.getPage('contacts', ada, 'companies')).map(([id]) => id)).toEqual(companies.slice(1));
  });

  it('refuses a type that does not join the two objects, and a missing record', async () => {
    const [ada, acme] = [contact('ada@acme.com'), company('Acme')];
    expect((await sdkError(v4().basicApi.create('contacts', ada, 'companies', acme, [{ associationCategory: HUBSPOT_DEFINED, associationTypeId: 3 }]))).code).toBe(400);
    expect((await sdkError(v4().basicApi.createDefault('contacts', ada, 'companies', '999999'))).code).toBe(404);
  });
});

describe('in bulk', () => {
  it('creates labels with 201 (207 when a record is missing), reads them, and archives them', async () => {
    const [ada, bob, acme] = [contact('ada@acme.com'), contact('bob@acme.com'), company('Acme')];
    const created = await v4().batchApi.create('contacts', 'companies', {
      inputs: [ada, bob, '999999'].map((id) => ({ _from: { id }, to: { id: acme }, types: [{ associationCategory: HUBSPOT_DEFINED, associationTypeId: 279 }] })),
    });
    expect(created.results).toHaveLength(2);
    expect('numErrors' in created && created.numErrors).toBe(1);
    const read = await v4().batchApi.getPage('contacts', 'companies', { inputs: [{ id: ada }, { id: bob }] });
    expect(read.results.map((r) => [r._from.id, r.to.map((t) => String(t.toObjectId))])).toEqual([[ada, [acme]], [bob, [acme]]]);
    await v4().batchApi.archive('contacts', 'companies', { inputs: [{ _from: { id: ada }, to: [{ id: acme }] }] });
    const after = await v4().batchApi.getPage('contacts', 'companies', { inputs: [{ id: ada }, { id: bob }] });
    expect(after.results.map((r) => r._from.id)).toEqual([bob]);
    expect('errors' in after && after.errors?.[0]?.context).toEqual({ fromObjectId: [ada] });
  });

  it('associates default pairs with 200', async () => {
    const [ada, acme] = [contact('ada@acme.com'), company('Acme')];
    const answer = await v4().batchApi.createDefault('contacts', 'companies', { inputs: [{ _from: { id: ada }, to: { id: acme } }] });
    expect(answer.results).toHaveLength(2);
    expect(sb.hubspot.state.associations.typesBetween('companies', acme, 'contacts', ada)).toEqual([280]);
  });

  it('shows associations on a v3 record read', async () => {
    const [ada, acme] = [contact('ada@acme.com'), company('Acme')];
    await v4().basicApi.create('contacts', ada, 'companies', acme, [{ associationCategory: HUBSPOT_DEFINED, associationTypeId: 1 }]);
    const read = await sb.client().crm.contacts.basicApi.getById(ada, undefined, undefined, ['companies']);
    expect(read.associations?.companies?.results).toEqual([{ id: acme, type: 'contact_to_company' }, { id: acme, type: 'contact_to_company_unlabeled' }]);
  });
});

describe('payload examples from the docs', () => {
  const request = async (method: string, path: string, body?: unknown) => {
    const res = await sb.client().apiRequest({ method, path, body });
    return { status: res.status, body: res.status === 204 ? undefined : await res.json() };
  };

  it('answers the documented single-record calls in the documented shapes', async () => {
    const [ada, acme] = [contact('ada@acme.com'), company('Acme')];
    const byDefault = await request('PUT', `/crm/v4/objects/contact/${ada}/associations/default/company/${acme}`);
    expect(shapeDifferences(docFixture('associations-v4-create-default.response.json'), byDefault.body)).toEqual([]);
    const labeled = await request('PUT', `/crm/v4/objects/contact/${ada}/associations/company/${acme}`, docFixture('associations-v4-create-labeled.request.json'));
    expect(labeled.status).toBe(201);
    expect(shapeDifferences(docFixture('associations-v4-create-labeled.response.json'), labeled.body)).toEqual([]);
    const page = await request('GET', `/crm/v4/objects/contact/${ada}/associations/company`);
    expect(shapeDifferences(docFixture('associations-v4-get-page.response.json'), page.body)).toEqual([]);
  });

  it('accepts the documented batch bodies and answers batch read in the documented shape', async () => {
    const ids = { 12345: contact('a@x.com'), 49475850: contact('b@x.com'), 304958: contact('c@x.com'), 56678: company('A'), 2049585: company('B'), 204959: company('C') };
    expect((await request('POST', '/crm/v4/associations/contacts/companies/batch/associate/default', withIds(docFixture('associations-v4-batch-default.request.json'), ids))).status).toBe(200);
    const read = await request('POST', '/crm/v4/associations/contacts/companies/batch/read', withIds(docFixture('associations-v4-batch-read.request.json'), { 33451: ids[12345], 29851: ids[49475850] }));
    expect(read.status).toBe(200);
    expect(shapeDifferences(docFixture('associations-v4-batch-read.response.json'), read.body)).toEqual([]);
    const archive = withIds(docFixture('associations-v4-batch-archive.request.json'), { 12345: ids[12345], 67891: ids[56678], 9876: ids[49475850], 54321: ids[2049585] });
    expect((await request('POST', '/crm/v4/associations/contacts/companies/batch/archive', archive)).status).toBe(204);
    expect(sb.hubspot.state.associations.list('contacts', ids[12345], 'companies')).toEqual([]);
  });
});
