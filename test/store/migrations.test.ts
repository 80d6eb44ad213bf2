import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { appliedVersions, migrate } from '../../src/store/migrate.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import type { Migration } from '../../src/store/migrations/index.ts';
import { useTempDirs } from './store-fixture.ts';

const allVersions = migrations.map((m) => m.version);

function tableNames(db: ReturnType<typeof openDatabase>): string[] {
  return db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all().map((row) => String(row.name));
}

describe('migrate', () => {
  const tempDir = useTempDirs();

  it('applies every migration to a new database and records each version', () => {
    const db = openDatabase({ file: join(tempDir(), 'revops.sqlite') });
    const applied = migrate(db);
    expect(applied.map((m) => m.version)).toEqual(allVersions);
    expect(appliedVersions(db)).toEqual(allVersions);
    expect(tableNames(db)).toEqual(expect.arrayContaining(
      ['tenants', 'connections', 'oauth_tokens', 'id_links', 'sync_cursors', 'job_runs', 'change_log',
      'record_copies', 'dead_letters', 'record_tombstones', 'schema_migrations']));
    db.close();
  });

  it('applies nothing when the database is reopened with the same code', () => {
    const file = join(tempDir(), 'revops.sqlite');
    const first = openDatabase({ file });
    migrate(first);
    first.close();

    const reopened = openDatabase({ file });
    expect(migrate(reopened)).toEqual([]);
    expect(appliedVersions(reopened)).toEqual(allVersions);
    reopened.close();
  });

  it('applies only the migrations added since the last run', () => {
    const db = openDatabase({ file: ':memory:' });
    migrate(db, migrations.slice(0, 2));
    expect(migrate(db).map((m) => m.version)).toEqual(allVersions.slice(2));
  });

  it('refuses a database migrated by newer code, naming both versions', () => {
    const db = openDatabase({ file: ':memory:' });
    migrate(db);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from the future', '2030-01-01T00:00:00.000Z')").run();
    expect(() => migrate(db)).toThrow(
      `schema is at version 999 ("from the future"), newer than this build knows (latest ${allVersions.at(-1)})`);
  });

  it('refuses a database whose recorded migration has a different name', () => {
    const db = openDatabase({ file: ':memory:' });
    migrate(db);
    db.prepare("UPDATE schema_migrations SET name = 'something else' WHERE version = 1").run();
    expect(() => migrate(db)).toThrow(/Migration 1 is recorded as "something else"/);
  });

  it('rolls back a failing migration completely and keeps the ones before it', () => {
    const db = openDatabase({ file: ':memory:' });
    const broken: Migration[] = [
      { version: 1, name: 'good', up: 'CREATE TABLE good (id TEXT)' },
      { version: 2, name: 'half done', up: 'CREATE TABLE half (id TEXT); INSERT INTO missing_table VALUES (1);' },
    ];
    expect(() => migrate(db, broken)).toThrow(/no such table: missing_table/);
    expect(appliedVersions(db)).toEqual([1]);
    expect(tableNames(db)).toContain('good');
    expect(tableNames(db)).not.toContain('half');
  });

  it('refuses a migration list that is out of order', () => {
    const db = openDatabase({ file: ':memory:' });
    const shuffled: Migration[] = [
      { version: 2, name: 'second', up: '' },
      { version: 1, name: 'first', up: '' },
    ];
    expect(() => migrate(db, shuffled)).toThrow(/out of order/);
  });
});

describe('the migration list', () => {
  it('numbers migrations 1, 2, 3, … without gaps', () => {
    expect(allVersions).toEqual(allVersions.map((_, index) => index + 1));
  });
});
