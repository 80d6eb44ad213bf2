import { describe, expect, it } from 'vitest';
import { IdLinkConflictError } from '../../src/store/index.ts';
import type { NewChangeLogEntry, NewDeadLetter, RecordCopyUpdate, Store, SyncCommit } from '../../src/store/index.ts';
import { createTenant, manualClock, openMemoryStore } from './store-fixture.ts';

async function storeWithRun() {
  const time = manualClock('2025-01-06T09:00:00.000Z');
  const store = await openMemoryStore({ clock: time.clock });
  const tenant = await createTenant(store);
  const run = await store.jobRuns.start(tenant.id, { jobName: 'incremental-sync', dryRun: false });
  await earlierBatch(store, tenant.id, run.id);
  return { store, tenantId: tenant.id, runId: run.id, ...time };
}

const hubspotContact = { system: 'hubspot', id: '501' } as const;
const salesforceLead = { system: 'salesforce', id: '00Q5g00000AbCdE' } as const;
const salesforceContact = { system: 'salesforce', id: '0035g00000XyZaB' } as const;
// A pair an earlier batch linked and copied, which this batch unlinks and forgets.
const oldHubspot = { system: 'hubspot', id: '900' } as const;
const oldSalesforce = { system: 'salesforce', id: '003OLD' } as const;

function emailWrite(runId: string): NewChangeLogEntry {
  return {
    jobRunId: runId, system: 'salesforce', objectType: 'contact', objectId: salesforceLead.id, field: 'Email',
    operation: 'update', before: null, after: 'ada@acme.io', reason: { rule: 'crm_wins', why: 'HubSpot is the source of truth' },
  };
}

function emailCopy(runId: string): RecordCopyUpdate {
  return {
    objectType: 'contact', record: hubspotContact,
    values: [{ field: 'email', system: 'salesforce', value: 'ada@acme.io', modifiedAt: null, writtenBy: 'sync', jobRunId: runId }],
  };
}

function rejectedPhone(runId: string): NewDeadLetter {
  return {
    jobRunId: runId, vendor: 'salesforce', objectType: 'contact', recordKey: 'bob@acme.io', payload: { Phone: 'x' },
    failureKind: 'rejected_record', vendorMessage: 'INVALID_PHONE',
  };
}

async function earlierBatch(store: Store, tenantId: string, runId: string) {
  await store.idMap.link(tenantId, 'contact', oldHubspot, oldSalesforce);
  await store.recordCopies.upsertMany(tenantId, [{ ...emailCopy(runId), record: oldHubspot }]);
}

/** One batch touching every part of the store, on top of earlierBatch. */
function fullBatch(runId: string): SyncCommit {
  return {
    changes: [emailWrite(runId)],
    copies: [emailCopy(runId)],
    forgetCopies: [{ objectType: 'contact', record: oldHubspot }],
    links: [{ objectType: 'contact', a: hubspotContact, b: salesforceLead }],
    relinks: [{ objectType: 'contact', system: 'salesforce', fromId: salesforceLead.id, toId: salesforceContact.id }],
    unlinks: [{ objectType: 'contact', record: oldHubspot, otherSystem: 'salesforce' }],
    tombstones: [{ objectType: 'contact', record: { system: 'hubspot', id: '600' }, reason: 'deleted', deletedAt: '2025-01-05T00:00:00Z' }],
    deadLetters: [rejectedPhone(runId)],
    cursors: [{ stream: 'hubspot:contacts', value: { after: '501' } }],
  };
}

/** Everything a commit can touch, as the repositories read it. */
async function snapshot(store: Store, tenantId: string, runId: string) {
  return {
    changes: await store.changeLog.listForRun(tenantId, runId),
    copies: (await store.recordCopies.scan(tenantId, 'contact', { limit: 100 })).copies,
    leadTwin: await store.idMap.lookup(tenantId, 'contact', salesforceLead, 'hubspot'),
    contactTwin: await store.idMap.lookup(tenantId, 'contact', salesforceContact, 'hubspot'),
    oldTwin: await store.idMap.lookup(tenantId, 'contact', oldHubspot, 'salesforce'),
    tombstones: await store.tombstones.findByIds(tenantId, 'contact', 'hubspot', ['600']),
    deadLetters: await store.deadLetters.listOpen(tenantId, { limit: 100 }),
    cursor: await store.cursors.get(tenantId, 'hubspot:contacts'),
  };
}

