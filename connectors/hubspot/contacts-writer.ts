import type Bottleneck from 'bottleneck';
import type { BatchOutcome } from '../../src/connector-kit/batch-outcome.ts';
import { mergeOutcomes } from '../../src/connector-kit/batch-outcome.ts';
import type { BatchWriter } from '../../src/connector-kit/capabilities.ts';
import { VendorCallError } from '../../src/connector-kit/failure.ts';
import type { CanonicalContact } from '../../src/core/canonical/contact.ts';
import type { HubspotSdk } from './client.ts';
import { hubspotManifest } from './manifest.ts';
import { fromCanonicalContact, hubspotIdOf } from './map/contact.ts';
import { HubspotBatchResponseWire, HubspotBatchUpsertResponseWire } from './wire/object-batch.ts';
import type { HubspotStandardErrorWire } from './wire/error.ts';
import { CountedCalls, sdkBatchToWire } from './sdk-records.ts';
import type { HubspotRetryOptions } from './sdk-records.ts';

// Batch writes of contacts (QUIRKS.md, "The contact writer"):
// - contacts read from HubSpot carry its id: batch update with `objectWriteTraceId` on every input,
//   so a bad record comes back alone in a 207 and the rest are written in the same call;
// - the others are upserted by email, which HubSpot does all or nothing: a whole-batch 400/409 is
//   split in halves until each bad record stands alone (every call counted in the outcome).

type UpdateRequest = Parameters<HubspotSdk['crm']['contacts']['batchApi']['update']>[0];
type UpsertRequest = Parameters<HubspotSdk['crm']['contacts']['batchApi']['upsert']>[0];
type Outcome = BatchOutcome<CanonicalContact>;

export interface HubspotContactWriterOptions extends HubspotRetryOptions {
  /** The tenant's HubSpot burst limiter (110 per 10 s for a public app). */
  limiter?: Bottleneck;
}

const lower = (email: string) => email.trim().toLowerCase();

function rejection(record: CanonicalContact, error: HubspotStandardErrorWire): Outcome['rejected'][number] {
  return { record, kind: error.category === 'OBJECT_NOT_FOUND' ? 'not_found' : 'rejected_record', vendorMessage: `${error.category}: ${error.message}`, vendorCode: error.category };
}

async function updateById(sdk: HubspotSdk, calls: CountedCalls, records: CanonicalContact[]): Promise<Outcome> {
  const outcome: Outcome = { written: [], rejected: [], calls: 0 };
  if (records.length === 0) return outcome;
  const inputs = records.map((record, index) => ({ id: hubspotIdOf(record) ?? '', properties: fromCanonicalContact(record), objectWriteTraceId: `u${index}` }));
  const answer = await calls.run(() => sdk.crm.contacts.batchApi.update({ inputs } as UpdateRequest));
  const body = HubspotBatchResponseWire.parse(sdkBatchToWire(answer));
  const done = new Set<number>();
  const indexOfId = new Map(inputs.map((input, index) => [input.id, index]));
  for (const result of body.results) {
    const index = indexOfId.get(result.id);
    if (index === undefined || done.has(index)) continue;
    done.add(index);
    outcome.written.push({ record: records[index]!, vendorId: result.id, created: false });
  }
  for (const error of body.errors ?? []) {
    const traced = (error.context?.objectWriteTraceId ?? []).map((trace) => Number(trace.slice(1)));
    const named = (error.context?.ids ?? []).map((id) => indexOfId.get(id)).filter((i): i is number => i !== undefined);
    for (const index of [...traced, ...named]) {
      if (done.has(index) || records[index] === undefined) continue;
      done.add(index);
      outcome.rejected.push(rejection(records[index], error));
    }
  }
  records.forEach((record, index) => {
    if (!done.has(index)) outcome.rejected.push({ record, kind: 'unknown', vendorMessage: 'HubSpot answered neither a result nor an error for this input' });
  });
  return outcome;
}

async function upsertByEmail(sdk: HubspotSdk, calls: CountedCalls, records: CanonicalContact[]): Promise<Outcome> {
  if (records.length === 0) return { written: [], rejected: [], calls: 0 };
  const inputs = records.map((record, index) => ({
    id: record.email ?? '', idProperty: 'email', properties: fromCanonicalContact(record), objectWriteTraceId: `e${index}`,
  }));
  let answer;
  try {
    answer = await calls.run(() => sdk.crm.contacts.batchApi.upsert({ inputs } as UpsertRequest));
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
      const outcome = mergeOutcomes([await updateById(sdk, calls, withId), await upsertByEmail(sdk, calls, byEmail), unkeyed]);
      return { ...outcome, calls: calls.take() };
    },
  };
}
