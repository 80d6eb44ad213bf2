import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/database.ts';
import { migrate } from '../../src/store/migrate.ts';
import type { NewChangeLogEntry } from '../../src/store/index.ts';
import { createTenant, manualClock, openMemoryStore } from './store-fixture.ts';

async function storeWithRun() {
  const time = manualClock('2025-01-06T09:00:00.000Z');
  const store = await openMemoryStore({ clock: time.clock });
  const tenant = await createTenant(store);
  const run = await store.jobRuns.start(tenant.id, { jobName: 'weekly-hygiene', dryRun: false });
  return { changeLog: store.changeLog, tenantId: tenant.id, runId: run.id, store, ...time };
}

function lifecycleUpdate(runId: string | null, objectId = '501'): NewChangeLogEntry {
  return {
    jobRunId: runId,
    system: 'hubspot',
    objectType: 'contact',
    objectId,
    field: 'lifecyclestage',
    operation: 'update',
    before: 'lead',
    after: 'marketingqualifiedlead',
    reason: { rule: 'mql-threshold', why: 'score 72 reached the MQL threshold of 70', details: { score: 72 } },
  };
}

describe('change log', () => {
  it('appends entries with increasing ids and the time of the write', async () => {
    const { changeLog, tenantId, runId } = await storeWithRun();
    const appended = await changeLog.append(tenantId, [lifecycleUpdate(runId, '501'), lifecycleUpdate(runId, '502')]);
    expect(appended).toHaveLength(2);
    const [first, second] = appended;
    expect(first).toEqual({ ...lifecycleUpdate(runId, '501'), id: expect.any(Number), tenantId, at: '2025-01-06T09:00:00.000Z' });
    expect(second?.id).toBeGreaterThan(first?.id ?? Infinity);
    expect(await changeLog.get(tenantId, first?.id ?? 0)).toEqual(first);
  });

  it('records whole-record operations with a null field and no run', async () => {
    const { changeLog, tenantId } = await storeWithRun();
    const [merge] = await changeLog.append(tenantId, [{
      system: 'salesforce', objectType: 'contact', objectId: '0035g00000XyZaB', operation: 'merge',
      before: { losers: ['0035g00000Loser'] }, after: null, reason: { rule: 'email-exact-match', why: 'same email' },
    }]);
    expect(merge).toMatchObject({ field: null, jobRunId: null, after: null, before: { losers: ['0035g00000Loser'] } });
  });

  it('appends a batch all or nothing', async () => {
    const { changeLog, tenantId, runId } = await storeWithRun();
    const badRun = { ...lifecycleUpdate('run-of-nobody'), objectId: '999' };
    await expect(changeLog.append(tenantId, [lifecycleUpdate(runId, '501'), badRun])).rejects.toThrow(/FOREIGN KEY/);
    expect(await changeLog.listForObject(tenantId, { system: 'hubspot', objectType: 'contact', objectId: '501' })).toEqual([]);
  });

  it('lists the history of one object, oldest first, in pages', async () => {
    const { changeLog, tenantId, runId } = await storeWithRun();
    await changeLog.append(tenantId, [lifecycleUpdate(runId, '501'), lifecycleUpdate(runId, '502'), lifecycleUpdate(runId, '501')]);
    const object = { system: 'hubspot', objectType: 'contact', objectId: '501' } as const;
    const all = await changeLog.listForObject(tenantId, object);
    expect(all.map((e) => e.objectId)).toEqual(['501', '501']);
    const secondPage = await changeLog.listForObject(tenantId, object, { afterId: all[0]?.id ?? 0, limit: 10 });
    expect(secondPage).toEqual([all[1]]);
  });

  it('lists the changes of one run', async () => {
    const { changeLog, tenantId, runId } = await storeWithRun();
    await changeLog.append(tenantId, [lifecycleUpdate(runId, '501'), lifecycleUpdate(null, '502')]);
    expect((await changeLog.listForRun(tenantId, runId)).map((e) => e.objectId)).toEqual(['501']);
  });

  it('offers no way to update or delete an entry', async () => {
    const { changeLog } = await storeWithRun();
    expect(Object.keys(changeLog).sort()).toEqual(['append', 'get', 'listForObject', 'listForRun']);
  });
});

describe('change_log table', () => {
  function databaseWithOneEntry() {
    const db = openDatabase({ file: ':memory:' });
    migrate(db);
    db.exec(`
      INSERT INTO tenants VALUES ('t1', 'hubspot', '1', 'Acme', 'active', '2025-01-06T09:00:00.000Z', '2025-01-06T09:00:00.000Z');
      INSERT INTO change_log (tenant_id, system, object_type, object_id, operation, reason_json, at)
      VALUES ('t1', 'hubspot', 'contact', '501', 'create', '{"rule":"r","why":"w"}', '2025-01-06T09:00:00.000Z');
    `);
    return db;
  }

  it('refuses UPDATE even from raw SQL', () => {
    const db = databaseWithOneEntry();
    expect(() => db.exec("UPDATE change_log SET after_json = '\"tampered\"'")).toThrow(/change_log is append-only/);
  });

  it('refuses DELETE even from raw SQL', () => {
    const db = databaseWithOneEntry();
    expect(() => db.exec('DELETE FROM change_log')).toThrow(/change_log is append-only/);
    expect(db.prepare('SELECT count(*) AS n FROM change_log').get()).toEqual({ n: 1 });
  });
});
