import { describe, expect, it } from 'vitest';
import { RecordNotFoundError } from '../../src/store/index.ts';
import { createTenant, openMemoryStore } from './store-fixture.ts';

// Two tenants in one store; everything written for Acme must be invisible and untouchable as Globex.
async function twoTenants() {
  const store = await openMemoryStore();
  const acme = await createTenant(store, '1001');
  const globex = await createTenant(store, '2002');
  return { store, acme: acme.id, globex: globex.id };
}

describe('tenant isolation', () => {
  it('does not show one tenant\'s connection or tokens to another', async () => {
    const { store, acme, globex } = await twoTenants();
    await store.connections.upsert(acme, {
      vendor: 'hubspot', scopes: [], tokens: { accessToken: 'acme-token', refreshToken: null, expiresAt: null },
    });
    expect(await store.connections.get(globex, 'hubspot')).toBeUndefined();
    expect(await store.connections.getTokens(globex, 'hubspot')).toBeUndefined();
    expect(await store.connections.list(globex)).toEqual([]);
    await expect(store.connections.markStatus(globex, 'hubspot', 'disconnected')).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await store.connections.delete(globex, 'hubspot')).toBe(false);
    expect((await store.connections.getTokens(acme, 'hubspot'))?.accessToken).toBe('acme-token');
  });

  it('does not resolve one tenant\'s id links for another', async () => {
    const { store, acme, globex } = await twoTenants();
    const hubspot = { system: 'hubspot', id: '501' } as const;
    await store.idMap.link(acme, 'contact', hubspot, { system: 'salesforce', id: '003A' });
    expect(await store.idMap.lookup(globex, 'contact', hubspot, 'salesforce')).toBeUndefined();
    expect(await store.idMap.lookupMany(globex, 'contact', 'hubspot', ['501'], 'salesforce')).toEqual(new Map());
    expect(await store.idMap.relink(globex, 'contact', 'hubspot', '501', '999')).toBe(0);
    // The same record ids may be linked independently in the other tenant.
    await store.idMap.link(globex, 'contact', hubspot, { system: 'salesforce', id: '003B' });
    expect(await store.idMap.lookup(acme, 'contact', hubspot, 'salesforce')).toBe('003A');
  });

  it('keeps sync cursors per tenant', async () => {
    const { store, acme, globex } = await twoTenants();
    await store.cursors.save(acme, 'hubspot:contacts', { after: '100' });
    expect(await store.cursors.get(globex, 'hubspot:contacts')).toBeUndefined();
  });

  it('does not show or finish one tenant\'s job run as another', async () => {
    const { store, acme, globex } = await twoTenants();
    const run = await store.jobRuns.start(acme, { jobName: 'incremental-sync', dryRun: false });
    expect(await store.jobRuns.get(globex, run.id)).toBeUndefined();
    expect(await store.jobRuns.listRecent(globex, 'incremental-sync', 10)).toEqual([]);
    await expect(store.jobRuns.finish(globex, run.id, { status: 'cancelled' })).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('does not show one tenant\'s change log to another, nor let it claim another tenant\'s run', async () => {
    const { store, acme, globex } = await twoTenants();
    const run = await store.jobRuns.start(acme, { jobName: 'weekly-hygiene', dryRun: false });
    const entry = {
      jobRunId: run.id, system: 'hubspot', objectType: 'contact', objectId: '501', field: 'email',
      operation: 'update', before: 'a@x.io', after: 'b@x.io', reason: { rule: 'crm_wins', why: 'test' },
    } as const;
    const [written] = await store.changeLog.append(acme, [entry]);
    expect(await store.changeLog.get(globex, written?.id ?? 0)).toBeUndefined();
    expect(await store.changeLog.listForRun(globex, run.id)).toEqual([]);
    expect(await store.changeLog.listForObject(globex, { system: 'hubspot', objectType: 'contact', objectId: '501' })).toEqual([]);
    await expect(store.changeLog.append(globex, [entry])).rejects.toThrow(/FOREIGN KEY/);
  });

  it('does not show, scan or forget one tenant\'s record copies as another', async () => {
    const { store, acme, globex } = await twoTenants();
    const record = { system: 'salesforce', id: '003A' } as const;
    await store.recordCopies.upsertMany(acme, [{
      objectType: 'contact', record, values: [{ field: 'email', system: 'salesforce', value: 'a@x.io', modifiedAt: null, writtenBy: 'person' }],
    }]);
    expect(await store.recordCopies.getMany(globex, 'contact', 'salesforce', ['003A'])).toEqual(new Map());
    expect((await store.recordCopies.scan(globex, 'contact', { limit: 10 })).copies).toEqual([]);
    expect(await store.recordCopies.forget(globex, 'contact', 'salesforce', '003A')).toBe(false);
    expect((await store.recordCopies.getMany(acme, 'contact', 'salesforce', ['003A'])).size).toBe(1);
  });

  it('does not show, count, replay or discard one tenant\'s dead letters as another, nor file them under its run', async () => {
    const { store, acme, globex } = await twoTenants();
    const run = await store.jobRuns.start(acme, { jobName: 'incremental-sync', dryRun: false });
    const letter = {
      jobRunId: run.id, vendor: 'hubspot', objectType: 'contact', recordKey: 'a@x.io', payload: {},
      failureKind: 'rejected_record', vendorMessage: 'invalid',
    } as const;
    const [written] = await store.deadLetters.add(acme, [letter]);
    const ids = [written?.id ?? 0];
    expect(await store.deadLetters.listOpen(globex, { limit: 10 })).toEqual([]);
    expect(await store.deadLetters.countOpen(globex)).toBe(0);
    expect(await store.deadLetters.markReplayed(globex, ids)).toBe(0);
    expect(await store.deadLetters.discard(globex, ids, 'not mine')).toBe(0);
    expect(await store.deadLetters.countOpen(acme)).toBe(1);
    await expect(store.deadLetters.add(globex, [letter])).rejects.toThrow(/FOREIGN KEY/);
  });

  it('does not find one tenant\'s tombstones by id or email as another', async () => {
    const { store, acme, globex } = await twoTenants();
    await store.tombstones.add(acme, [{
      objectType: 'contact', record: { system: 'hubspot', id: '501' }, email: 'a@x.io', reason: 'deleted', deletedAt: '2025-01-05T00:00:00Z',
    }]);
    expect(await store.tombstones.findByIds(globex, 'contact', 'hubspot', ['501'])).toEqual(new Map());
    expect(await store.tombstones.findByEmails(globex, 'contact', ['a@x.io'])).toEqual(new Map());
    expect((await store.tombstones.findByIds(acme, 'contact', 'hubspot', ['501'])).size).toBe(1);
  });

  it('does not let a sync commit of one tenant file anything under another tenant\'s run', async () => {
    const { store, acme, globex } = await twoTenants();
    const run = await store.jobRuns.start(acme, { jobName: 'incremental-sync', dryRun: false });
    await expect(store.syncCommits.commit(globex, {
      changes: [{
        jobRunId: run.id, system: 'hubspot', objectType: 'contact', objectId: '501', operation: 'create',
        before: null, after: {}, reason: { rule: 'create_missing', why: 'test' },
      }],
      cursors: [{ stream: 'hubspot:contacts', value: 1 }],
    })).rejects.toThrow(/FOREIGN KEY/);
    expect(await store.changeLog.listForRun(acme, run.id)).toEqual([]);
    expect(await store.cursors.get(globex, 'hubspot:contacts')).toBeUndefined();
  });

  it('refuses tenant-owned rows for a tenant that does not exist', async () => {
    const { store } = await twoTenants();
    await expect(store.cursors.save('no-such-tenant', 'hubspot:contacts', 1)).rejects.toThrow(/FOREIGN KEY/);
    await expect(store.tombstones.add('no-such-tenant', [{
      objectType: 'contact', record: { system: 'hubspot', id: '501' }, reason: 'deleted', deletedAt: '2025-01-05T00:00:00Z',
    }])).rejects.toThrow(/FOREIGN KEY/);
  });
});
