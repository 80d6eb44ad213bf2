import { describe, expect, it } from 'vitest';
import type { NewDeadLetter } from '../../src/store/index.ts';
import { createTenant, manualClock, openMemoryStore } from './store-fixture.ts';

async function storeWithRun() {
  const time = manualClock('2025-01-06T09:00:00.000Z');
  const store = await openMemoryStore({ clock: time.clock });
  const tenant = await createTenant(store);
  const run = await store.jobRuns.start(tenant.id, { jobName: 'incremental-sync', dryRun: false });
  return { store, letters: store.deadLetters, tenantId: tenant.id, runId: run.id, ...time };
}

function rejected(runId: string, recordKey = 'ada@acme.io', vendor: NewDeadLetter['vendor'] = 'hubspot'): NewDeadLetter {
  return {
    jobRunId: runId, vendor, objectType: 'contact', recordKey,
    payload: { properties: { email: recordKey, lifecyclestage: 'lead' } },
    failureKind: 'rejected_record', vendorMessage: 'VALIDATION_ERROR: Property "phone" is invalid', vendorCode: 'VALIDATION_ERROR',
  };
}

describe('dead letters', () => {
  it('stores a failed record open, with its payload and the vendor\'s message', async () => {
    const { letters, tenantId, runId } = await storeWithRun();
    const [letter] = await letters.add(tenantId, [rejected(runId)]);
    expect(letter).toEqual({
      ...rejected(runId), id: expect.any(Number), tenantId, attempts: 1, status: 'open',
      firstFailedAt: '2025-01-06T09:00:00.000Z', lastFailedAt: '2025-01-06T09:00:00.000Z', resolvedAt: null, discardReason: null,
    });
    expect(await letters.listOpen(tenantId, { limit: 10 })).toEqual([letter]);
  });

  it('counts a repeated failure of the same record in the same run as another attempt', async () => {
    const { letters, tenantId, runId, advance } = await storeWithRun();
    const [first] = await letters.add(tenantId, [rejected(runId)]);
    advance(30_000);
    const [again] = await letters.add(tenantId, [{ ...rejected(runId), vendorMessage: 'still invalid' }]);
    expect(again).toMatchObject({
      id: first?.id, attempts: 2, vendorMessage: 'still invalid',
      firstFailedAt: '2025-01-06T09:00:00.000Z', lastFailedAt: '2025-01-06T09:00:30.000Z',
    });
    expect(await letters.countOpen(tenantId)).toBe(1);
  });

  it('keeps the same record key apart per run and per vendor', async () => {
    const { store, letters, tenantId, runId } = await storeWithRun();
    const nextRun = await store.jobRuns.start(tenantId, { jobName: 'incremental-sync', dryRun: false });
    await letters.add(tenantId, [rejected(runId), rejected(nextRun.id), rejected(runId, 'ada@acme.io', 'salesforce')]);
    expect(await letters.countOpen(tenantId)).toBe(3);
  });

  it('lists open letters by vendor, oldest first, in pages', async () => {
    const { letters, tenantId, runId } = await storeWithRun();
    await letters.add(tenantId, [rejected(runId, 'a'), rejected(runId, 'b', 'salesforce'), rejected(runId, 'c'), rejected(runId, 'd')]);
    const firstPage = await letters.listOpen(tenantId, { vendor: 'hubspot', limit: 2 });
    expect(firstPage.map((l) => l.recordKey)).toEqual(['a', 'c']);
    const secondPage = await letters.listOpen(tenantId, { vendor: 'hubspot', limit: 2, afterId: firstPage.at(-1)?.id });
    expect(secondPage.map((l) => l.recordKey)).toEqual(['d']);
  });

  it('moves replayed letters out of the open list, once', async () => {
    const { letters, tenantId, runId, advance } = await storeWithRun();
    const [a, b] = await letters.add(tenantId, [rejected(runId, 'a'), rejected(runId, 'b')]);
    advance(60_000);
    expect(await letters.markReplayed(tenantId, [a?.id ?? 0])).toBe(1);
    expect(await letters.markReplayed(tenantId, [a?.id ?? 0])).toBe(0);
    expect(await letters.listOpen(tenantId, { limit: 10 })).toEqual([b]);
    expect(await letters.countOpen(tenantId)).toBe(1);
  });

  it('discards with a reason, and a discarded letter cannot then be replayed', async () => {
    const { letters, tenantId, runId } = await storeWithRun();
    const [letter] = await letters.add(tenantId, [rejected(runId)]);
    const id = letter?.id ?? 0;
    expect(await letters.discard(tenantId, [id], 'contact deleted in Salesforce')).toBe(1);
    expect(await letters.markReplayed(tenantId, [id])).toBe(0);
    expect(await letters.countOpen(tenantId)).toBe(0);
  });

  it('reopens a resolved letter when the same run fails the record again', async () => {
    const { letters, tenantId, runId } = await storeWithRun();
    const [letter] = await letters.add(tenantId, [rejected(runId)]);
    await letters.discard(tenantId, [letter?.id ?? 0], 'looked transient');
    const [reopened] = await letters.add(tenantId, [rejected(runId)]);
    expect(reopened).toMatchObject({ id: letter?.id, status: 'open', attempts: 2, resolvedAt: null, discardReason: null });
  });

  it('adds a batch all or nothing', async () => {
    const { letters, tenantId, runId } = await storeWithRun();
    await expect(letters.add(tenantId, [rejected(runId, 'a'), rejected('run-of-nobody', 'b')])).rejects.toThrow(/FOREIGN KEY/);
    expect(await letters.countOpen(tenantId)).toBe(0);
  });
});
