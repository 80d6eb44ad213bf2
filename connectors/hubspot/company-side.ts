// HubSpot companies as one side of the company sync: the search change feed, batch reads by id and
// domain search, batch writes and archive, with the fields map/company.ts carries.
import type { CompanySide } from '../../src/connector-kit/record-side.ts';
import type { HubspotSdk } from './client.ts';
import { hubspotCompanyArchiver, hubspotCompanyFeed, hubspotCompanyWriter } from './companies.ts';
import { hubspotCompanyReader } from './companies-reader.ts';
import type { HubspotFeedOptions } from './crm-objects.ts';
import { hubspotOwners } from './owners.ts';
import { HUBSPOT_COMPANY_FIELD_ACCESS } from './map/company-fields.ts';

export type HubspotCompanySideOptions = HubspotFeedOptions;

export function hubspotCompanySide(sdk: HubspotSdk, options: HubspotCompanySideOptions = {}): CompanySide {
  // Search has its own limiter (the feed and domain reads); every other call takes the burst limiter.
  const { searchLimiter: _search, ...shared } = options;
  return {
    system: 'hubspot',
    streams: [{ name: 'hubspot:companies', feed: hubspotCompanyFeed(sdk, options) }],
    reader: hubspotCompanyReader(sdk, options),
    writer: hubspotCompanyWriter(sdk, shared),
    archiver: hubspotCompanyArchiver(sdk, shared),
    owners: hubspotOwners(sdk, shared),
    refOf: (id) => ({ system: 'hubspot', id, objectType: 'companies' }),
    fields: () => HUBSPOT_COMPANY_FIELD_ACCESS,
  };
}
