import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSalesforceSandbox, jsforceError } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// Upsert by external id through jsforce: created (201), updated (200), several matches (300), updateOnly.
let sb: StartedSalesforceSandbox;

beforeAll(async () => {
  sb = await startSalesforceSandbox();
});
afterAll(() => sb.close());

describe('upsert by external id', () => {
  it('creates when no record has the value, then updates the one that has it', async () => {
    const leads = sb.connection().sobject('Lead');
    const created = await leads.upsert({ RevOps_Id__c: 'rv-1', LastName: 'Hopper', Company: 'Navy' }, 'RevOps_Id__c');
    expect(created).toEqual({ id: expect.stringMatching(/^00Q/), success: true, errors: [], created: true });
    const updated = await leads.upsert({ RevOps_Id__c: 'rv-1', FirstName: 'Grace' }, 'RevOps_Id__c');
    expect(updated).toEqual({ id: (created as { id: string }).id, success: true, errors: [], created: false });
    expect(sb.salesforce.state.records.findByField('Lead', 'RevOps_Id__c', 'RV-1').map((r) => r.fields.Name)).toEqual(['Grace Hopper']);
  });

  it('answers 300 with the matching records when a non-unique external id matches several', async () => {
    const conn = sb.connection();
    const accounts = conn.sobject('Account');
    await accounts.create([{ Name: 'A', HubSpot_Company_Id__c: 'hs-9' }, { Name: 'B', HubSpot_Company_Id__c: 'hs-9' }]);
    const res = await fetch(`${sb.instanceUrl}/services/data/v62.0/sobjects/Account/HubSpot_Company_Id__c/hs-9`, {
      method: 'PATCH', headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ Phone: '1' }),
    });
    expect(res.status).toBe(300);
    const urls = (await res.json()) as string[];
    expect(urls).toHaveLength(2);
    expect(urls[0]).toMatch(/^\/services\/data\/v62\.0\/sobjects\/Account\/001/);
    const err = await jsforceError(accounts.upsert({ HubSpot_Company_Id__c: 'hs-9', Phone: '1' }, 'HubSpot_Company_Id__c'));
    expect(err).toMatchObject({ errorCode: 'MULTIPLE_CHOICES', data: urls });
  });

  it('with updateOnly=true refuses to create, and reads a record by its external id', async () => {
    const conn = sb.connection();
    const notFound = await fetch(`${sb.instanceUrl}/services/data/v62.0/sobjects/Contact/RevOps_Id__c/missing?updateOnly=true`, {
      method: 'PATCH', headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ LastName: 'X' }),
    });
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
    await conn.sobject('Contact').upsert({ RevOps_Id__c: 'c-1', LastName: 'Turing' }, 'RevOps_Id__c');
    const byExternal = await conn.request<{ LastName: string; Id: string }>('/sobjects/Contact/RevOps_Id__c/c-1?fields=Id,LastName');
    expect(byExternal).toMatchObject({ LastName: 'Turing', Id: expect.stringMatching(/^003/) });
  });

  it('refuses a field that is not an external id, and an unknown one', async () => {
    const leads = sb.connection().sobject('Lead');
    expect((await jsforceError(leads.upsert({ Title: 'x', LastName: 'Y', Company: 'Z' }, 'Title'))).errorCode).toBe('INVALID_FIELD');
    expect((await jsforceError(leads.upsert({ Nope__c: 'x', LastName: 'Y' }, 'Nope__c'))).errorCode).toBe('NOT_FOUND');
  });

  it('upserts a collection and says which records it created', async () => {
    const leads = sb.connection().sobject('Lead');
    const results = await leads.upsert([
      { RevOps_Id__c: 'rv-1', Title: 'Rear Admiral' },
      { RevOps_Id__c: 'rv-2', LastName: 'Johnson', Company: 'NASA' },
      { RevOps_Id__c: 'rv-3', LastName: 'Hamilton' },
    ], 'RevOps_Id__c');
    expect(results).toEqual([
      { id: expect.stringMatching(/^00Q/), success: true, errors: [], created: false },
      { id: expect.stringMatching(/^00Q/), success: true, errors: [], created: true },
      { success: false, errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [Company]', fields: ['Company'] }], created: false },
    ]);
  });
});
