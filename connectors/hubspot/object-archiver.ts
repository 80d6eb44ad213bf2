import type { RecordArchiver } from '../../src/connector-kit/capabilities.ts';
import type { HubspotSdk } from './client.ts';
import type { HubspotCapabilityOptions, HubspotCrmObject } from './crm-objects.ts';
import { recordIdsOf, slices } from './batch-keys.ts';
import { hubspotManifest } from './manifest.ts';
import { CountedCalls } from './sdk-records.ts';

// Records archived through POST /crm/v3/objects/{objectType}/batch/archive, 100 ids a call. HubSpot answers
// 204 whatever each id's state (live, already archived, never there), so every id sent is archived; an
// id that is not numeric names no record and counts as archived without a call (QUIRKS.md, "Archiving
// is a 204 even for a record that is not there").

export function hubspotObjectArchiver(sdk: HubspotSdk, objectType: HubspotCrmObject, options: HubspotCapabilityOptions = {}): RecordArchiver {
  const { limiter, ...retry } = options;
  const maxBatch = hubspotManifest.limits.batchWrite;
  return {
    maxBatch,
    async archive(ids) {
      const calls = new CountedCalls(limiter, retry);
      const wanted = [...new Set(ids.map((id) => id.trim()).filter((id) => id !== ''))];
      for (const slice of slices(recordIdsOf(wanted), maxBatch)) {
        await calls.run(() => sdk.crm.objects.batchApi.archive(objectType, { inputs: slice.map((id) => ({ id })) }));
      }
      return { archived: wanted, rejected: [], calls: calls.take() };
    },
  };
}
