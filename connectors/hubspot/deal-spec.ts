import type { CanonicalDeal } from '../../src/core/canonical/deal.ts';
import type { HubspotSdk } from './client.ts';
import type { HubspotObjectSpec } from './crm-objects.ts';
import { HUBSPOT_DEAL_HISTORY_PROPERTIES, HUBSPOT_DEAL_PROPERTIES, toCanonicalDeal } from './map/deal.ts';
import type { DealPipelines } from './pipelines.ts';
import { HUBSPOT_HISTORY_READ_LIMIT } from './object-reader.ts';
import { slices } from './batch-keys.ts';
import type { CountedCalls } from './sdk-records.ts';
import { sdkBatchToWire } from './sdk-records.ts';
import { HubspotBatchResponseWire } from './wire/object-batch.ts';
import type { HubspotObjectWire } from './wire/object-record.ts';

// Deals for the shared object machinery: stage ids through the pipelines, and stage and close-date
// histories. Batch reads ask for the histories themselves; search cannot, so a feed page's deals have
// theirs read by a history-only batch read, 50 a call (QUIRKS.md, "Deal stages are pipeline stage ids").

type ReadRequest = Parameters<HubspotSdk['crm']['objects']['batchApi']['read']>[1];

async function withHistories(sdk: HubspotSdk, wires: HubspotObjectWire[], calls: CountedCalls): Promise<HubspotObjectWire[]> {
  const histories = new Map<string, HubspotObjectWire['propertiesWithHistory']>();
  for (const slice of slices(wires.map((w) => w.id), HUBSPOT_HISTORY_READ_LIMIT)) {
    const request = { inputs: slice.map((id) => ({ id })), properties: [], propertiesWithHistory: [...HUBSPOT_DEAL_HISTORY_PROPERTIES] } as ReadRequest;
    const answer = await calls.run(() => sdk.crm.objects.batchApi.read('deals', request, false));
    for (const result of HubspotBatchResponseWire.parse(sdkBatchToWire(answer)).results) histories.set(result.id, result.propertiesWithHistory);
  }
  return wires.map((wire) => ({ ...wire, propertiesWithHistory: histories.get(wire.id) ?? {} }));
}

export interface HubspotDealSpecOptions {
  /** Read stage and close-date histories for feed pages (default true; off, a feed page costs its search alone). */
  withHistory?: boolean;
}

export function hubspotDealSpec(sdk: HubspotSdk, pipelines: DealPipelines, options: HubspotDealSpecOptions = {}): HubspotObjectSpec<CanonicalDeal> {
  const withHistory = options.withHistory ?? true;
  return {
    objectType: 'deals',
    modifiedProperty: 'hs_lastmodifieddate',
    properties: HUBSPOT_DEAL_PROPERTIES,
    historyProperties: withHistory ? HUBSPOT_DEAL_HISTORY_PROPERTIES : [],
    async toRecords(wires, calls) {
      const tables = await pipelines.tables(calls, wires.map((w) => w.properties.dealstage ?? ''));
      const complete = withHistory && wires.some((w) => w.propertiesWithHistory === undefined) ? await withHistories(sdk, wires, calls) : wires;
      return complete.map((wire) => toCanonicalDeal(wire, tables));
    },
  };
}
