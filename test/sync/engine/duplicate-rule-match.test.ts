import { describe, expect, it } from 'vitest';
import type { BatchOutcome } from '../../../src/connector-kit/batch-outcome.ts';
import type { PeopleSide } from '../../../src/connector-kit/people-side.ts';
import type { CanonicalContact } from '../../../src/core/canonical/contact.ts';
import { applyContactJobs, emptyCounts } from '../../../src/sync/engine/apply-contact-plan.ts';
import type { CreateJob } from '../../../src/sync/engine/write-jobs.ts';
import { patchOf } from '../../../src/sync/engine/write-jobs.ts';
import { openMemoryStore } from '../../store/store-fixture.ts';
import { marketingContact } from '../builders.ts';

// A CRM whose duplicate rule refuses a handed-off lead names the record it duplicates: the engine links
// the marketing contact to that record (a match signal) instead of putting the lead on the dead-letter list.

function crmRefusing(answer: (patch: CanonicalContact) => BatchOutcome<CanonicalContact>['rejected'][number]): PeopleSide {
  const unused = () => { throw new Error('not used by this spec'); };
  return {
    system: 'salesforce', streams: [], refOf: (id) => ({ system: 'salesforce', id }), fields: () => ({ readable: new Set(), writable: new Set() }),
    reader: { maxBatch: 200, readByIds: unused, readByEmails: unused },
    writer: { maxBatch: 200, write: async (batch) => ({ written: [], rejected: batch.map(answer), calls: 1 }) },
  };
}

const marketingSide = { system: 'hubspot' } as PeopleSide;

async function handOff(crm: PeopleSide) {
  const store = await openMemoryStore();
  const tenant = await store.tenants.create({ crm: 'salesforce', externalAccountId: '00D1', name: 'org' });
  const run = await store.jobRuns.start(tenant.id, { jobName: 'sync:contacts', dryRun: false });
  const from = marketingContact('101', { email: 'grace@navy.example.net', lastName: 'Hopper' });
  const writes = [{ field: 'lastName', old: undefined, new: 'Hopper', rule: 'crm_wins' as const, winner: 'marketing' as const, because: 'new record' }];
  const job: CreateJob = { kind: 'create', side: 'crm', create: { side: 'crm', kind: 'lead', fromId: '101', because: 'hand-off', fields: writes }, from, writes, patch: patchOf(from.source, 'lead', writes, from.email) };
  const counts = emptyCounts();
  await applyContactJobs({ tenantId: tenant.id, store, jobRunId: run.id, sides: { crm, marketing: marketingSide }, syncedFields: ['lastName'], now: () => '2026-01-01T00:00:00.000Z' }, [], [job], counts);
  return { store, tenant, counts };
}

describe('a create the CRM refuses as a duplicate', () => {
  it('links the marketing contact to the one record the duplicate rule named', async () => {
    const { store, tenant, counts } = await handOff(crmRefusing((record) => ({ record, kind: 'rejected_record', vendorMessage: 'duplicate', vendorCode: 'DUPLICATES_DETECTED', duplicateOf: ['003000000000001AAA'] })));
    expect(await store.idMap.lookup(tenant.id, 'contact', { system: 'hubspot', id: '101' }, 'salesforce')).toBe('003000000000001AAA');
    expect([counts.matchedByDuplicateRule.crm, counts.failed.crm, await store.deadLetters.countOpen(tenant.id)]).toEqual([1, 0, 0]);
  });

  it('dead-letters it when the rule names several records: which one is the person is for dedup to say', async () => {
    const { store, tenant } = await handOff(crmRefusing((record) => ({ record, kind: 'rejected_record', vendorMessage: 'duplicate', vendorCode: 'DUPLICATES_DETECTED', duplicateOf: ['003A', '00QB'] })));
    expect(await store.deadLetters.countOpen(tenant.id)).toBe(1);
  });
});
