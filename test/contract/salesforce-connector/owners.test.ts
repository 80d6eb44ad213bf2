import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSalesforceConnection } from '../../../connectors/salesforce/index.ts';
import { salesforceOwners } from '../../../connectors/salesforce/owners.ts';
import { generateDemoData } from '../../../src/demo/index.ts';
import { startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

let sandbox: StartedSalesforceSandbox;
beforeAll(async () => { sandbox = await startSalesforceSandbox({}, { seed: generateDemoData({ size: 50 }) }); });
afterAll(() => sandbox.close());

describe('Salesforce users as the owner directory', () => {
  it('lists every user with its email and whether it is active, counting the query calls', async () => {
    const conn = createSalesforceConnection({ instanceUrl: sandbox.instanceUrl, accessToken: sandbox.token });
    const { owners, calls } = await salesforceOwners(conn).list();
    const users = (await conn.query<{ Id: string; IsActive: boolean }>('SELECT Id, IsActive FROM User')).records;
    expect(owners.map((o) => o.id).sort()).toEqual(users.map((u) => u.Id).sort());
    expect(owners.every((o) => o.id.startsWith('005') && typeof o.active === 'boolean')).toBe(true);
    expect(calls).toBe(1);
  });
});
