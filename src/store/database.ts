import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

export const DEFAULT_DATA_DIR = './data';
export const DATABASE_FILE_NAME = 'revops.sqlite';

export interface OpenDatabaseOptions {
  /** A file path, or ':memory:'. Defaults to ./data/revops.sqlite. */
  file?: string;
  /** How long a writer waits for another connection's lock before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number;
}

export function databaseFileIn(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME);
}

/**
 * Opens the embedded store. WAL lets readers (admin pages) run while a job writes; NORMAL
 * synchronous is durable across process crashes in WAL mode and much faster than FULL.
 */
export function openDatabase(options: OpenDatabaseOptions = {}): DatabaseSync {
  const file = options.file ?? databaseFileIn(DEFAULT_DATA_DIR);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file, {
    enableForeignKeyConstraints: true,
    timeout: options.busyTimeoutMs ?? 5_000,
  });
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA foreign_keys = ON');
  return db;
}

/**
 * Runs `work` atomically: commit when it returns, roll back when it throws. Nested calls become
 * savepoints, so a repository method can be transactional on its own and inside a larger unit.
 * `work` must be synchronous: an awaited gap would let unrelated writes join the transaction.
 */
export function transaction<T>(db: DatabaseSync, work: () => T): T {
  const nested = db.isTransaction;
  // IMMEDIATE takes the write lock up front, so busy_timeout applies instead of a mid-transaction
  // SQLITE_BUSY when a reader tries to upgrade to a writer.
  db.exec(nested ? 'SAVEPOINT nested_work' : 'BEGIN IMMEDIATE');
  try {
    const result = work();
    if (result instanceof Promise) {
      throw new TypeError('transaction(): the work function must be synchronous, it returned a Promise');
    }
    db.exec(nested ? 'RELEASE nested_work' : 'COMMIT');
    return result;
  } catch (error) {
    db.exec(nested ? 'ROLLBACK TO nested_work; RELEASE nested_work' : 'ROLLBACK');
    throw error;
  }
}
