import type { BatchOutcome } from '../../src/connector-kit/batch-outcome.ts';
import { mergeOutcomes } from '../../src/connector-kit/batch-outcome.ts';
import type { BatchWriter } from '../../src/connector-kit/capabilities.ts';
import type { HubspotSdk } from './client.ts';
import type { HubspotCapabilityOptions, HubspotCrmObject } from './crm-objects.ts';
import { hubspotManifest } from './manifest.ts';
import { HubspotBatchResponseWire } from './wire/object-batch.ts';
import type { HubspotStandardErrorWire } from './wire/error.ts';
import { CountedCalls, sdkBatchToWire } from './sdk-records.ts';

// Batch writes of one object with `objectWriteTraceId` on every input, so a bad record comes back alone
// in a 207 and the rest are written in the same call (QUIRKS.md, "Batch create answers per input only
// when the inputs carry objectWriteTraceId"): records read from HubSpot are updated by id
// (POST …/batch/update), the others created (POST …/batch/create).

type UpdateRequest = Parameters<HubspotSdk['crm']['objects']['batchApi']['update']>[1];
type CreateRequest = Parameters<HubspotSdk['crm']['objects']['batchApi']['create']>[1];

export interface PreparedWrite<T> {
  record: T;
  properties: Record<string, string>;
}
/** A record ready to send, or why it cannot be written (no call is made for it). */
export type Preparation<T> = PreparedWrite<T> | { record: T; refusal: string };

export interface HubspotWriterSpec<T> {
  objectType: HubspotCrmObject;
  /** The property a created record is matched back to its input on: batch create results carry no trace id. */
  matchProperty: string;
  /** HubSpot's id of a record read from HubSpot (updated by it); undefined for the others (created). */
  idOf(record: T): string | undefined;
  /** Property values to write, in batch order; it may read what it needs (pipelines) through `calls`. */
  prepare(records: readonly T[], calls: CountedCalls): Promise<Array<Preparation<T>>>;
}

type Rejected<T> = BatchOutcome<T>['rejected'][number];

function rejection<T>(record: T, error: HubspotStandardErrorWire): Rejected<T> {
  return { record, kind: error.category === 'OBJECT_NOT_FOUND' ? 'not_found' : 'rejected_record', vendorMessage: `${error.category}: ${error.message}`, vendorCode: error.category };
}

/** The inputs each 207 error names, by trace id (`<prefix><index>`) or, for OBJECT_NOT_FOUND, by record id. */
function failedInputs(errors: readonly HubspotStandardErrorWire[], indexOfId: ReadonlyMap<string, number>): Array<[index: number, error: HubspotStandardErrorWire]> {
  return errors.flatMap((error) => {
    const traced = (error.context?.objectWriteTraceId ?? []).map((trace) => Number(trace.slice(1)));
    const named = (error.context?.ids ?? []).map((id) => indexOfId.get(id)).filter((i): i is number => i !== undefined);
    return [...traced, ...named].map((index): [number, HubspotStandardErrorWire] => [index, error]);
  });
}

const unanswered = <T>(record: T): Rejected<T> => ({ record, kind: 'unknown', vendorMessage: 'HubSpot answered neither a result nor an error for this input' });

