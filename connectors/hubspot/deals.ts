import type { BatchWriter, ChangeFeed, RecordArchiver } from '../../src/connector-kit/capabilities.ts';
import type { IdReader } from '../../src/connector-kit/record-side.ts';
import type { CanonicalDeal } from '../../src/core/canonical/deal.ts';
import type { HubspotSdk } from './client.ts';
import type { HubspotCapabilityOptions, HubspotFeedOptions } from './crm-objects.ts';
import { hubspotDealSpec } from './deal-spec.ts';
import type { HubspotDealSpecOptions } from './deal-spec.ts';
import { fromCanonicalDeal } from './map/deal.ts';
import { hubspotObjectArchiver } from './object-archiver.ts';
import { hubspotObjectFeed } from './object-feed.ts';
import { hubspotObjectReader } from './object-reader.ts';
import { hubspotObjectWriter } from './object-writer.ts';
import { dealPipelines } from './pipelines.ts';
import type { DealPipelines } from './pipelines.ts';

// Deals through the shared object machinery, stage ids translated through the deal pipelines
// (pipelines.ts, map/deal-stages.ts; QUIRKS.md, "Deal stages are pipeline stage ids").

export interface HubspotDealOptions extends HubspotCapabilityOptions {
  /** Pipelines shared between capabilities (one read for all); by default each capability reads its own. */
  pipelines?: DealPipelines;
}

export type HubspotDealFeedOptions = HubspotFeedOptions & HubspotDealOptions & HubspotDealSpecOptions;

const hubspotIdOf = (deal: CanonicalDeal) => (deal.source.system === 'hubspot' ? deal.source.id : undefined);

/** Deals changed since a cursor, each page's stage and close-date histories read 50 deals a call unless `withHistory: false`. */
export function hubspotDealFeed(sdk: HubspotSdk, options: HubspotDealFeedOptions = {}): ChangeFeed<CanonicalDeal> {
  const { pipelines = dealPipelines(sdk), withHistory, ...rest } = options;
  return hubspotObjectFeed(sdk, hubspotDealSpec(sdk, pipelines, withHistory === undefined ? {} : { withHistory }), rest);
}

/** Deals by id with their histories, 50 a call (HubSpot's limit for reads with histories). */
export function hubspotDealReader(sdk: HubspotSdk, options: HubspotDealOptions = {}): IdReader<CanonicalDeal> {
  const { pipelines = dealPipelines(sdk), ...rest } = options;
  const reader = hubspotObjectReader(sdk, hubspotDealSpec(sdk, pipelines), rest);
  return { maxBatch: reader.maxBatch, readByIds: (ids) => reader.readByIds(ids) };
}

/** Deals read from HubSpot are updated by id, the others created; a pipeline or stage key HubSpot lacks is rejected without a call. */
export function hubspotDealWriter(sdk: HubspotSdk, options: HubspotDealOptions = {}): BatchWriter<CanonicalDeal> {
  const { pipelines = dealPipelines(sdk), ...rest } = options;
  return hubspotObjectWriter(sdk, {
    objectType: 'deals',
    matchProperty: 'dealname',
    idOf: hubspotIdOf,
    async prepare(records, calls) {
      const tables = await pipelines.tables(calls);
      return records.map((record) => {
        const mapped = fromCanonicalDeal(record, tables);
        return 'refusal' in mapped ? { record, refusal: mapped.refusal } : { record, properties: mapped.properties };
      });
    },
  }, rest);
}

export function hubspotDealArchiver(sdk: HubspotSdk, options: HubspotCapabilityOptions = {}): RecordArchiver {
  return hubspotObjectArchiver(sdk, 'deals', options);
}
