import type { DatabaseSync } from 'node:sqlite';
import { transaction } from './database.ts';
import { migrations as knownMigrations } from './migrations/index.ts';
import type { Migration } from './migrations/index.ts';
import { integerColumn, textColumn } from './sqlite/row-readers.ts';

export interface AppliedMigration {
  version: number;
  name: string;
}

/**
 * Brings the schema up to date: records applied versions in schema_migrations and applies each
 * pending migration in its own transaction, so a failure leaves the last good version in place.
 * Returns what it applied (empty when the schema was already current).
 */
export function migrate(db: DatabaseSync, migrations: readonly Migration[] = knownMigrations): AppliedMigration[] {
  assertOrdered(migrations);
  db.exec(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )
  `);
  assertNotNewerThanCode(db, migrations);

  const applied: AppliedMigration[] = [];
  for (const migration of migrations) {
    // Re-checked inside the transaction: another process may have applied it meanwhile.
    const didApply = transaction(db, () => {
      if (recordedName(db, migration.version) !== undefined) return false;
      db.exec(migration.up);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)')
        .run(migration.version, migration.name, new Date().toISOString());
      return true;
    });
    if (didApply) applied.push({ version: migration.version, name: migration.name });
  }
  return applied;
}

/** The versions recorded in the database, oldest first. */
export function appliedVersions(db: DatabaseSync): number[] {
  return db.prepare('SELECT version FROM schema_migrations ORDER BY version')
    .all()
    .map((row) => integerColumn(row, 'version'));
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (!Number.isInteger(migration.version) || migration.version < 1) {
      throw new Error(`Migration "${migration.name}" has version ${migration.version}; versions are positive integers.`);
    }
    if (previous && migration.version <= previous.version) {
      throw new Error(`Migrations are out of order: version ${migration.version} ("${migration.name}") comes after version ${previous.version}.`);
    }
  });
}

// A database written by a newer build may hold tables and rows this code would misread or damage.
function assertNotNewerThanCode(db: DatabaseSync, migrations: readonly Migration[]): void {
  const known = new Map(migrations.map((m) => [m.version, m.name]));
  const latestKnown = migrations.at(-1)?.version ?? 0;
  for (const row of db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()) {
    const version = integerColumn(row, 'version');
    const name = textColumn(row, 'name');
    if (version > latestKnown) {
      throw new Error(
        `The database schema is at version ${version} ("${name}"), newer than this build knows (latest ${latestKnown}). ` +
          'Run a newer revops-connector, or restore a backup made by this version; refusing to start.',
      );
    }
    const expectedName = known.get(version);
    if (expectedName !== undefined && expectedName !== name) {
      throw new Error(
        `Migration ${version} is recorded as "${name}" but this build calls it "${expectedName}": ` +
          'the database was migrated by a different line of the code; refusing to start.',
      );
    }
  }
}

function recordedName(db: DatabaseSync, version: number): string | undefined {
  const row = db.prepare('SELECT name FROM schema_migrations WHERE version = ?').get(version);
  return row === undefined ? undefined : textColumn(row, 'name');
}