/** Batch update by HubSpot id, trace ids `u<index>`; 207 errors matched back on the trace id or `context.ids`. */
export async function updateByIds<T>(
  sdk: HubspotSdk, calls: CountedCalls, objectType: HubspotCrmObject, writes: ReadonlyArray<PreparedWrite<T> & { id: string }>,
): Promise<BatchOutcome<T>> {
  const outcome: BatchOutcome<T> = { written: [], rejected: [], calls: 0 };
  if (writes.length === 0) return outcome;
  const inputs = writes.map((write, index) => ({ id: write.id, properties: write.properties, objectWriteTraceId: `u${index}` }));
  const answer = await calls.run(() => sdk.crm.objects.batchApi.update(objectType, { inputs } as UpdateRequest));
  const body = HubspotBatchResponseWire.parse(sdkBatchToWire(answer));
  const done = new Set<number>();
  const indexOfId = new Map(inputs.map((input, index) => [input.id, index]));
  for (const result of body.results) {
    const index = indexOfId.get(result.id);
    if (index === undefined || done.has(index)) continue;
    done.add(index);
    outcome.written.push({ record: writes[index]!.record, vendorId: result.id, created: false });
  }
  for (const [index, error] of failedInputs(body.errors ?? [], indexOfId)) {
    if (done.has(index) || writes[index] === undefined) continue;
    done.add(index);
    outcome.rejected.push(rejection(writes[index].record, error));
  }
  writes.forEach((write, index) => {
    if (!done.has(index)) outcome.rejected.push(unanswered(write.record));
  });
  return outcome;
}

/**
 * Batch create, trace ids `c<index>`. Results carry no trace id and their order is not documented, so
 * each written input takes the first unclaimed result whose `matchProperty` has the value it sent.
 */
export async function createTraced<T>(
  sdk: HubspotSdk, calls: CountedCalls, objectType: HubspotCrmObject, writes: ReadonlyArray<PreparedWrite<T>>, matchProperty: string,
): Promise<BatchOutcome<T>> {
  const outcome: BatchOutcome<T> = { written: [], rejected: [], calls: 0 };
  if (writes.length === 0) return outcome;
  const inputs = writes.map((write, index) => ({ properties: write.properties, objectWriteTraceId: `c${index}` }));
  const answer = await calls.run(() => sdk.crm.objects.batchApi.create(objectType, { inputs } as CreateRequest));
  const body = HubspotBatchResponseWire.parse(sdkBatchToWire(answer));
  const failed = new Map<number, HubspotStandardErrorWire>();
  for (const [index, error] of failedInputs(body.errors ?? [], new Map())) if (!failed.has(index)) failed.set(index, error);
  const unclaimed = [...body.results];
  writes.forEach((write, index) => {
    const error = failed.get(index);
    if (error) return void outcome.rejected.push(rejection(write.record, error));
    const at = unclaimed.findIndex((result) => result.properties[matchProperty] === write.properties[matchProperty]);
    const [result] = at < 0 ? [] : unclaimed.splice(at, 1);
    if (result) outcome.written.push({ record: write.record, vendorId: result.id, created: true });
    else outcome.rejected.push(unanswered(write.record));
  });
  return outcome;
}

/** Updates records read from HubSpot and creates the others, 100 a call each way, per-record outcomes. */
export function hubspotObjectWriter<T>(sdk: HubspotSdk, spec: HubspotWriterSpec<T>, options: HubspotCapabilityOptions = {}): BatchWriter<T> {
  const { limiter, ...retry } = options;
  const maxBatch = hubspotManifest.limits.batchWrite;
  return {
    maxBatch,
    async write(batch) {
      if (batch.length > maxBatch) throw new RangeError(`a HubSpot batch takes at most ${maxBatch} ${spec.objectType}, got ${batch.length}`);
      const calls = new CountedCalls(limiter, retry);
      const prepared = await spec.prepare(batch, calls);
      const refused: Array<Rejected<T>> = [];
      const updates: Array<PreparedWrite<T> & { id: string }> = [];
      const creates: Array<PreparedWrite<T>> = [];
      for (const item of prepared) {
        if ('refusal' in item) refused.push({ record: item.record, kind: 'rejected_record', vendorMessage: item.refusal });
        else {
          const id = spec.idOf(item.record);
          if (id === undefined) creates.push(item);
          else updates.push({ ...item, id });
        }
      }
      const outcome = mergeOutcomes([
        await updateByIds(sdk, calls, spec.objectType, updates),
        await createTraced(sdk, calls, spec.objectType, creates, spec.matchProperty),
        { written: [], rejected: refused, calls: 0 },
      ]);
      return { ...outcome, calls: calls.take() };
    },
  };
}
