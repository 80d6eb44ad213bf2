import type { ChangeLogRepository } from './repositories/change-log.ts';
import type { ConnectionRepository } from './repositories/connections.ts';
import type { DeadLetterRepository } from './repositories/dead-letters.ts';
import type { IdMapRepository } from './repositories/id-map.ts';
import type { JobRunRepository } from './repositories/job-runs.ts';
import type { RecordCopyRepository } from './repositories/record-copies.ts';
import type { SyncCommitRepository } from './repositories/sync-commits.ts';
import type { SyncCursorRepository } from './repositories/sync-cursors.ts';
import type { TenantRepository } from './repositories/tenants.ts';
import type { TombstoneRepository } from './repositories/tombstones.ts';

/**
 * Everything the rest of the product may know about persistence. Callers depend on these
 * interfaces only; SQLite (embedded) implements them today and PostgreSQL can implement them
 * next to it without any caller changing.
 */
export interface Store {
  readonly tenants: TenantRepository;
  readonly connections: ConnectionRepository;
  readonly idMap: IdMapRepository;
  readonly cursors: SyncCursorRepository;
  readonly jobRuns: JobRunRepository;
  readonly changeLog: ChangeLogRepository;
  /** The local copy of what was synced: last value per field and side, with provenance. */
  readonly recordCopies: RecordCopyRepository;
  /** Per-record failures set aside for replay or discard. */
  readonly deadLetters: DeadLetterRepository;
  /** Records deleted or merged away in one system, so the sync never resurrects them. */
  readonly tombstones: TombstoneRepository;
  /** A sync batch's change log, copies, links, tombstones, dead letters and cursors in one transaction. */
  readonly syncCommits: SyncCommitRepository;
  close(): Promise<void>;
}
