import type { RecordReader } from '../../src/connector-kit/capabilities.ts';
import type { CanonicalContact } from '../../src/core/canonical/contact.ts';
import type { HubspotSdk } from './client.ts';
import { emailKeysOf } from './batch-keys.ts';
import { HUBSPOT_CONTACT_SPEC } from './contact-spec.ts';
import type { HubspotCapabilityOptions } from './crm-objects.ts';
import { hubspotObjectReader } from './object-reader.ts';

// Contacts by id or by email: the shared batch read (object-reader.ts), emails through `idProperty`
// (QUIRKS.md, "The contact reader").

export { HUBSPOT_BATCH_READ_LIMIT } from './object-reader.ts';

export type HubspotContactReaderOptions = HubspotCapabilityOptions;

export function hubspotContactReader(sdk: HubspotSdk, options: HubspotContactReaderOptions = {}): RecordReader<CanonicalContact> {
  const reader = hubspotObjectReader(sdk, HUBSPOT_CONTACT_SPEC, options);
  return {
    maxBatch: reader.maxBatch,
    readByIds: (ids) => reader.readByIds(ids),
    async readByEmails(emails) {
      const wanted = emailKeysOf(emails);
      const found = await reader.readByKeys(wanted, 'email');
      // HubSpot also matches an address in hs_additional_emails; only primary emails count here.
      const primary = new Set(wanted);
      return { ...found, records: found.records.filter((r) => r.email !== undefined && primary.has(r.email.toLowerCase())) };
    },
  };
}
