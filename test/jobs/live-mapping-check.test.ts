import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hubspotPeopleSide } from '../../connectors/hubspot/index.ts';
import { salesforcePeopleSide } from '../../connectors/salesforce/index.ts';
import { loadFieldMappingsOrThrow, parseFieldMapping } from '../../src/config/mappings/loader.ts';
import { checkMappingsLive } from '../../src/jobs/live-mapping-check.ts';
import { startSyncHarness } from '../support/sync-harness.ts';
import type { SyncHarness } from '../support/sync-harness.ts';

let h: SyncHarness;
beforeEach(async () => { h = await startSyncHarness(); });
afterEach(async () => { await h.close(); });

const check = () => checkMappingsLive(
  { crm: salesforcePeopleSide(h.sf), marketing: hubspotPeopleSide(h.hs) },
  { contact: loadFieldMappingsOrThrow('.').contact! },
  { crm: 'salesforce', marketing: 'hubspot' },
);

describe('the contact mapping against the sandboxes\' live schema', () => {
  it('describes HubSpot contacts and Salesforce Leads and Contacts, one call each', async () => {
    expect((await check()).calls).toBe(3);
  });

  it('does not count HubSpot\'s read-only opt-out, which the connector writes through the subscription statuses', async () => {
    const { problems } = await check();
    expect(problems.find((p) => p.vendorField === 'hs_email_optout')).toBeUndefined();
  });

  it('names a mapped property the portal does not have', async () => {
    const yaml = 'object: contact\nfields:\n  - canonical: title\n    hubspot: job_title_typo\n    salesforce: Title\n    rule: fill_empty_only\n';
    const { mapping } = parseFieldMapping('mappings/fields/contact.yaml', yaml);
    const { problems } = await checkMappingsLive(
      { crm: salesforcePeopleSide(h.sf), marketing: hubspotPeopleSide(h.hs) }, { contact: mapping! }, { crm: 'salesforce', marketing: 'hubspot' },
    );
    expect(problems).toEqual([expect.objectContaining({ kind: 'missing_field', vendorField: 'job_title_typo', line: 4 })]);
  });
});
