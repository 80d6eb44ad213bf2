// Batch writes of Salesforce people through sObject Collections, 200 records a call, allOrNone false, so a
// bad record comes back alone with Salesforce's statusCode and message while its neighbours are saved.
import type { BatchOutcome } from '../../src/connector-kit/batch-outcome.ts';
import { emptyOutcome, mergeOutcomes } from '../../src/connector-kit/batch-outcome.ts';
import type { BatchWriter } from '../../src/connector-kit/capabilities.ts';
import { VendorCallError } from '../../src/connector-kit/failure.ts';
import type { CanonicalContact } from '../../src/core/canonical/index.ts';
import { salesforceCaller } from './calls.ts';
import type { SalesforceCallOptions } from './calls.ts';
import type { SalesforceConnection } from './client.ts';
import { salesforceCodeRule } from './errors.ts';
import { canonicalToContact } from './map/contact.ts';
import { canonicalToLead } from './map/lead.ts';
import type { PersonWriteFields } from './map/person.ts';
import { salesforceManifest } from './manifest.ts';
import type { PersonObject } from './people-feed.ts';
import { readSaveResults } from './wire/save-result.ts';
import type { SaveResultWire } from './wire/save-result.ts';

export interface SalesforcePeopleWriterOptions extends SalesforceCallOptions {
  sobject: PersonObject;
  /**
   * Upsert on this external id field (RevOps_Id__c, HubSpot_Contact_Id__c: see required-fields.ts). Without
   * it, records whose source is this Salesforce object are updated by Id and the others created.
   */
  externalIdField?: string;
  /** The external id of a record; by default its source id when it comes from another system (HubSpot's hs_object_id). */
  externalIdOf?: (record: CanonicalContact) => string | undefined;
  /** Standard fields the org does not have (the sandbox has no DoNotCall yet); never sent. */
  omitFields?: readonly string[];
}

type Mode = 'create' | 'update' | 'upsert';
interface Prepared { record: CanonicalContact; body: PersonWriteFields }

const defaultExternalIdOf = (record: CanonicalContact) => (record.source.system === 'salesforce' ? undefined : record.source.id);

export function salesforcePeopleWriter(conn: SalesforceConnection, options: SalesforcePeopleWriterOptions): BatchWriter<CanonicalContact> {
  const { sobject, externalIdField, externalIdOf = defaultExternalIdOf, omitFields = [], ...callOptions } = options;
  const caller = salesforceCaller(conn, callOptions);
  const maxBatch = salesforceManifest.limits.batchWrite;
  const toWire = sobject === 'Lead' ? canonicalToLead : canonicalToContact;

  function bodyOf(record: CanonicalContact): PersonWriteFields {
    const body = toWire(record);
    for (const name of omitFields) delete body[name];
    return body;
  }

  // POST   /services/data/v62.0/composite/sobjects                       (create)
  // PATCH  /services/data/v62.0/composite/sobjects                       (update by Id)
  // PATCH  /services/data/v62.0/composite/sobjects/{Type}/{ExtIdField}   (upsert)
  // https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections.htm
  function send(mode: Mode, records: Array<Record<string, string | boolean>>) {
    return caller.run((c) => {
      if (mode === 'create') return c.create(sobject, records, { allOrNone: false });
      if (mode === 'update') return c.update(sobject, records.map((r) => ({ ...r, Id: String(r.Id) })), { allOrNone: false });
      return c.upsert(sobject, records, externalIdField ?? '', { allOrNone: false });
    });
  }

  async function writeChunk(mode: Mode, chunk: readonly Prepared[]): Promise<BatchOutcome<CanonicalContact>> {
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
    const outcome: BatchOutcome<CanonicalContact> = { written: [], rejected: [], calls };
    results.forEach((result, i) => {
      const { record, body } = chunk[i]!;
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
    });
    return outcome;
  }

  function rejection(record: CanonicalContact, vendorMessage: string, vendorCode?: string): BatchOutcome<CanonicalContact>['rejected'][number] {
    return { record, kind: 'rejected_record', vendorMessage, ...(vendorCode ? { vendorCode } : {}) };
  }

  async function writeAll(mode: Mode, prepared: readonly Prepared[]): Promise<BatchOutcome<CanonicalContact>> {
    const outcomes: Array<BatchOutcome<CanonicalContact>> = [];
    for (let i = 0; i < prepared.length; i += maxBatch) outcomes.push(await writeChunk(mode, prepared.slice(i, i + maxBatch)));
    return mergeOutcomes(outcomes);
  }

  async function write(batch: readonly CanonicalContact[]): Promise<BatchOutcome<CanonicalContact>> {
    if (externalIdField) {
      const missing = batch.filter((r) => !externalIdOf(r));
      const upserts = batch.filter((r) => externalIdOf(r)).map((record) => ({ record, body: { ...bodyOf(record), [externalIdField]: externalIdOf(record)! } }));
      const outcome = await writeAll('upsert', upserts);
      return { ...outcome, rejected: [...missing.map((r) => rejection(r, `no value for ${sobject}.${externalIdField}`, 'MISSING_EXTERNAL_ID')), ...outcome.rejected] };
    }
    const ours = (r: CanonicalContact) => r.source.system === 'salesforce' && (r.source.objectType ?? sobject) === sobject;
    const updates = batch.filter(ours).map((record) => ({ record, body: { ...bodyOf(record), Id: record.source.id } }));
    const creates = batch.filter((r) => !ours(r)).map((record) => ({ record, body: bodyOf(record) }));
    return mergeOutcomes([await writeAll('update', updates), await writeAll('create', creates)]);
  }

  return { maxBatch, write };
}
