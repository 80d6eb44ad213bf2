// HubSpot deals as one side of the deal sync: the search change feed (with stage and close-date
// histories), batch reads by id, batch writes and archive. One read of the deal pipelines serves them all.
import type { DealSide } from '../../src/connector-kit/record-side.ts';
import type { HubspotSdk } from './client.ts';
import type { HubspotFeedOptions } from './crm-objects.ts';
import type { HubspotDealSpecOptions } from './deal-spec.ts';
import { hubspotDealArchiver, hubspotDealFeed, hubspotDealReader, hubspotDealWriter } from './deals.ts';
import { hubspotOwners } from './owners.ts';
import { HUBSPOT_DEAL_FIELD_ACCESS } from './map/deal-fields.ts';
import { dealPipelines } from './pipelines.ts';

export type HubspotDealSideOptions = HubspotFeedOptions & HubspotDealSpecOptions;

export function hubspotDealSide(sdk: HubspotSdk, options: HubspotDealSideOptions = {}): DealSide {
  const { searchLimiter: _search, withHistory: _history, ...shared } = options;
  const pipelines = dealPipelines(sdk);
  return {
    system: 'hubspot',
    streams: [{ name: 'hubspot:deals', feed: hubspotDealFeed(sdk, { ...options, pipelines }) }],
    reader: hubspotDealReader(sdk, { ...shared, pipelines }),
    writer: hubspotDealWriter(sdk, { ...shared, pipelines }),
    archiver: hubspotDealArchiver(sdk, shared),
    owners: hubspotOwners(sdk, shared),
    refOf: (id) => ({ system: 'hubspot', id, objectType: 'deals' }),
    fields: () => HUBSPOT_DEAL_FIELD_ACCESS,
  };
}
