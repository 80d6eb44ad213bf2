// Batch writes of one sObject through sObject Collections, 200 records a call, allOrNone false, so a bad
// record comes back alone with Salesforce's statusCode and message while its neighbours are saved. People,
// accounts, opportunities and lookups (associations) all write through here.
// POST   /services/data/v62.0/composite/sobjects                       (create)
// PATCH  /services/data/v62.0/composite/sobjects                       (update by Id)
// PATCH  /services/data/v62.0/composite/sobjects/{Type}/{ExtIdField}   (upsert)
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections.htm
import type { BatchOutcome } from '../../src/connector-kit/batch-outcome.ts';
import { emptyOutcome, mergeOutcomes } from '../../src/connector-kit/batch-outcome.ts';
import type { BatchWriter } from '../../src/connector-kit/capabilities.ts';
import { VendorCallError } from '../../src/connector-kit/failure.ts';
import type { SalesforceCaller } from './calls.ts';
import { salesforceCodeRule } from './errors.ts';
import { salesforceManifest } from './manifest.ts';
import { readSaveResults } from './wire/save-result.ts';
import type { SaveResultWire } from './wire/save-result.ts';

/** Field values a write sends; absent canonical values are left out, `null` clears a field. */
export type SObjectFields = Record<string, string | number | boolean | null>;

export interface CollectionsWriterSpec<T> {
  sobject: string;
  /** The fields to write, or why the record cannot be written (it is rejected without a call). */
  bodyOf(record: T): { body: SObjectFields } | { refusal: string };
  /** Whether the record is this object's in this org: updated by Id (`idOf`); the others are created. */
  ours(record: T): boolean;
  idOf(record: T): string;
  /** Upsert on this external id field instead (RevOps_Id__c, HubSpot_*_Id__c: see required-fields.ts). */
  externalIdField?: string;
  externalIdOf?: (record: T) => string | undefined;
  /** Runs before each write's bodies are made (the opportunity writer reads its stage table); answers the calls it took. */
  prepare?: () => Promise<number>;
}

type Mode = 'create' | 'update' | 'upsert';
interface Prepared<T> { record: T; body: SObjectFields }
type Rejected<T> = BatchOutcome<T>['rejected'][number];

const rejection = <T>(record: T, vendorMessage: string, vendorCode?: string): Rejected<T> =>
  ({ record, kind: 'rejected_record', vendorMessage, ...(vendorCode ? { vendorCode } : {}) });

/** One save result as a written or rejected record; a duplicate rule's matches are kept as `duplicateOf`. */
function resultOf<T>(result: SaveResultWire, { record, body }: Prepared<T>, mode: Mode, outcome: BatchOutcome<T>): void {
  if (result.success) {
    const vendorId = result.id ?? (typeof body.Id === 'string' ? body.Id : '');
    outcome.written.push({ record, vendorId, created: result.created ?? mode === 'create' });
    return;
  }
  const first = result.errors[0];
  const code = first?.statusCode ?? first?.errorCode;
  const message = result.errors.map((e) => e.message).join('; ') || 'rejected without a message';
  const duplicateOf = result.errors.flatMap((e) => e.duplicateResult?.matchResults.flatMap((m) => m.matchRecords.map((r) => r.record.Id)) ?? []);
  outcome.rejected.push({
    record, kind: code ? salesforceCodeRule(code).kind : 'unknown', vendorMessage: message, ...(code ? { vendorCode: code } : {}),
    ...(duplicateOf.length > 0 ? { duplicateOf: [...new Set(duplicateOf)] } : {}),
  });
}

export function salesforceCollectionsWriter<T>(caller: SalesforceCaller, spec: CollectionsWriterSpec<T>): BatchWriter<T> {
  const { sobject, externalIdField } = spec;
  const maxBatch = salesforceManifest.limits.batchWrite;

  function send(mode: Mode, records: SObjectFields[]) {
    return caller.run((c) => {
      if (mode === 'create') return c.create(sobject, records, { allOrNone: false });
      if (mode === 'update') return c.update(sobject, records.map((r) => ({ ...r, Id: String(r.Id) })), { allOrNone: false });
      return c.upsert(sobject, records, externalIdField ?? '', { allOrNone: false });
    });
  }

  async function writeChunk(mode: Mode, chunk: ReadonlyArray<Prepared<T>>): Promise<BatchOutcome<T>> {
    if (chunk.length === 0) return emptyOutcome();
    let results: SaveResultWire[];
    let calls: number;
    try {
      const sent = await send(mode, chunk.map((p) => p.body));
      results = readSaveResults(sent.value, chunk.length);
      calls = sent.calls;
    } catch (error) {
      // A refusal of the whole request (JSON_PARSER_ERROR: one unreadable value) hides which record it was:
      // halve the batch until it is alone, counting each call.
      if (!(error instanceof VendorCallError) || error.kind !== 'rejected_record') throw error;
      if (chunk.length === 1) return { written: [], rejected: [rejection(chunk[0]!.record, error.vendorMessage)], calls: 1 };
      const half = Math.ceil(chunk.length / 2);
      const parts = [await writeChunk(mode, chunk.slice(0, half)), await writeChunk(mode, chunk.slice(half))];
      return { ...mergeOutcomes(parts), calls: 1 + parts[0]!.calls + parts[1]!.calls };
    }
    const outcome: BatchOutcome<T> = { written: [], rejected: [], calls };
    results.forEach((result, i) => resultOf(result, chunk[i]!, mode, outcome));
    return outcome;
  }

  async function writeAll(mode: Mode, prepared: ReadonlyArray<Prepared<T>>): Promise<BatchOutcome<T>> {
    const outcomes: Array<BatchOutcome<T>> = [];
    for (let i = 0; i < prepared.length; i += maxBatch) outcomes.push(await writeChunk(mode, prepared.slice(i, i + maxBatch)));
    return mergeOutcomes(outcomes);
  }

  async function write(batch: readonly T[]): Promise<BatchOutcome<T>> {
    const prepareCalls = spec.prepare ? await spec.prepare() : 0;
    const refused: Array<Rejected<T>> = [];
    const bodies: Array<Prepared<T>> = [];
    for (const record of batch) {
      const made = spec.bodyOf(record);
      if ('refusal' in made) refused.push(rejection(record, made.refusal));
      else bodies.push({ record, body: made.body });
    }
    let outcome: BatchOutcome<T>;
    if (externalIdField) {
      const externalIdOf = spec.externalIdOf ?? (() => undefined);
      const missing = bodies.filter((p) => !externalIdOf(p.record));
      const upserts = bodies.filter((p) => externalIdOf(p.record)).map((p) => ({ ...p, body: { ...p.body, [externalIdField]: externalIdOf(p.record)! } }));
      const upserted = await writeAll('upsert', upserts);
      outcome = { ...upserted, rejected: [...missing.map((p) => rejection(p.record, `no value for ${sobject}.${externalIdField}`, 'MISSING_EXTERNAL_ID')), ...upserted.rejected] };
    } else {
      const updates = bodies.filter((p) => spec.ours(p.record)).map((p) => ({ ...p, body: { ...p.body, Id: spec.idOf(p.record) } }));
      const creates = bodies.filter((p) => !spec.ours(p.record));
      outcome = mergeOutcomes([await writeAll('update', updates), await writeAll('create', creates)]);
    }
    return { ...outcome, rejected: [...outcome.rejected, ...refused], calls: outcome.calls + prepareCalls };
  }

  return { maxBatch, write };
}
