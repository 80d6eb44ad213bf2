import type { Migration } from './migration.ts';
import { createTenants } from './0001-create-tenants.ts';
import { createConnections } from './0002-create-connections.ts';
import { createIdLinks } from './0003-create-id-links.ts';
import { createSyncCursors } from './0004-create-sync-cursors.ts';
import { createJobRuns } from './0005-create-job-runs.ts';
import { createChangeLog } from './0006-create-change-log.ts';
import { createRecordCopies } from './0007-create-record-copies.ts';
import { createDeadLetters } from './0008-create-dead-letters.ts';
import { createRecordTombstones } from './0009-create-record-tombstones.ts';
import { recordCopiesOneRow } from './0010-record-copies-one-row.ts';

export type { Migration } from './migration.ts';

/** Every migration this build knows, oldest first. Append only. */
export const migrations: readonly Migration[] = [
  createTenants,
  createConnections,
  createIdLinks,
  createSyncCursors,
  createJobRuns,
  createChangeLog,
  createRecordCopies,
  createDeadLetters,
  createRecordTombstones,
  recordCopiesOneRow,
];
