// Undelete: a record in the recycle bin comes back with the same Id, with the records its delete took
// along. Merged-away records come back too (their MasterRecordId cleared; the merge's re-parenting is not
// undone). The recycle bin keeps records 15 days; after that Salesforce answers UNDELETE_FAILED.
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_undelete.htm
// https://help.salesforce.com/s/articleView?id=000386040&type=1 (UNDELETE_FAILED: Entity is not in the recycle bin)
import type { SalesforceSandboxState } from './index.ts';
import { SObjectWriteError } from './write-errors.ts';
import type { SObjectErrorItem } from './write-errors.ts';

export const RECYCLE_BIN_RETENTION_DAYS = 15;
const RETENTION_MS = RECYCLE_BIN_RETENTION_DAYS * 24 * 60 * 60 * 1000;
/** Ids one undelete call may carry. */
export const MAX_UNDELETE_IDS = 200;

export interface UndeleteOutcome {
  id: string | null;
  success: boolean;
  errors: SObjectErrorItem[];
}

const NOT_IN_BIN: SObjectErrorItem = { errorCode: 'UNDELETE_FAILED', message: 'Entity is not in the recycle bin', fields: [] };

/** Brings one record back from the recycle bin; `now` decides whether it is still there (15 days). */
export function undeleteRecord(state: SalesforceSandboxState, id: string, actingUserId: string, now: number): UndeleteOutcome {
  const { records } = state;
  const record = records.get(id, { includeDeleted: true });
  if (!record) return { id, success: false, errors: [{ errorCode: 'INVALID_ID_FIELD', message: 'invalid record id', fields: [] }] };
  const failed = (error: SObjectErrorItem): UndeleteOutcome => ({ id: record.Id, success: false, errors: [error] });
  if (!state.schema.get(record.sobject).undeletable) {
    return failed({ errorCode: 'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY', message: 'Entity type is not undeletable', fields: [] });
  }
  if (record.deletedDate === undefined) return failed(NOT_IN_BIN);
  if (now - Date.parse(record.deletedDate) > RETENTION_MS) return failed(NOT_IN_BIN);
  // A record its parent's delete took along is not in the bin on its own: undelete the parent.
  if (record.deletedWith !== undefined && records.get(record.deletedWith, { includeDeleted: true })?.deletedDate !== undefined) {
    return failed(NOT_IN_BIN);
  }
  records.begin();
  try {
    records.restore(record.Id, actingUserId);
    if (record.fields.MasterRecordId != null) records.update(record.Id, { MasterRecordId: null }, actingUserId, { system: true });
    records.commit();
    return { id: record.Id, success: true, errors: [] };
  } catch (err) {
    records.rollback();
    if (err instanceof SObjectWriteError) return { id: record.Id, success: false, errors: err.errors };
    throw err;
  }
}
