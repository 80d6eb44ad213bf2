import type { Clock } from '../clock.ts';
import { openDatabase } from '../database.ts';
import { migrate } from '../migrate.ts';
import type { EncryptionKey } from '../secret-box.ts';
import { createSecretBox } from '../secret-box.ts';
import type { Store } from '../store.ts';
import { createSqliteChangeLogRepository } from './sqlite-change-log.ts';
import { createSqliteConnectionRepository } from './sqlite-connections.ts';
import { createSqliteDeadLetterRepository } from './sqlite-dead-letters.ts';
import { createSqliteIdMapRepository } from './sqlite-id-map.ts';
import { createSqliteJobRunRepository } from './sqlite-job-runs.ts';
import { createSqliteRecordCopyRepository } from './sqlite-record-copies.ts';
import { createSqliteSyncCommitRepository } from './sqlite-sync-commits.ts';
import { createSqliteSyncCursorRepository } from './sqlite-sync-cursors.ts';
import { createSqliteTenantRepository } from './sqlite-tenants.ts';
import { createSqliteTombstoneRepository } from './sqlite-tombstones.ts';

export interface SqliteStoreOptions {
  /** A file path or ':memory:'; defaults to ./data/revops.sqlite. */
  file?: string;
  encryptionKey: EncryptionKey;
  /** Keys that sealed older rows; they only decrypt. */
  previousEncryptionKeys?: readonly EncryptionKey[];
  clock: Clock;
  busyTimeoutMs?: number;
}

/** Opens the database, brings its schema up to date and wires the SQLite repositories. */
export function openSqliteStore(options: SqliteStoreOptions): Store {
  const db = openDatabase({ file: options.file, busyTimeoutMs: options.busyTimeoutMs });
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  const secretBox = createSecretBox({ current: options.encryptionKey, previous: options.previousEncryptionKeys ?? [] });
  const { clock } = options;
  return {
    tenants: createSqliteTenantRepository(db, clock),
    connections: createSqliteConnectionRepository(db, secretBox, clock),
    idMap: createSqliteIdMapRepository(db, clock),
    cursors: createSqliteSyncCursorRepository(db, clock),
    jobRuns: createSqliteJobRunRepository(db, clock),
    changeLog: createSqliteChangeLogRepository(db, clock),
    recordCopies: createSqliteRecordCopyRepository(db, clock),
    deadLetters: createSqliteDeadLetterRepository(db, clock),
    tombstones: createSqliteTombstoneRepository(db, clock),
    syncCommits: createSqliteSyncCommitRepository(db, clock),
    async close() {
      if (db.isOpen) db.close();
    },
  };
}
