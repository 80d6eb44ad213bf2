import { systemClock } from './clock.ts';
import type { Clock } from './clock.ts';
import type { EncryptionKey } from './secret-box.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './store.ts';

export interface OpenStoreOptions {
  /** The SQLite file, or ':memory:'. Defaults to ./data/revops.sqlite (the directory is created). */
  file?: string;
  /** Seals OAuth tokens at rest; see loadEncryptionKey. */
  encryptionKey: EncryptionKey;
  /** Older keys, kept so rows they sealed still open until connections.reencryptTokens moves them. */
  previousEncryptionKeys?: readonly EncryptionKey[];
  /** "Now" for every timestamp the store writes; tests pass a controllable clock. */
  clock?: Clock;
  busyTimeoutMs?: number;
}

/**
 * The store's front door: opens (and migrates) the embedded SQLite store. A PostgreSQL store
 * would be chosen here from the options and return the same Store interface.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  return openSqliteStore({ ...options, clock: options.clock ?? systemClock });
}

export type { Store } from './store.ts';
export type { Clock } from './clock.ts';
export { DEFAULT_DATA_DIR, databaseFileIn } from './database.ts';
export { loadEncryptionKey, parseEncryptionKeyHex } from './encryption-key.ts';
export type { EncryptionKeyOrigin, LoadedEncryptionKey, LoadEncryptionKeyOptions } from './encryption-key.ts';
export type { EncryptionKey } from './secret-box.ts';
export {
  DuplicateRecordError, IdLinkConflictError, InvalidStateError, RecordNotFoundError,
} from './repositories/errors.ts';
export type { Crm, Vendor } from './repositories/vendor.ts';
export type { JsonObject, JsonValue } from './repositories/json-value.ts';
export type { IsoTimestamp } from './repositories/timestamp.ts';
export type { NewTenant, Tenant, TenantRepository, TenantStatus } from './repositories/tenants.ts';
export type {
  Connection, ConnectionInput, ConnectionRepository, ConnectionStatus, OAuthTokens, RefreshedTokens,
} from './repositories/connections.ts';
export type { IdMapRepository, SystemRecordRef } from './repositories/id-map.ts';
export type { SyncCursor, SyncCursorRepository } from './repositories/sync-cursors.ts';
export type { FinishedJobRunStatus, JobRun, JobRunOutcome, JobRunRepository, JobRunStatus } from './repositories/job-runs.ts';
export type {
  ChangeLogEntry, ChangeLogPage, ChangeLogRepository, ChangeOperation, ChangeReason, NewChangeLogEntry,
} from './repositories/change-log.ts';
export type {
  FieldCopies, NewSeenValue, RecordCopy, RecordCopyPage, RecordCopyRepository, RecordCopyScan, RecordCopyUpdate,
  SeenValue, WrittenBy,
} from './repositories/record-copies.ts';
export type {
  DeadLetter, DeadLetterListOptions, DeadLetterRepository, DeadLetterStatus, NewDeadLetter,
} from './repositories/dead-letters.ts';
export type { NewTombstone, Tombstone, TombstoneReason, TombstoneRepository } from './repositories/tombstones.ts';
export type {
  LinkChange, Relink, SyncCommit, SyncCommitRepository, SyncCommitResult,
} from './repositories/sync-commits.ts';
