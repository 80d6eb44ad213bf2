import { describe, expect, it } from 'vitest';
import type { NewTombstone } from '../../src/store/index.ts';
import { createSqliteTombstoneRepository } from '../../src/store/sqlite/sqlite-tombstones.ts';
import { countingDatabase } from './counting-database.ts';
import { createTenant, manualClock, openMemoryStore } from './store-fixture.ts';

async function storeWithTenant() {
  const time = manualClock('2025-01-06T09:00:00.000Z');
  const store = await openMemoryStore({ clock: time.clock });
  const tenant = await createTenant(store);
  return { tombstones: store.tombstones, tenantId: tenant.id, ...time };
}

function deletedContact(id: string, email: string | null = null, system: NewTombstone['record']['system'] = 'hubspot'): NewTombstone {
  return { objectType: 'contact', record: { system, id }, email, reason: 'deleted', deletedAt: '2025-01-05T17:30:00Z' };
}

describe('tombstones', () => {
  it('keeps a deleted record with its email normalised and the time it was recorded', async () => {
    const { tombstones, tenantId } = await storeWithTenant();
    await tombstones.add(tenantId, [deletedContact('501', '  Ada@Acme.IO ')]);
    const found = await tombstones.findByIds(tenantId, 'contact', 'hubspot', ['501']);
    expect(found.get('501')).toEqual({
      tenantId, objectType: 'contact', record: { system: 'hubspot', id: '501' }, email: 'ada@acme.io',
      reason: 'deleted', mergedInto: null, deletedAt: '2025-01-05T17:30:00.000Z', recordedAt: '2025-01-06T09:00:00.000Z',
    });
  });

  it('keeps the surviving record of a merge', async () => {
    const { tombstones, tenantId } = await storeWithTenant();
    await tombstones.add(tenantId, [{ ...deletedContact('501'), reason: 'merged', mergedInto: '777' }]);
    const found = await tombstones.findByIds(tenantId, 'contact', 'hubspot', ['501']);
    expect(found.get('501')).toMatchObject({ reason: 'merged', mergedInto: '777' });
  });

  it('treats adding the same record again as a no-op', async () => {
    const { tombstones, tenantId, advance } = await storeWithTenant();
    await tombstones.add(tenantId, [deletedContact('501', 'ada@acme.io')]);
    const [first] = (await tombstones.findByIds(tenantId, 'contact', 'hubspot', ['501'])).values();
    advance(60_000);
    await tombstones.add(tenantId, [{ ...deletedContact('501', 'ada@acme.io'), reason: 'privacy_deletion' }]);
    const [again] = (await tombstones.findByIds(tenantId, 'contact', 'hubspot', ['501'])).values();
    expect(again).toEqual(first);
  });

  it('fills in an email that the first tombstone of a record lacked', async () => {
    const { tombstones, tenantId } = await storeWithTenant();
    await tombstones.add(tenantId, [deletedContact('501')]);
    await tombstones.add(tenantId, [deletedContact('501', 'ada@acme.io')]);
    expect((await tombstones.findByEmails(tenantId, 'contact', ['ada@acme.io'])).get('ada@acme.io')?.record.id).toBe('501');
  });

  it('finds a batch of ids, leaving out ids without a tombstone and other systems and object types', async () => {
    const { tombstones, tenantId } = await storeWithTenant();
    await tombstones.add(tenantId, [
      deletedContact('501'), deletedContact('502'), deletedContact('503', null, 'salesforce'),
      { ...deletedContact('504'), objectType: 'company' },
    ]);
    const found = await tombstones.findByIds(tenantId, 'contact', 'hubspot', ['501', '502', '503', '504', '999']);
    expect([...found.keys()].sort()).toEqual(['501', '502']);
  });

  it('finds a batch of ids with a single query, however many it holds', async () => {
    const { db, executions } = countingDatabase();
    const tombstones = createSqliteTombstoneRepository(db, () => new Date('2025-01-06T09:00:00.000Z'));
    const ids = Array.from({ length: 40_000 }, (_, n) => `hs-${n}`);
    await tombstones.add('t1', ids.slice(0, 100).map((id) => deletedContact(id)));
    executions.count = 0;
    expect((await tombstones.findByIds('t1', 'contact', 'hubspot', ids)).size).toBe(100);
    expect(executions.count).toBe(1);
  });

  it('finds tombstones by email in any system, whatever the case or padding, keyed by the emails as given', async () => {
    const { tombstones, tenantId } = await storeWithTenant();
    await tombstones.add(tenantId, [deletedContact('501', 'ada@acme.io'), deletedContact('003A', 'Bob@Acme.io', 'salesforce')]);
    const found = await tombstones.findByEmails(tenantId, 'contact', [' ADA@acme.io', 'bob@acme.io', 'eve@acme.io']);
    expect([...found.keys()]).toEqual([' ADA@acme.io', 'bob@acme.io']);
    expect(found.get(' ADA@acme.io')?.record).toEqual({ system: 'hubspot', id: '501' });
    expect(found.get('bob@acme.io')?.record).toEqual({ system: 'salesforce', id: '003A' });
  });

  it('reports the oldest tombstone when several records carried the same email', async () => {
    const { tombstones, tenantId, advance } = await storeWithTenant();
    await tombstones.add(tenantId, [deletedContact('003A', 'ada@acme.io', 'salesforce')]);
    advance(60_000);
    await tombstones.add(tenantId, [deletedContact('501', 'ada@acme.io')]);
    expect((await tombstones.findByEmails(tenantId, 'contact', ['ada@acme.io'])).get('ada@acme.io')?.record.id).toBe('003A');
  });

  it('finds a batch of emails with a single query, however many it holds', async () => {
    const { db, executions } = countingDatabase();
    const tombstones = createSqliteTombstoneRepository(db, () => new Date('2025-01-06T09:00:00.000Z'));
    const emails = Array.from({ length: 40_000 }, (_, n) => `person-${n}@acme.io`);
    await tombstones.add('t1', emails.slice(0, 100).map((email, n) => deletedContact(`hs-${n}`, email)));
    executions.count = 0;
    expect((await tombstones.findByEmails('t1', 'contact', emails)).size).toBe(100);
    expect(executions.count).toBe(1);
  });

  it('answers empty batches with empty maps', async () => {
    const { tombstones, tenantId } = await storeWithTenant();
    expect(await tombstones.findByIds(tenantId, 'contact', 'hubspot', [])).toEqual(new Map());
    expect(await tombstones.findByEmails(tenantId, 'contact', ['', '  '])).toEqual(new Map());
  });

  it('adds a batch all or nothing', async () => {
    const { tombstones, tenantId } = await storeWithTenant();
    await expect(tombstones.add(tenantId, [deletedContact('501'), { ...deletedContact('502'), deletedAt: 'yesterday' }]))
      .rejects.toThrow(/deletedAt is not a valid timestamp/);
    expect(await tombstones.findByIds(tenantId, 'contact', 'hubspot', ['501'])).toEqual(new Map());
  });
});
