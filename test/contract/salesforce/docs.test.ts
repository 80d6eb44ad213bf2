import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import { salesforceDocFixture, salesforceDocObject, shapeDifferences, withIds } from '../../support/salesforce-doc-fixtures.ts';

// Payload examples from Salesforce's docs (fixtures/salesforce/docs): the sandbox accepts the documented
// requests and answers in the documented shapes (the same keys, recursively).
let sb: StartedSalesforceSandbox;

beforeAll(async () => {
  sb = await startSalesforceSandbox();
});
afterAll(() => sb.close());

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${sb.instanceUrl}/services/data/v62.0${path}`, {
    method, headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : undefined };
}

type CollectionAnswer = Array<{ errors: Array<{ statusCode: string; message: string }> }>;

function codesAndMessages(answer: CollectionAnswer): Array<Array<{ statusCode: string; message: string }>> {
  return answer.map((r) => r.errors.map(({ statusCode, message }) => ({ statusCode, message })));
}

function renameKey(body: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  return JSON.parse(JSON.stringify(body).replaceAll(`"${from}"`, `"${to}"`)) as Record<string, unknown>;
}

describe('documented payloads', () => {
  it('create, retrieve with fields, update', async () => {
    const created = await call('POST', '/sobjects/Account', salesforceDocFixture('sobject-create.request.json'));
    expect(created.status).toBe(201);
    expect(shapeDifferences(salesforceDocFixture('sobject-create.response.json'), created.json)).toEqual([]);
    const { id } = created.json as { id: string };
    expect((await call('PATCH', `/sobjects/Account/${id}`, { AccountNumber: 'CD656092', BillingPostalCode: '27215' })).status).toBe(204);
    const read = await call('GET', `/sobjects/Account/${id}?fields=AccountNumber,BillingPostalCode`);
    expect(shapeDifferences(salesforceDocFixture('sobject-retrieve.response.json'), read.json)).toEqual([]);
    expect(read.json).toMatchObject({ AccountNumber: 'CD656092', BillingPostalCode: '27215' });
    const updated = await call('PATCH', `/sobjects/Account/${id}`, salesforceDocFixture('sobject-update.request.json'));
    expect(updated).toEqual({ status: 204, json: undefined });
  });

  it('upsert by external id: created, then updated', async () => {
    const body = salesforceDocFixture('sobject-upsert.request.json');
    const first = await call('PATCH', '/sobjects/Account/HubSpot_Company_Id__c/11999', body);
    expect(first.status).toBe(201);
    expect(shapeDifferences(salesforceDocFixture('sobject-upsert-created.response.json'), first.json)).toEqual([]);
    const second = await call('PATCH', '/sobjects/Account/HubSpot_Company_Id__c/11999', body);
    expect(second.status).toBe(200);
    expect(second.json).toEqual({ ...(salesforceDocFixture('sobject-upsert-updated.response.json') as object), id: (first.json as { id: string }).id });
  });

  it('collections: create, update, retrieve, upsert, delete', async () => {
    const created = await call('POST', '/composite/sobjects', salesforceDocFixture('collections-create.request.json'));
    expect(created.status).toBe(200);
    expect(shapeDifferences(salesforceDocFixture('collections-create.response.json'), created.json)).toEqual([]);
    const [account, contact] = (created.json as Array<{ id: string }>).map((r) => r.id);

    const update = withIds(salesforceDocObject('collections-update.request.json'), { '001xx000003DGb2AAG': account!, '003xx000004TmiQAAS': contact! });
    const updated = await call('PATCH', '/composite/sobjects', update);
    expect(shapeDifferences(salesforceDocFixture('collections-update.response.json'), updated.json)).toEqual([]);
    expect(sb.salesforce.state.records.get(contact!)?.fields.Title).toBe('Lead Engineer');

    const retrieve = withIds(salesforceDocObject('collections-retrieve.request.json'), { '001xx000003DGb1AAG': account! });
    const got = await call('POST', '/composite/sobjects/Account', retrieve);
    expect(shapeDifferences(salesforceDocFixture('collections-retrieve.response.json'), got.json)).toEqual([]);
    expect(got.json).toEqual([expect.objectContaining({ Id: account, Name: 'example.com' }), null, null]);

    await call('POST', '/sobjects/Account', { Name: 'Existing', HubSpot_Company_Id__c: 'BBB' });
    const upsert = renameKey(salesforceDocObject('collections-upsert.request.json'), 'MyExtId__c', 'HubSpot_Company_Id__c');
    const upserted = await call('PATCH', '/composite/sobjects/Account/HubSpot_Company_Id__c', upsert);
    expect(shapeDifferences(salesforceDocFixture('collections-upsert.response.json'), upserted.json)).toEqual([]);
    expect((upserted.json as Array<{ created: boolean }>).map((r) => r.created)).toEqual([true, false]);

    const deleted = await call('DELETE', `/composite/sobjects?ids=${account},${contact}&allOrNone=false`);
    expect(shapeDifferences(salesforceDocFixture('collections-delete.response.json'), deleted.json)).toEqual([]);
  });

  it('an all-or-none create that fails answers as the documented example', async () => {
    const dup = await startSalesforceSandbox({ duplicateRule: { enabled: true } });
    try {
      await dup.salesforce.state.records.insert('Lead', { LastName: 'Original', Company: 'C', Email: 'same@example.com' }, dup.salesforce.state.adminUserId);
      const res = await fetch(`${dup.instanceUrl}/services/data/v62.0/composite/sobjects`, {
        method: 'POST', headers: { authorization: `Bearer ${dup.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ allOrNone: true, records: [
          { attributes: { type: 'Lead' }, LastName: 'Copy', Company: 'C', Email: 'same@example.com' },
          { attributes: { type: 'Lead' }, LastName: 'Fine', Company: 'C' },
        ] }),
      });
      const documented = salesforceDocFixture('collections-create-rolled-back.response.json');
      const answer = (await res.json()) as CollectionAnswer;
      expect(shapeDifferences(documented, answer, ['[].errors[].duplicateResult'])).toEqual([]);
      expect(codesAndMessages(answer)).toEqual(codesAndMessages(documented as CollectionAnswer));
    } finally {
      await dup.close();
    }
  });

  it('a query answers a first page as the documented example: totalSize, done false, nextRecordsUrl, records with attributes', async () => {
    const paged = await startSalesforceSandbox({ queryBatchSize: 2 });
    try {
      for (const LastName of ['Smith', 'Jones', 'Brown']) {
        await paged.salesforce.state.records.insert('Contact', { FirstName: 'John', LastName }, paged.salesforce.state.adminUserId);
      }
      const res = await fetch(`${paged.instanceUrl}/services/data/v62.0/query?q=${encodeURIComponent('SELECT Id, Name FROM Contact')}`, {
        headers: { authorization: `Bearer ${paged.token}` },
      });
      const page = (await res.json()) as { totalSize: number; done: boolean; nextRecordsUrl: string; records: unknown[] };
      expect(shapeDifferences(salesforceDocFixture('query.response.json'), page)).toEqual([]);
      expect(page).toMatchObject({ totalSize: 3, done: false, nextRecordsUrl: expect.stringMatching(/^\/services\/data\/v62\.0\/query\/01g\w+-2$/) });
      expect(page.records).toHaveLength(2);
    } finally {
      await paged.close();
    }
  });

  it('describe global, describe and the required-field error', async () => {
    const global = await call('GET', '/sobjects');
    const documentedGlobal = salesforceDocFixture('describe-global.response.json');
    const extraGlobal = ['associateEntityType', 'associateParentEntity', 'deepCloneable', 'hasSubtypes', 'isInterface', 'isSubtype']
      .map((k) => `sobjects[].${k}`).concat(['compactLayouts', 'approvalLayouts', 'defaultValues', 'listviews', 'quickActions', 'layouts'].map((k) => `sobjects[].urls.${k}`));
    expect(shapeDifferences(documentedGlobal, global.json, extraGlobal)).toEqual([]);

    const account = await call('GET', '/sobjects/Account/describe');
    const extraDescribe = [
      'associateEntityType', 'associateParentEntity', 'deepCloneable', 'defaultImplementation', 'extendedBy', 'extendsInterfaces', 'hasSubtypes',
      'implementedBy', 'implementsInterfaces', 'isInterface', 'isSubtype', 'sobjectDescribeOption', 'urls.defaultValues',
      'fields[].aiPredictionField', 'fields[].compoundFieldName', 'fields[].formulaTreatNullNumberAsZero', 'fields[].polymorphicForeignKey',
      'fields[].searchPrefilterable',
    ];
    expect(shapeDifferences(salesforceDocFixture('sobject-describe.response.json'), account.json, extraDescribe)).toEqual([]);
    expect((account.json as { childRelationships: Array<{ field: string; childSObject: string; cascadeDelete: boolean }> }).childRelationships)
      .toContainEqual(expect.objectContaining({ childSObject: 'Contact', field: 'AccountId', cascadeDelete: true, relationshipName: 'Contacts' }));

    const missing = await call('POST', '/sobjects/Lead', { Company: 'C' });
    expect(missing).toEqual({ status: 400, json: salesforceDocFixture('error-required-field.response.json') });
  });
});