describe('sync commit', () => {
  it('writes every part of a batch', async () => {
    const { store, tenantId, runId } = await storeWithRun();
    await store.syncCommits.commit(tenantId, fullBatch(runId));
    const after = await snapshot(store, tenantId, runId);
    expect(after.changes).toMatchObject([emailWrite(runId)]);
    expect(after.copies.map((copy) => copy.record)).toEqual([hubspotContact]);
    expect(after.leadTwin).toBeUndefined();
    expect(after.contactTwin).toBe(hubspotContact.id);
    expect(after.oldTwin).toBeUndefined();
    expect([...after.tombstones.keys()]).toEqual(['600']);
    expect(after.deadLetters).toMatchObject([rejectedPhone(runId)]);
    expect(after.cursor?.value).toEqual({ after: '501' });
  });

  it('returns the change-log entries and dead letters as stored, stamped with one time', async () => {
    const { store, tenantId, runId } = await storeWithRun();
    const result = await store.syncCommits.commit(tenantId, fullBatch(runId));
    expect(result.changes).toEqual(await store.changeLog.listForRun(tenantId, runId));
    expect(result.deadLetters).toEqual(await store.deadLetters.listOpen(tenantId, { limit: 10 }));
    expect(result.changes[0]?.at).toBe('2025-01-06T09:00:00.000Z');
    expect(result.deadLetters[0]?.firstFailedAt).toBe('2025-01-06T09:00:00.000Z');
  });

  it('saves cursors that read back through the cursor repository', async () => {
    const { store, tenantId } = await storeWithRun();
    await store.syncCommits.commit(tenantId, {
      cursors: [{ stream: 'hubspot:contacts', value: { after: '501' } }, { stream: 'salesforce:Lead', value: '2025-01-06T08:00:00Z' }],
    });
    expect(await store.cursors.get(tenantId, 'hubspot:contacts')).toEqual({
      stream: 'hubspot:contacts', value: { after: '501' }, updatedAt: '2025-01-06T09:00:00.000Z',
    });
    expect((await store.cursors.get(tenantId, 'salesforce:Lead'))?.value).toBe('2025-01-06T08:00:00Z');
  });

  it('moves links with a relink, including links made earlier in the same commit', async () => {
    const { store, tenantId } = await storeWithRun();
    await store.syncCommits.commit(tenantId, {
      links: [{ objectType: 'contact', a: hubspotContact, b: salesforceLead }],
      relinks: [{ objectType: 'contact', system: 'salesforce', fromId: salesforceLead.id, toId: salesforceContact.id }],
    });
    expect(await store.idMap.lookup(tenantId, 'contact', hubspotContact, 'salesforce')).toBe(salesforceContact.id);
    expect(await store.idMap.lookup(tenantId, 'contact', salesforceLead, 'hubspot')).toBeUndefined();
  });

  it('treats a link the id map already holds as a no-op', async () => {
    const { store, tenantId } = await storeWithRun();
    await store.idMap.link(tenantId, 'contact', salesforceLead, hubspotContact);
    await store.syncCommits.commit(tenantId, { links: [{ objectType: 'contact', a: hubspotContact, b: salesforceLead }] });
    expect(await store.idMap.lookup(tenantId, 'contact', hubspotContact, 'salesforce')).toBe(salesforceLead.id);
  });

  it('leaves none of the batch when a link conflicts', async () => {
    const { store, tenantId, runId } = await storeWithRun();
    await store.idMap.link(tenantId, 'contact', hubspotContact, salesforceContact);
    const before = await snapshot(store, tenantId, runId);
    await expect(store.syncCommits.commit(tenantId, fullBatch(runId))).rejects.toThrow(IdLinkConflictError);
    expect(await snapshot(store, tenantId, runId)).toEqual(before);
  });

  it('leaves none of the batch when its last-but-one part fails', async () => {
    const { store, tenantId, runId } = await storeWithRun();
    const before = await snapshot(store, tenantId, runId);
    const batch = { ...fullBatch(runId), deadLetters: [rejectedPhone('run-of-nobody')] };
    await expect(store.syncCommits.commit(tenantId, batch)).rejects.toThrow(/FOREIGN KEY/);
    expect(await snapshot(store, tenantId, runId)).toEqual(before);
  });

  it('leaves none of the batch when a change-log entry claims another tenant\'s run', async () => {
    const { store, tenantId, runId } = await storeWithRun();
    const other = await createTenant(store, '2002');
    const otherRun = await store.jobRuns.start(other.id, { jobName: 'incremental-sync', dryRun: false });
    const before = await snapshot(store, tenantId, runId);
    const batch = { ...fullBatch(runId), changes: [emailWrite(runId), emailWrite(otherRun.id)] };
    await expect(store.syncCommits.commit(tenantId, batch)).rejects.toThrow(/FOREIGN KEY/);
    expect(await snapshot(store, tenantId, runId)).toEqual(before);
  });

  it('keeps the previous checkpoint when a later batch fails', async () => {
    const { store, tenantId, runId, advance } = await storeWithRun();
    await store.syncCommits.commit(tenantId, { cursors: [{ stream: 'hubspot:contacts', value: { after: '400' } }] });
    await store.idMap.link(tenantId, 'contact', hubspotContact, salesforceContact);
    advance(60_000);
    await expect(store.syncCommits.commit(tenantId, fullBatch(runId))).rejects.toThrow(IdLinkConflictError);
    expect(await store.cursors.get(tenantId, 'hubspot:contacts')).toEqual({
      stream: 'hubspot:contacts', value: { after: '400' }, updatedAt: '2025-01-06T09:00:00.000Z',
    });
  });

  it('changes nothing for an empty commit', async () => {
    const { store, tenantId, runId } = await storeWithRun();
    const before = await snapshot(store, tenantId, runId);
    expect(await store.syncCommits.commit(tenantId, {})).toEqual({ changes: [], deadLetters: [] });
    expect(await snapshot(store, tenantId, runId)).toEqual(before);
  });
});
