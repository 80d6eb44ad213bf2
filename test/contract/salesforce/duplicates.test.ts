import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSalesforceSandbox, jsforceError } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import { readFixtureJson } from '../../support/fixtures.ts';
import { shapeDifferences } from '../../support/salesforce-doc-fixtures.ts';

// The optional duplicate rule: Leads and Contacts matching an existing one's email are refused.
let sb: StartedSalesforceSandbox;

beforeAll(async () => {
  sb = await startSalesforceSandbox({ duplicateRule: { enabled: true } });
});
afterAll(() => sb.close());

describe('duplicate rule', () => {
  it('refuses a Lead whose email matches an existing Contact, with the matches in duplicateResult', async () => {
    const conn = sb.connection();
    const contact = await conn.sobject('Contact').create({ LastName: 'Curie', Email: 'marie@radium.example' });
    const err = await jsforceError(conn.sobject('Lead').create({ LastName: 'Curie', Company: 'Radium', Email: 'Marie@Radium.example' }));
    expect(err.errorCode).toBe('DUPLICATES_DETECTED');
    expect(err.message).toBe('Use one of these records?');
    const res = await fetch(`${sb.instanceUrl}/services/data/v62.0/sobjects/Lead`, {
      method: 'POST', headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ LastName: 'Curie', Company: 'Radium', Email: 'marie@radium.example' }),
    });
    expect(res.status).toBe(400);
    const [item] = (await res.json()) as Array<Record<string, unknown>>;
    expect(item).toMatchObject({
      errorCode: 'DUPLICATES_DETECTED', fields: [],
      duplicateResult: {
        allowSave: false, duplicateRule: 'Standard_Lead_Duplicate_Rule', duplicateRuleEntityType: 'Lead',
        matchResults: [{
          entityType: 'Contact', size: 1, success: true,
          matchRecords: [{ matchConfidence: 100, record: { attributes: { type: 'Contact', url: `/services/data/v62.0/sobjects/Contact/${(contact as { id: string }).id}` }, Id: (contact as { id: string }).id } }],
        }],
      },
    });
  });

  it("keeps the shape of the sandbox's own DUPLICATES_DETECTED body (fixtures/salesforce/sandbox, not a documented example)", async () => {
    await sb.connection().sobject('Lead').create({ LastName: 'Shape', Company: 'C', Email: 'shape@example.com' });
    const res = await fetch(`${sb.instanceUrl}/services/data/v62.0/sobjects/Lead`, {
      method: 'POST', headers: { authorization: `Bearer ${sb.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ LastName: 'Shape', Company: 'C', Email: 'shape@example.com' }),
    });
    expect(shapeDifferences(readFixtureJson('salesforce/sandbox/error-duplicates-detected.response.json'), await res.json())).toEqual([]);
  });

  it('lets the save through with Sforce-Duplicate-Rule-Header allowSave=true', async () => {
    const conn = sb.connection();
    const saved = await conn.sobject('Lead').create(
      { LastName: 'Curie', Company: 'Radium', Email: 'marie@radium.example' },
      { headers: { 'Sforce-Duplicate-Rule-Header': 'allowSave=true' } },
    );
    expect(saved).toMatchObject({ success: true });
  });

  it('checks updates that change the email, and reports duplicates per record in collections', async () => {
    const conn = sb.connection();
    const other = await conn.sobject('Contact').create({ LastName: 'Bohr', Email: 'niels@copenhagen.example' });
    const err = await jsforceError(conn.sobject('Contact').update({ Id: (other as { id: string }).id, Email: 'marie@radium.example' }));
    expect(err.errorCode).toBe('DUPLICATES_DETECTED');
    expect(await conn.sobject('Contact').update({ Id: (other as { id: string }).id, Title: 'Physicist' })).toMatchObject({ success: true });
    const results = await conn.sobject('Contact').create([{ LastName: 'New', Email: 'new@example.com' }, { LastName: 'Dup', Email: 'niels@copenhagen.example' }]);
    expect(results[0]).toMatchObject({ success: true });
    expect(results[1]).toMatchObject({ success: false, errors: [{ statusCode: 'DUPLICATES_DETECTED', duplicateResult: { duplicateRuleEntityType: 'Contact' } }] });
  });
});
