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

describe('upgrading record copies to one row per record', () => {
  const tempDir = useTempDirs();

  it('carries every field value, with its provenance, into the record\'s row', async () => {
    const file = join(tempDir(), 'revops.sqlite');
    const old = openDatabase({ file });
    migrate(old, migrations.filter((m) => m.version <= 9));
    old.exec(`
      INSERT INTO tenants VALUES ('t1', 'salesforce', '00D1', 'Acme', 'active', '2025-01-06T09:00:00.000Z', '2025-01-06T09:00:00.000Z');
      INSERT INTO job_runs (id, tenant_id, job_name, status, dry_run, started_at) VALUES ('r1', 't1', 'sync', 'running', 0, '2025-01-06T09:00:00.000Z');
      INSERT INTO record_copies (id, tenant_id, object_type, system, record_id, updated_at) VALUES (1, 't1', 'contact', 'hubspot', '501', '2025-01-06T09:00:00.000Z');
      INSERT INTO record_copy_fields VALUES ('t1', 1, 'email', 'salesforce', '"ada@x.io"', '2025-01-05T09:00:00.000Z', 'person', NULL, NULL, '2025-01-06T09:00:00.000Z');
      INSERT INTO record_copy_fields VALUES ('t1', 1, 'email', 'hubspot', '"ada@x.io"', NULL, 'sync', 'r1', 'crm_wins', '2025-01-06T09:00:00.000Z');
      INSERT INTO record_copy_fields VALUES ('t1', 1, 'title', 'hubspot', 'null', NULL, 'person', NULL, NULL, '2025-01-06T09:00:00.000Z');
    `);
    old.close();

    const store = await openStore({ file, encryptionKey: testKey(1) });
    const copy = (await store.recordCopies.getMany('t1', 'contact', 'hubspot', ['501'])).get('501');
    expect(copy?.fields).toEqual({
      email: {
        salesforce: { value: 'ada@x.io', modifiedAt: '2025-01-05T09:00:00.000Z', writtenBy: 'person', jobRunId: null, rule: null, seenAt: '2025-01-06T09:00:00.000Z' },
        hubspot: { value: 'ada@x.io', modifiedAt: null, writtenBy: 'sync', jobRunId: 'r1', rule: 'crm_wins', seenAt: '2025-01-06T09:00:00.000Z' },
      },
      title: { hubspot: { value: null, modifiedAt: null, writtenBy: 'person', jobRunId: null, rule: null, seenAt: '2025-01-06T09:00:00.000Z' } },
    });
    await store.close();
  });
});
