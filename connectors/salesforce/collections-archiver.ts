// Records of one sObject deleted (to the recycle bin) by id through sObject Collections, 200 ids a call:
// DELETE /services/data/v62.0/composite/sobjects?ids=…&allOrNone=false
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_delete.htm
// Sent through the caller, not jsforce's destroy(), which would retry a DELETE by itself (QUIRKS.md, Connector).
import type { RecordArchiver } from '../../src/connector-kit/capabilities.ts';
import type { SalesforceCaller } from './calls.ts';
import { salesforceManifest } from './manifest.ts';
import { caseSafeId } from './record-ids.ts';
import { readSaveResults } from './wire/save-result.ts';

/** A record already in the recycle bin (or purged from it): the delete has nothing left to do. */
const ALREADY_GONE = new Set(['ENTITY_IS_DELETED', 'INVALID_CROSS_REFERENCE_KEY']);

type Outcome = Awaited<ReturnType<RecordArchiver['archive']>>;

/** Deletes `sobject` records, named by ids whose key prefix is `prefix`; another object's id is never sent. */
export function salesforceCollectionsArchiver(caller: SalesforceCaller, options: { sobject: string; prefix: string; apiVersion: string }): RecordArchiver {
  const { sobject, prefix, apiVersion } = options;
  const maxBatch = salesforceManifest.limits.batchWrite;

  /** Deletes one chunk; `ids` pairs each case-safe id sent with the id as the caller gave it. */
  async function deleteChunk(ids: Array<[safe: string, given: string]>, outcome: Outcome): Promise<void> {
    const path = `/services/data/v${apiVersion}/composite/sobjects?ids=${ids.map(([safe]) => safe).join(',')}&allOrNone=false`;
    const { value, calls } = await caller.delete(path);
    outcome.calls += calls;
    // One result per id, in the order sent.
    readSaveResults(value, ids.length).forEach((result, i) => {
      const id = ids[i]![1];
      const code = result.errors[0]?.statusCode ?? result.errors[0]?.errorCode;
      if (result.success || (code !== undefined && ALREADY_GONE.has(code))) outcome.archived.push(id);
      else outcome.rejected.push({ id, vendorMessage: result.errors.map((e) => `${e.statusCode ?? e.errorCode ?? 'ERROR'}: ${e.message}`).join('; ') || 'not deleted' });
    });
  }

  return {
    maxBatch,
    async archive(ids) {
      const outcome: Outcome = { archived: [], rejected: [], calls: 0 };
      const sendable = new Map<string, string>();
      for (const raw of ids) {
        const id = raw.trim();
        if (id === '') continue;
        const safe = caseSafeId(id);
        // Not an id at all: it names no record, so there is nothing to delete.
        if (safe === undefined) outcome.archived.push(id);
        // A collections delete removes whatever the id names: another object's record is never sent.
        else if (!safe.startsWith(prefix)) outcome.rejected.push({ id, vendorMessage: `not a ${sobject} id (${sobject} ids start with ${prefix})` });
        else if (!sendable.has(safe)) sendable.set(safe, id);
      }
      const pairs = [...sendable.entries()];
      for (let i = 0; i < pairs.length; i += maxBatch) await deleteChunk(pairs.slice(i, i + maxBatch), outcome);
      return outcome;
    },
  };
}
