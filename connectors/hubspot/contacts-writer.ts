import type { BatchOutcome } from '../../src/connector-kit/batch-outcome.ts';
import { mergeOutcomes } from '../../src/connector-kit/batch-outcome.ts';
import type { BatchWriter } from '../../src/connector-kit/capabilities.ts';
import { VendorCallError } from '../../src/connector-kit/failure.ts';
import type { CanonicalContact } from '../../src/core/canonical/contact.ts';
import type { HubspotSdk } from './client.ts';
import { hubspotManifest } from './manifest.ts';
import { fromCanonicalContact, hubspotIdOf } from './map/contact.ts';
import { HubspotBatchUpsertResponseWire } from './wire/object-batch.ts';
import { CountedCalls, sdkBatchToWire } from './sdk-records.ts';
import type { HubspotCapabilityOptions } from './crm-objects.ts';
import { updateByIds } from './object-writer.ts';

// Batch writes of contacts (QUIRKS.md, "The contact writer"):
// - contacts read from HubSpot carry its id: batch update with `objectWriteTraceId` on every input,
//   so a bad record comes back alone in a 207 and the rest are written in the same call;
// - the others are upserted by email, which HubSpot does all or nothing: a whole-batch 400/409 is
//   split in halves until each bad record stands alone (every call counted in the outcome).

type UpsertRequest = Parameters<HubspotSdk['crm']['objects']['batchApi']['upsert']>[1];
type Outcome = BatchOutcome<CanonicalContact>;

export type HubspotContactWriterOptions = HubspotCapabilityOptions;

const lower = (email: string) => email.trim().toLowerCase();

async function upsertByEmail(sdk: HubspotSdk, calls: CountedCalls, records: CanonicalContact[]): Promise<Outcome> {
  if (records.length === 0) return { written: [], rejected: [], calls: 0 };
  const inputs = records.map((record, index) => ({
    id: record.email ?? '', idProperty: 'email', properties: fromCanonicalContact(record), objectWriteTraceId: `e${index}`,
  }));
  let answer;
  try {
    answer = await calls.run(() => sdk.crm.objects.batchApi.upsert('contacts', { inputs } as UpsertRequest));
  } catch (error) {
    if (!(error instanceof VendorCallError) || error.kind !== 'rejected_record') throw error;
    // Email upserts are all or nothing: halve until the refused record stands alone.
    if (records.length === 1) return { written: [], rejected: [{ record: records[0]!, kind: error.kind, vendorMessage: error.vendorMessage }], calls: 0 };
    const middle = Math.ceil(records.length / 2);
    return mergeOutcomes([await upsertByEmail(sdk, calls, records.slice(0, middle)), await upsertByEmail(sdk, calls, records.slice(middle))]);
  }
  const body = HubspotBatchUpsertResponseWire.parse(sdkBatchToWire(answer));
  const byEmail = new Map(body.results.map((result) => [lower(result.properties.email ?? ''), result]));
  const outcome: Outcome = { written: [], rejected: [], calls: 0 };
  for (const record of records) {
    const result = byEmail.get(lower(record.email ?? ''));
    if (result) outcome.written.push({ record, vendorId: result.id, created: result.new });
    else outcome.rejected.push({ record, kind: 'unknown', vendorMessage: 'HubSpot answered no result for this email' });
  }
  return outcome;
}

export function hubspotContactWriter(sdk: HubspotSdk, options: HubspotContactWriterOptions = {}): BatchWriter<CanonicalContact> {
  const { limiter, ...retry } = options;
  const maxBatch = hubspotManifest.limits.batchWrite;
  return {
    maxBatch,
    async write(batch) {
      if (batch.length > maxBatch) throw new RangeError(`a HubSpot batch takes at most ${maxBatch} contacts, got ${batch.length}`);
      const calls = new CountedCalls(limiter, retry);
      const withId = batch.filter((r) => hubspotIdOf(r) !== undefined);
      const byEmail = batch.filter((r) => hubspotIdOf(r) === undefined && r.email !== undefined);
      const unkeyed: Outcome = {
        written: [],
        rejected: batch.filter((r) => hubspotIdOf(r) === undefined && r.email === undefined)
          .map((record) => ({ record, kind: 'rejected_record' as const, vendorMessage: 'no HubSpot id and no email to upsert by' })),
        calls: 0,
      };
      const updates = withId.map((record) => ({ record, id: hubspotIdOf(record) ?? '', properties: fromCanonicalContact(record) }));
      const outcome = mergeOutcomes([await updateByIds(sdk, calls, 'contacts', updates), await upsertByEmail(sdk, calls, byEmail), unkeyed]);
      return { ...outcome, calls: calls.take() };
    },
  };
}
