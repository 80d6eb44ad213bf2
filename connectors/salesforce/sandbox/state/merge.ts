// Merge: up to three Leads, Contacts or Accounts become one. The master keeps its Id (and takes the
// field values the caller chose); the others go to the recycle bin with MasterRecordId set, visible in
// queryAll; their related records are re-parented to the master. Each request is one transaction.
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_merge.htm
import type { SalesforceSandboxState } from './index.ts';
import type { SObjectDef } from './sobject-def.ts';
import type { SObjectRecord } from './record-table.ts';
import { SObjectWriteError } from './write-errors.ts';
import type { SObjectErrorItem } from './write-errors.ts';

/** Records merged into the master by one request, besides the master (three in all). */
export const MAX_RECORDS_TO_MERGE = 2;
/** Merge requests one call may carry. */
export const MAX_MERGE_REQUESTS = 200;

export interface MergeInput {
  masterId: string;
  /** Field values written on the master before the merge (null clears a field). */
  overrides: Record<string, unknown>;
  recordToMergeIds: string[];
}

export interface MergeOutcome {
  id: string | null;
  success: boolean;
  errors: SObjectErrorItem[];
  mergedRecordIds: string[];
  updatedRelatedIds: string[];
}

/** The object a merge names, or why it cannot be merged (Salesforce answers these for the whole call). */
export function mergeableObject(state: SalesforceSandboxState, sobject: string): SObjectDef | 'unknown' | 'not_mergeable' {
  const def = state.schema.resolve(sobject);
  if (!def) return 'unknown';
  return def.mergeable ? def : 'not_mergeable';
}

/** One merge request, as one transaction: all of it happens or none of it does. */
export function mergeRecords(state: SalesforceSandboxState, def: SObjectDef, input: MergeInput, actingUserId: string): MergeOutcome {
  const refused = checkMerge(state, def, input);
  if (refused) return failed(state.records.get(input.masterId, { includeDeleted: true })?.Id ?? input.masterId, refused);
  const { records } = state;
  const master = records.get(input.masterId)!;
  const losers = input.recordToMergeIds.map((id) => records.get(id)!);
  records.begin();
  try {
    if (Object.keys(input.overrides).length > 0) records.update(master.Id, input.overrides, actingUserId);
    const updatedRelatedIds: string[] = [];
    for (const loser of losers) {
      for (const id of reparentChildren(state, loser, master, losers, actingUserId)) {
        if (!updatedRelatedIds.includes(id)) updatedRelatedIds.push(id);
      }
      records.softDelete(loser.Id, actingUserId, { masterRecordId: master.Id, system: true });
    }
    records.commit();
    return { id: master.Id, success: true, errors: [], mergedRecordIds: losers.map((l) => l.Id), updatedRelatedIds };
  } catch (err) {
    records.rollback();
    if (err instanceof SObjectWriteError) return failed(master.Id, err.errors);
    throw err;
  }
}

function checkMerge(state: SalesforceSandboxState, def: SObjectDef, input: MergeInput): SObjectErrorItem[] | undefined {
  const ids = input.recordToMergeIds;
  if (ids.length === 0) return [item('REQUIRED_FIELD_MISSING', 'Required field is missing: recordToMergeIds', ['recordToMergeIds'])];
  if (ids.length > MAX_RECORDS_TO_MERGE) {
    return [item('LIMIT_EXCEEDED', `A single merge request must contain at most ${MAX_RECORDS_TO_MERGE} records to merge`)];
  }
  const masterProblem = recordProblem(state, def, input.masterId);
  if (masterProblem) return [masterProblem];
  const master = state.records.get(input.masterId)!;
  const seen = new Set<string>();
  for (const id of ids) {
    const problem = recordProblem(state, def, id);
    if (problem) return [problem];
    const record = state.records.get(id)!;
    if (record.Id === master.Id) return [item('INVALID_OPERATION', 'A record cannot be merged into itself: the master is in recordToMergeIds')];
    if (seen.has(record.Id)) return [item('DUPLICATE_VALUE', `duplicate value found: recordToMergeIds duplicates value on record with id: ${record.Id}`)];
    seen.add(record.Id);
  }
  return undefined;
}

// A record the merge names must be a live record of the merged object.
function recordProblem(state: SalesforceSandboxState, def: SObjectDef, id: string): SObjectErrorItem | undefined {
  const record = state.records.get(id, { includeDeleted: true });
  if (!record || record.sobject !== def.name) return item('INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id: ${id}`);
  if (record.deletedDate !== undefined) return item('ENTITY_IS_DELETED', 'entity is deleted');
  return undefined;
}

/**
 * Points every live record that refers to `loser` at `master` instead (contacts and opportunities of an
 * account, the Who and What of tasks and events, child accounts). Fields the org derives (Task.AccountId)
 * follow by themselves; read-only references (a converted lead's ConvertedAccountId) and MasterRecordId stay.
 */
function reparentChildren(
  state: SalesforceSandboxState, loser: SObjectRecord, master: SObjectRecord, losers: readonly SObjectRecord[], actingUserId: string,
): string[] {
  const moved: string[] = [];
  const merging = new Set([master.Id, ...losers.map((l) => l.Id)]);
  for (const relation of state.schema.childRelationships(loser.sobject)) {
    const field = state.schema.field(relation.childSObject, relation.field);
    if (!field || !field.updateable || field.name === 'MasterRecordId') continue;
    for (const child of state.records.findByField(relation.childSObject, field.name, loser.Id)) {
      if (merging.has(child.Id)) continue;
      state.records.update(child.Id, { [field.name]: master.Id }, actingUserId, { system: true });
      moved.push(child.Id);
    }
  }
  return moved;
}

function failed(masterId: string, errors: SObjectErrorItem[]): MergeOutcome {
  return { id: masterId, success: false, errors, mergedRecordIds: [], updatedRelatedIds: [] };
}

function item(errorCode: string, message: string, fields: string[] = []): SObjectErrorItem {
  return { errorCode, message, fields };
}
