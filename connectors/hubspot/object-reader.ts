import type { ReadResult } from '../../src/connector-kit/capabilities.ts';
import { VendorCallError } from '../../src/connector-kit/failure.ts';
import type { HubspotSdk } from './client.ts';
import type { HubspotCapabilityOptions, HubspotObjectSpec } from './crm-objects.ts';
import { recordIdsOf, slices } from './batch-keys.ts';
import { HubspotBatchResponseWire } from './wire/object-batch.ts';
import { CountedCalls, sdkBatchToWire } from './sdk-records.ts';

// Records of one object by id, or by a unique property, through POST /crm/v3/objects/{objectType}/batch/read
// (QUIRKS.md, "The contact reader"). Keys that match nothing come back in a 207's OBJECT_NOT_FOUND error,
// or not at all, and are simply absent. Any other error in a 207 is thrown: a record the engine cannot
// see would be created a second time.

type ReadRequest = Parameters<HubspotSdk['crm']['objects']['batchApi']['read']>[1];

/** Inputs one batch read takes; a read with property histories takes 50. */
export const HUBSPOT_BATCH_READ_LIMIT = 100;
export const HUBSPOT_HISTORY_READ_LIMIT = 50;

export interface HubspotObjectReader<T> {
  readonly maxBatch: number;
  readByIds(ids: readonly string[]): Promise<ReadResult<T>>;
  /** By the values of a unique property (contacts' `email`), sent as given. */
  readByKeys(keys: readonly string[], idProperty: string): Promise<ReadResult<T>>;
}

function unexpectedErrors(errors: HubspotBatchResponseWire['errors']): VendorCallError | undefined {
  const other = (errors ?? []).filter((error) => error.category !== 'OBJECT_NOT_FOUND');
  if (other.length === 0) return undefined;
  const vendorMessage = other.map((error) => `${error.category}: ${error.message}`).join('; ');
  return new VendorCallError({ vendor: 'hubspot', kind: 'unknown', status: 207, vendorMessage });
}

export function hubspotObjectReader<T extends { source: { id: string } }>(
  sdk: HubspotSdk, spec: HubspotObjectSpec<T>, options: HubspotCapabilityOptions = {},
): HubspotObjectReader<T> {
  const { limiter, ...retry } = options;
  const history = [...(spec.historyProperties ?? [])];
  const maxBatch = history.length > 0 ? HUBSPOT_HISTORY_READ_LIMIT : HUBSPOT_BATCH_READ_LIMIT;

  async function read(keys: readonly string[], idProperty: string | undefined): Promise<ReadResult<T>> {
    const calls = new CountedCalls(limiter, retry);
    const byId = new Map<string, T>();
    for (const slice of slices(keys, maxBatch)) {
      const request = {
        inputs: slice.map((id) => ({ id })), properties: [...spec.properties], propertiesWithHistory: history, ...(idProperty ? { idProperty } : {}),
      } as ReadRequest;
      const answer = await calls.run(() => sdk.crm.objects.batchApi.read(spec.objectType, request, false));
      const body = HubspotBatchResponseWire.parse(sdkBatchToWire(answer));
      const failure = unexpectedErrors(body.errors);
      if (failure) throw failure;
      for (const record of await spec.toRecords(body.results, calls)) byId.set(record.source.id, record);
    }
    return { records: [...byId.values()], calls: calls.take() };
  }

  return {
    maxBatch,
    readByIds: (ids) => read(recordIdsOf(ids), undefined),
    readByKeys: (keys, idProperty) => read([...new Set(keys)], idProperty),
  };
}
