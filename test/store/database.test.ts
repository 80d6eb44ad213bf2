import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, transaction } from '../../src/store/database.ts';
import { useTempDirs } from './store-fixture.ts';

describe('openDatabase', () => {
  const tempDir = useTempDirs();

  it('creates the data directory when it is missing', () => {
    const file = join(tempDir(), 'nested', 'data', 'revops.sqlite');
    const db = openDatabase({ file });
    db.close();
    expect(existsSync(file)).toBe(true);
  });

  it('turns on WAL mode for a file database', () => {
    const db = openDatabase({ file: join(tempDir(), 'revops.sqlite') });
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
  });

  it('enforces foreign keys', () => {
    const db = openDatabase({ file: ':memory:' });
    db.exec('CREATE TABLE parent (id TEXT PRIMARY KEY); CREATE TABLE child (parent_id TEXT REFERENCES parent (id))');
    expect(() => db.exec("INSERT INTO child VALUES ('missing')")).toThrow(/FOREIGN KEY constraint failed/);
    db.close();
  });

  it('waits for locks for the configured busy timeout', () => {
    const db = openDatabase({ file: ':memory:', busyTimeoutMs: 1234 });
    expect(db.prepare('PRAGMA busy_timeout').get()).toEqual({ timeout: 1234 });
    db.close();
  });
});

describe('transaction', () => {
  function tableWithRows() {
    const db = openDatabase({ file: ':memory:' });
    db.exec('CREATE TABLE item (name TEXT NOT NULL)');
    const count = () => db.prepare('SELECT count(*) AS n FROM item').get()?.n;
    return { db, count };
  }

  it('commits what the work wrote when it returns', () => {
    const { db, count } = tableWithRows();
    const result = transaction(db, () => {
      db.exec("INSERT INTO item VALUES ('a')");
      return 'done';
    });
    expect(result).toBe('done');
    expect(count()).toBe(1);
  });

  it('rolls back everything the work wrote when it throws', () => {
    const { db, count } = tableWithRows();
    expect(() => transaction(db, () => {
      db.exec("INSERT INTO item VALUES ('a')");
      throw new Error('boom');
    })).toThrow('boom');
    expect(count()).toBe(0);
    expect(db.isTransaction).toBe(false);
  });

  it('rolls back only the inner part when a nested transaction throws', () => {
    const { db, count } = tableWithRows();
    transaction(db, () => {
      db.exec("INSERT INTO item VALUES ('outer')");
      expect(() => transaction(db, () => {
        db.exec("INSERT INTO item VALUES ('inner')");
        throw new Error('inner failed');
      })).toThrow('inner failed');
    });
    expect(count()).toBe(1);
  });

  it('refuses asynchronous work, which would let unrelated writes into the transaction', () => {
    const { db, count } = tableWithRows();
    expect(() => transaction(db, () => {
      db.exec("INSERT INTO item VALUES ('a')");
      return Promise.resolve();
    })).toThrow(/must be synchronous/);
    expect(count()).toBe(0);
  });
});
