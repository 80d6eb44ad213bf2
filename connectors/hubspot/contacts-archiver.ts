import type { RecordArchiver } from '../../src/connector-kit/capabilities.ts';
import type { HubspotSdk } from './client.ts';
import type { HubspotCapabilityOptions } from './crm-objects.ts';
import { hubspotObjectArchiver } from './object-archiver.ts';

// Contacts archived through the shared batch archive (object-archiver.ts), 100 ids a call; ids already
// archived or never there count as archived (QUIRKS.md, "Archiving is a 204 even for a record that is not there").

export type HubspotContactArchiverOptions = HubspotCapabilityOptions;

export function hubspotContactArchiver(sdk: HubspotSdk, options: HubspotContactArchiverOptions = {}): RecordArchiver {
  return hubspotObjectArchiver(sdk, 'contacts', options);
}
