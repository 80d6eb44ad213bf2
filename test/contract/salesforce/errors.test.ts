import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSalesforceSandbox, jsforceError } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// Bad input gets Salesforce's error array (JSON, never a stack trace), through jsforce and on the raw wire.
let sb: StartedSalesforceSandbox;

beforeAll(async () => {
  sb = await startSalesforceSandbox();
});
afterAll(() => sb.close());

async function raw(method: string, path: string, body?: string): Promise<{ status: number; type: string | null; json: unknown }> {
  const res = await fetch(`${sb.instanceUrl}/services/data/v62.0${path}`, {
    method, headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' }, body,
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), json: text ? JSON.parse(text) : undefined };
}

describe('errors in Salesforce\'s shape', () => {
  it('names each save error as Salesforce does', async () => {
    const leads = sb.connection().sobject('Lead');
    const cases: Array<[Record<string, unknown>, string, string[] | undefined]> = [
      [{ LastName: 'X' }, 'REQUIRED_FIELD_MISSING', ['Company']],
      [{ LastName: 'X', Company: 'C', Foo__c: 1 }, 'INVALID_FIELD', undefined],
      [{ LastName: 'X', Company: 'C', IsConverted: true }, 'INVALID_FIELD_FOR_INSERT_UPDATE', ['IsConverted']],
      [{ LastName: 'X', Company: 'C', Status: 'Maybe' }, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', ['Status']],
      [{ LastName: 'X', Company: 'C', Email: 'nope' }, 'INVALID_EMAIL_ADDRESS', ['Email']],
      [{ LastName: 'X', Company: 'C', OwnerId: 'abc' }, 'MALFORMED_ID', ['OwnerId']],
      [{ LastName: 'X', Company: 'C', OwnerId: '0055e000000ZZZZAA4' }, 'INVALID_CROSS_REFERENCE_KEY', ['OwnerId']],
      [{ LastName: 'X', Company: 'C', OwnerId: '001000000000000AAA' }, 'FIELD_INTEGRITY_EXCEPTION', ['OwnerId']],
      [{ LastName: 'X', Company: 'C', NumberOfEmployees: 'many' }, 'JSON_PARSER_ERROR', undefined],
      [{ LastName: 'x'.repeat(81), Company: 'C' }, 'STRING_TOO_LONG', ['LastName']],
    ];
    for (const [record, code, fields] of cases) {
      const err = await jsforceError(leads.create(record));
      expect(err.errorCode, JSON.stringify(record)).toBe(code);
      if (fields) {
        const answer = await raw('POST', '/sobjects/Lead', JSON.stringify(record));
        expect(answer.json).toEqual([{ message: expect.any(String), errorCode: code, fields }]);
      }
    }
  });

  it('refuses duplicate unique values and updates of a deleted record', async () => {
    const leads = sb.connection().sobject('Lead');
    await leads.create({ LastName: 'U', Company: 'C', RevOps_Id__c: 'same' });
    expect((await jsforceError(leads.create({ LastName: 'V', Company: 'C', RevOps_Id__c: 'SAME' }))).errorCode).toBe('DUPLICATE_VALUE');
    const gone = (await leads.create({ LastName: 'W', Company: 'C' })) as { id: string };
    await leads.destroy(gone.id);
    const answer = await raw('PATCH', `/sobjects/Lead/${gone.id}`, JSON.stringify({ Title: 'x' }));
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual([{ message: 'entity is deleted', errorCode: 'ENTITY_IS_DELETED', fields: [] }]);
  });

  it('answers unparseable JSON and wrong body shapes with JSON_PARSER_ERROR, never a stack trace', async () => {
    for (const [method, path, body] of [
      ['POST', '/sobjects/Lead', '{"LastName": '],
      ['POST', '/sobjects/Lead', '[1,2]'],
      ['POST', '/composite/sobjects', '{"records": 5}'],
      ['PATCH', '/composite/sobjects/Lead/RevOps_Id__c', '"x"'],
    ] as const) {
      const answer = await raw(method, path, body);
      expect(answer.status, `${method} ${path} ${body}`).toBe(400);
      expect(answer.type).toMatch(/^application\/json/);
      expect(answer.json).toEqual([expect.objectContaining({ errorCode: 'JSON_PARSER_ERROR', message: expect.not.stringMatching(/\bat .*\.ts:\d+/) })]);
    }
  });

  it('answers unknown paths, objects, versions and record ids with 404 NOT_FOUND', async () => {
    expect(await raw('GET', '/sobjects/Nope')).toMatchObject({ status: 404, json: [{ errorCode: 'NOT_FOUND' }] });
    expect(await raw('GET', '/sobjects/Lead/not-an-id')).toMatchObject({ status: 404, json: [{ errorCode: 'NOT_FOUND' }] });
    const unknownVersion = await fetch(`${sb.instanceUrl}/services/data/v99.0/sobjects`, { headers: { authorization: `Bearer ${sb.token}` } });
    expect(unknownVersion.status).toBe(404);
    expect(await unknownVersion.json()).toEqual([{ errorCode: 'NOT_FOUND', message: 'The requested resource does not exist' }]);
    const conn = sb.connection();
    expect((await jsforceError(conn.sobject('Lead').retrieve('00Q5e0000000999EAA', { fields: ['Bogus'] }))).errorCode).toBe('NOT_FOUND');
    const lead = (await conn.sobject('Lead').create({ LastName: 'F', Company: 'C' })) as { id: string };
    expect((await jsforceError(conn.sobject('Lead').retrieve(lead.id, { fields: ['Bogus'] }))).errorCode).toBe('INVALID_FIELD');
  });

  it('answers a retired API version (7.0–30.0) with 410 GONE, through jsforce as errorCode GONE', async () => {
    for (const version of ['v9.0', 'v30.0']) {
      const res = await fetch(`${sb.instanceUrl}/services/data/${version}/sobjects`, { headers: { authorization: `Bearer ${sb.token}` } });
      expect(res.status, version).toBe(410);
      expect(await res.json()).toEqual([{ errorCode: 'GONE', message: expect.any(String) }]);
    }
    const error = await jsforceError(sb.connection({ version: '30.0' }).query('SELECT Id FROM Lead'));
    expect(error.errorCode).toBe('GONE');
    expect((await fetch(`${sb.instanceUrl}/services/data/v31.0/sobjects`, { headers: { authorization: `Bearer ${sb.token}` } })).status).toBe(200);
  });

  it('answers a missing or unknown session with 401 INVALID_SESSION_ID', async () => {
    const res = await fetch(`${sb.instanceUrl}/services/data/v62.0/sobjects/Lead/describe`, { headers: { authorization: 'Bearer nope' } });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
  });
});
