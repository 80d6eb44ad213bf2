import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { appliedVersions, migrate } from '../../src/store/migrate.ts';
import { migrations } from '../../src/store/migrations/index.ts';
import { openStore } from '../../src/store/index.ts';
import { testKey, useTempDirs } from './store-fixture.ts';

// The schema as the release before the record copies and dead letters left it.
const previousRelease = migrations.filter((m) => m.version <= 6);

describe('upgrading a database from the previous release', () => {
  const tempDir = useTempDirs();

  it('adds record copies and dead letters and keeps every existing row', async () => {
    const file = join(tempDir(), 'revops.sqlite');
    const old = openDatabase({ file });
    migrate(old, previousRelease);
    old.exec(`
      INSERT INTO tenants VALUES ('t1', 'hubspot', '1', 'Acme', 'active', '2025-01-06T09:00:00.000Z', '2025-01-06T09:00:00.000Z');
      INSERT INTO id_links VALUES ('t1', 'contact', 'hubspot', '501', 'salesforce', '003A', '2025-01-06T09:00:00.000Z', '2025-01-06T09:00:00.000Z');
      INSERT INTO job_runs (id, tenant_id, job_name, status, dry_run, started_at) VALUES ('r1', 't1', 'sync', 'running', 0, '2025-01-06T09:00:00.000Z');
    `);
    old.close();

    const store = await openStore({ file, encryptionKey: testKey(1) });
    expect(await store.idMap.lookup('t1', 'contact', { system: 'hubspot', id: '501' }, 'salesforce')).toBe('003A');
    await store.recordCopies.upsertMany('t1', [{
      objectType: 'contact', record: { system: 'salesforce', id: '003A' },
      values: [{ field: 'email', system: 'hubspot', value: 'a@x.io', modifiedAt: null, writtenBy: 'sync', jobRunId: 'r1' }],
    }]);
    await store.deadLetters.add('t1', [{
      jobRunId: 'r1', vendor: 'hubspot', objectType: 'contact', recordKey: 'b@x.io', payload: {},
      failureKind: 'rejected_record', vendorMessage: 'invalid',
    }]);
    expect((await store.recordCopies.getMany('t1', 'contact', 'salesforce', ['003A'])).size).toBe(1);
    expect(await store.deadLetters.countOpen('t1')).toBe(1);
    await store.close();

    const reopened = openDatabase({ file });
    expect(migrate(reopened)).toEqual([]);
    expect(appliedVersions(reopened)).toEqual(migrations.map((m) => m.version));
    reopened.close();
  });
});
