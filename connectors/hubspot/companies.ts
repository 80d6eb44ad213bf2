import type { BatchWriter, ChangeFeed, RecordArchiver } from '../../src/connector-kit/capabilities.ts';
import type { CanonicalCompany } from '../../src/core/canonical/company.ts';
import type { HubspotSdk } from './client.ts';
import type { HubspotCapabilityOptions, HubspotFeedOptions, HubspotObjectSpec } from './crm-objects.ts';
import { fromCanonicalCompany, HUBSPOT_COMPANY_PROPERTIES, toCanonicalCompany } from './map/company.ts';
import { hubspotObjectArchiver } from './object-archiver.ts';
import { hubspotObjectFeed } from './object-feed.ts';
import { hubspotObjectWriter } from './object-writer.ts';

// Companies through the shared object machinery: the search feed on `hs_lastmodifieddate`, batch
// update/create with trace ids, batch archive (QUIRKS.md, "Companies and deals"). The reader, which
// also matches domains, is companies-reader.ts.

export const HUBSPOT_COMPANY_SPEC: HubspotObjectSpec<CanonicalCompany> = {
  objectType: 'companies',
  modifiedProperty: 'hs_lastmodifieddate',
  properties: HUBSPOT_COMPANY_PROPERTIES,
  toRecords: async (wires) => wires.map(toCanonicalCompany),
};

const hubspotIdOf = (company: CanonicalCompany) => (company.source.system === 'hubspot' ? company.source.id : undefined);

export function hubspotCompanyFeed(sdk: HubspotSdk, options: HubspotFeedOptions = {}): ChangeFeed<CanonicalCompany> {
  return hubspotObjectFeed(sdk, HUBSPOT_COMPANY_SPEC, options);
}

/** Companies read from HubSpot are updated by id; the others are created (match them by domain first). */
export function hubspotCompanyWriter(sdk: HubspotSdk, options: HubspotCapabilityOptions = {}): BatchWriter<CanonicalCompany> {
  return hubspotObjectWriter(sdk, {
    objectType: 'companies',
    matchProperty: 'name',
    idOf: hubspotIdOf,
    prepare: async (records) => records.map((record) => ({ record, properties: fromCanonicalCompany(record) })),
  }, options);
}

export function hubspotCompanyArchiver(sdk: HubspotSdk, options: HubspotCapabilityOptions = {}): RecordArchiver {
  return hubspotObjectArchiver(sdk, 'companies', options);
}
