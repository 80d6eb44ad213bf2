import { afterEach, describe, expect, it } from 'vitest';
import { checkSalesforceSchema, createSalesforceConnection, requiredSalesforceFields } from '../../../connectors/salesforce/index.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// The product's schema check, through its own jsforce client, against an org with and without the
// product's metadata package.
const DESCRIBE = 'GET /services/data/v62.0/sobjects/:type/describe';

let sandbox: StartedSalesforceSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function checkOrg(options: { customFields?: boolean }) {
  sandbox = await startSalesforceSandbox({}, options);
  const conn = createSalesforceConnection({ instanceUrl: sandbox.instanceUrl, accessToken: sandbox.token });
  const problems = await checkSalesforceSchema(conn);
  return { problems, ledger: sandbox.running.ctx.ledger };
}

describe('checkSalesforceSchema', () => {
  it('reports every required field of an org without the metadata package, from exactly one describe per object', async () => {
    const { problems, ledger } = await checkOrg({ customFields: false });
    expect(problems.map((p) => `${p.kind} ${p.object}.${p.field}`)).toEqual(requiredSalesforceFields.map((f) => `missing ${f.object}.${f.field}`));
    expect(problems.find((p) => p.object === 'Lead' && p.field === 'Fit_Score__c')?.message).toContain(
      'deploy connectors/salesforce/metadata (field Number(3,0)) and grant Read/Edit through the RevOps_Connector_Integration permission set',
    );
    expect(ledger.count(DESCRIBE)).toBe(4);
    expect(ledger.count()).toBe(4);
    expect(ledger.recent().map((e) => e.status)).toEqual([200, 200, 200, 200]);
  });

  it('finds nothing to fix in an org seeded with the product\'s custom fields', async () => {
    const { problems, ledger } = await checkOrg({});
    expect(problems).toEqual([]);
    expect(ledger.count(DESCRIBE)).toBe(4);
  });

  it('lets a session that is no longer valid fail the check instead of reporting fields missing', async () => {
    sandbox = await startSalesforceSandbox();
    const conn = createSalesforceConnection({ instanceUrl: sandbox.instanceUrl, accessToken: '00D000000000000!expired' });
    await expect(checkSalesforceSchema(conn)).rejects.toMatchObject({ errorCode: 'INVALID_SESSION_ID' });
  });
});
