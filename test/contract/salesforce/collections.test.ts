import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSalesforceSandbox, jsforceError } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// sObject Collections through jsforce (arrays at version ≥ 42): results in input order, allOrNone false and true.
let sb: StartedSalesforceSandbox;

beforeAll(async () => {
  sb = await startSalesforceSandbox();
});
afterAll(() => sb.close());

const ROLLED_BACK = {
  statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
  message: 'Record rolled back because not all records were valid and the request was using AllOrNone header',
  fields: [],
};

describe('sObject Collections', () => {
  it('creates with a partial failure: the good records are saved, the bad one carries its error, in input order', async () => {
    const before = sb.salesforce.state.records.count('Lead');
    const results = await sb.connection().sobject('Lead').create([
      { LastName: 'One', Company: 'C1' },
      { LastName: 'Two' },
      { LastName: 'Three', Company: 'C3', Email: 'not-an-email' },
      { LastName: 'Four', Company: 'C4' },
    ]);
    expect(results).toEqual([
      { id: expect.stringMatching(/^00Q/), success: true, errors: [] },
      { success: false, errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [Company]', fields: ['Company'] }] },
      { success: false, errors: [{ statusCode: 'INVALID_EMAIL_ADDRESS', message: 'Email: invalid email address: not-an-email', fields: ['Email'] }] },
      { id: expect.stringMatching(/^00Q/), success: true, errors: [] },
    ]);
    expect(sb.salesforce.state.records.count('Lead')).toBe(before + 2);
  });

  it('rolls everything back with allOrNone: failed entries keep their errors, the others say ALL_OR_NONE_OPERATION_ROLLED_BACK', async () => {
    const before = sb.salesforce.state.records.count('Account');
    const results = await sb.connection().sobject('Account').create([{ Name: 'Kept?' }, { Industry: 'Technology' }, { Name: 'Kept too?' }], { allOrNone: true });
    expect(results).toEqual([
      { success: false, errors: [ROLLED_BACK] },
      { success: false, errors: [{ statusCode: 'REQUIRED_FIELD_MISSING', message: 'Required fields are missing: [Name]', fields: ['Name'] }] },
      { success: false, errors: [ROLLED_BACK] },
    ]);
    expect(sb.salesforce.state.records.count('Account')).toBe(before);
  });

  it('updates and deletes collections, rolling back updates with allOrNone', async () => {
    const contacts = sb.connection().sobject('Contact');
    const created = await contacts.create([{ LastName: 'A' }, { LastName: 'B' }, { LastName: 'C' }]);
    const [a, b, c] = created.map((r) => r.id!);
    const rolledBack = await contacts.update([{ Id: a!, Title: 'CEO' }, { Id: b!, Email: 'bad' }], { allOrNone: true });
    expect(rolledBack).toEqual([
      { id: a, success: false, errors: [ROLLED_BACK] },
      { id: b, success: false, errors: [{ statusCode: 'INVALID_EMAIL_ADDRESS', message: 'Email: invalid email address: bad', fields: ['Email'] }] },
    ]);
    expect(sb.salesforce.state.records.get(a!)?.fields.Title).toBeNull();
    const partial = await contacts.update([{ Id: a!, Title: 'CEO' }, { Id: '003000000000000AAA', Title: 'x' }]);
    expect(partial[0]).toEqual({ id: a, success: true, errors: [] });
    expect(partial[1]).toMatchObject({ success: false, errors: [{ statusCode: 'INVALID_CROSS_REFERENCE_KEY' }] });
    expect(sb.salesforce.state.records.get(a!)?.fields.Title).toBe('CEO');

    const deleted = await contacts.destroy([b!, c!]);
    expect(deleted).toEqual([{ id: b, success: true, errors: [] }, { id: c, success: true, errors: [] }]);
    const again = await contacts.destroy([b!, a!], { allOrNone: true });
    expect(again).toEqual([
      { id: b, success: false, errors: [{ statusCode: 'ENTITY_IS_DELETED', message: 'entity is deleted', fields: [] }] },
      { id: a, success: false, errors: [ROLLED_BACK] },
    ]);
    expect(sb.salesforce.state.records.get(a!)).toBeDefined();
  });

  it('deletes with allOrNone=false id by id: a record already deleted, one never there and a malformed id each get their own error', async () => {
    const contacts = sb.connection().sobject('Contact');
    const [live, gone] = (await contacts.create([{ LastName: 'Live' }, { LastName: 'Gone' }])).map((r) => r.id!);
    await contacts.destroy([gone!]);
    const res = await fetch(`${sb.instanceUrl}/services/data/v62.0/composite/sobjects?ids=${live},${gone},003000000000000AAA,nope&allOrNone=false`, {
      method: 'DELETE', headers: { Authorization: `Bearer ${sb.token}` },
    });
    expect(res.status).toBe(200);
    const results = (await res.json()) as Array<{ id?: string; success: boolean; errors: Array<{ statusCode: string }> }>;
    expect(results.map((r) => [r.success, r.errors[0]?.statusCode])).toEqual([
      [true, undefined], [false, 'ENTITY_IS_DELETED'], [false, 'INVALID_CROSS_REFERENCE_KEY'], [false, 'MALFORMED_ID'],
    ]);
    expect(results[0]?.id).toBe(live);
  });

  it('retrieves up to 2,000 ids in order, null for ids the org does not have', async () => {
    const conn = sb.connection();
    const [x, y] = (await conn.sobject('Account').create([{ Name: 'X' }, { Name: 'Y' }])).map((r) => r.id!);
    const got = await conn.sobject('Account').retrieve([y!, '001000000000000AAA', x!], { fields: ['Id', 'Name'] });
    expect(got).toEqual([
      { attributes: { type: 'Account', url: `/services/data/v62.0/sobjects/Account/${y}` }, Id: y, Name: 'Y' },
      null,
      { attributes: { type: 'Account', url: `/services/data/v62.0/sobjects/Account/${x}` }, Id: x, Name: 'X' },
    ]);
    // Without fields jsforce describes first and asks for every field.
    const [full] = await conn.sobject('Account').retrieve([x!]);
    expect(full).toMatchObject({ Name: 'X', IsDeleted: false, OwnerId: sb.salesforce.state.adminUserId });
  });

  it('refuses more than 200 records in one call', async () => {
    const many = Array.from({ length: 201 }, (_, i) => ({ LastName: `L${i}`, Company: 'C' }));
    const err = await jsforceError(sb.connection().sobject('Lead').create(many));
    expect(err.errorCode).toBe('EXCEEDED_ID_LIMIT');
  });

  it('fails the whole request with JSON_PARSER_ERROR when a value cannot be deserialized, saving nothing', async () => {
    const before = sb.salesforce.state.records.count('Opportunity');
    const err = await jsforceError(sb.connection().sobject('Opportunity').create([
      { Name: 'Good', StageName: 'Prospecting', CloseDate: '2026-01-31' },
      { Name: 'Bad', StageName: 'Prospecting', CloseDate: '2026-01-31', Amount: 'lots' },
    ]));
    expect(err.errorCode).toBe('JSON_PARSER_ERROR');
    expect(sb.salesforce.state.records.count('Opportunity')).toBe(before);
  });

  it('tells change listeners only about committed saves', async () => {
    const seen: string[] = [];
    const stop = sb.salesforce.state.records.onChange((c) => seen.push(`${c.kind}:${c.sobject}`));
    await sb.connection().sobject('Lead').create([{ LastName: 'Z', Company: 'Z' }, { LastName: 'Q' }], { allOrNone: true });
    await sb.connection().sobject('Lead').create([{ LastName: 'Z', Company: 'Z' }]);
    stop();
    expect(seen).toEqual(['created:Lead']);
  });
});
