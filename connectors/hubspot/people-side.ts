// HubSpot contacts as one side of the contact sync (marketing automation, or the CRM when HubSpot is
// both): the search change feed, batch reads by id or email, batch writes, and archive.
import type { PeopleSide } from '../../src/connector-kit/people-side.ts';
import type { HubspotSdk } from './client.ts';
import { hubspotContactArchiver } from './contacts-archiver.ts';
import { hubspotOwners } from './owners.ts';
import { hubspotEmailOptOut } from './email-opt-out.ts';
import { hubspotContactFeed } from './contacts-feed.ts';
import type { HubspotContactFeedOptions } from './contacts-feed.ts';
import { hubspotContactReader } from './contacts-reader.ts';
import { hubspotContactWriter } from './contacts-writer.ts';
import { HUBSPOT_CONTACT_FIELD_ACCESS } from './map/contact-fields.ts';
import { hubspotPropertySchema } from './map/property-schema.ts';
import type { HubspotPropertyFacts } from './map/property-schema.ts';
import { CountedCalls, sdkRecordToWire } from './sdk-records.ts';

export type HubspotPeopleSideOptions = HubspotContactFeedOptions;

export function hubspotPeopleSide(sdk: HubspotSdk, options: HubspotPeopleSideOptions = {}): PeopleSide {
  // Search has its own limiter; every other call takes the burst limiter.
  const shared = { ...options };
  delete shared.searchLimiter;
  return {
    system: 'hubspot',
    streams: [{ name: 'hubspot:contacts', feed: hubspotContactFeed(sdk, options) }],
    reader: hubspotContactReader(sdk, shared),
    writer: hubspotContactWriter(sdk, shared),
    archiver: hubspotContactArchiver(sdk, shared),
    owners: hubspotOwners(sdk, shared),
    refOf: (id) => ({ system: 'hubspot', id, objectType: 'contacts' }),
    optOut: hubspotEmailOptOut(sdk, shared),
    fields: () => HUBSPOT_CONTACT_FIELD_ACCESS,
    async liveSchema() {
      // GET /crm/v3/properties/contacts: every property with its type, options and read-only flags.
      const calls = new CountedCalls(shared.limiter, shared);
      const answer = await calls.run(() => sdk.crm.properties.coreApi.getAll('contacts'));
      return { objects: { contacts: hubspotPropertySchema(answer.results.map(sdkRecordToWire) as unknown as HubspotPropertyFacts[]) }, calls: calls.take() };
    },
  };
}
