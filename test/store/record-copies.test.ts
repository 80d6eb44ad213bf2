import { describe, expect, it } from 'vitest';
import type { NewSeenValue, RecordCopyUpdate } from '../../src/store/index.ts';
import { createSqliteRecordCopyRepository } from '../../src/store/sqlite/sqlite-record-copies.ts';
import { countingDatabase } from './counting-database.ts';
import { createTenant, manualClock, openMemoryStore } from './store-fixture.ts';

async function storeWithRun() {
  const time = manualClock('2025-01-06T09:00:00.000Z');
  const store = await openMemoryStore({ clock: time.clock });
  const tenant = await createTenant(store);
  const run = await store.jobRuns.start(tenant.id, { jobName: 'incremental-sync', dryRun: false });
  return { copies: store.recordCopies, tenantId: tenant.id, runId: run.id, ...time };
}

const emailInSalesforce: NewSeenValue = {
  field: 'email', system: 'salesforce', value: 'ada@acme.io', modifiedAt: '2025-01-05T08:00:00Z', writtenBy: 'person',
};

function contactCopy(id: string, values: NewSeenValue[]): RecordCopyUpdate {
  return { objectType: 'contact', record: { system: 'salesforce', id }, values };
}

describe('record copies', () => {
  it('keeps the last value seen on each side of a record, with its provenance', async () => {
    const { copies, tenantId, runId } = await storeWithRun();
    const echo: NewSeenValue = {
      field: 'email', system: 'hubspot', value: 'ada@acme.io', modifiedAt: '2025-01-06T08:59:00.000Z',
      writtenBy: 'sync', jobRunId: runId, rule: 'crm_wins',
    };
    await copies.upsertMany(tenantId, [contactCopy('003A', [emailInSalesforce, echo])]);

    const copy = (await copies.getMany(tenantId, 'contact', 'salesforce', ['003A'])).get('003A');
    expect(copy).toEqual({
      id: expect.any(Number), objectType: 'contact', record: { system: 'salesforce', id: '003A' },
      updatedAt: '2025-01-06T09:00:00.000Z',
      fields: {
        email: {
          salesforce: {
            value: 'ada@acme.io', modifiedAt: '2025-01-05T08:00:00.000Z', writtenBy: 'person',
            jobRunId: null, rule: null, seenAt: '2025-01-06T09:00:00.000Z',
          },
          hubspot: {
            value: 'ada@acme.io', modifiedAt: '2025-01-06T08:59:00.000Z', writtenBy: 'sync',
            jobRunId: runId, rule: 'crm_wins', seenAt: '2025-01-06T09:00:00.000Z',
          },
        },
      },
    });
  });

  it('replaces only the field values named in an update', async () => {
    const { copies, tenantId, advance } = await storeWithRun();
    const phone: NewSeenValue = { field: 'phone', system: 'salesforce', value: null, modifiedAt: null, writtenBy: 'automation' };
    await copies.upsertMany(tenantId, [contactCopy('003A', [emailInSalesforce, phone])]);
    advance(60_000);
    await copies.upsertMany(tenantId, [contactCopy('003A', [{ ...emailInSalesforce, value: 'ada@new.io' }])]);

    const copy = (await copies.getMany(tenantId, 'contact', 'salesforce', ['003A'])).get('003A');
    expect(copy?.fields.email?.salesforce).toMatchObject({ value: 'ada@new.io', seenAt: '2025-01-06T09:01:00.000Z' });
    expect(copy?.fields.phone?.salesforce).toMatchObject({ value: null, writtenBy: 'automation', seenAt: '2025-01-06T09:00:00.000Z' });
    expect(copy?.updatedAt).toBe('2025-01-06T09:01:00.000Z');
  });

  it('replaces a value whole: a shorter list, an object, an empty value', async () => {
    const { copies, tenantId } = await storeWithRun();
    const seen = (value: NewSeenValue['value']): NewSeenValue => ({ ...emailInSalesforce, field: 'additionalEmails', value });
    const valueAfter = async (first: NewSeenValue['value'], second: NewSeenValue['value']) => {
      await copies.upsertMany(tenantId, [contactCopy('003A', [seen(first)])]);
      await copies.upsertMany(tenantId, [contactCopy('003A', [seen(second)])]);
      return (await copies.getMany(tenantId, 'contact', 'salesforce', ['003A'])).get('003A')?.fields.additionalEmails?.salesforce?.value;
    };
    expect(await valueAfter(['a@x.io', 'b@x.io'], ['c@x.io'])).toEqual(['c@x.io']);
    expect(await valueAfter({ a: 1, b: 2 }, { c: 3 })).toEqual({ c: 3 });
    expect(await valueAfter('a@x.io', null)).toBeNull();
  });

  it('reads a batch, leaving out ids without a copy and other object types', async () => {
    const { copies, tenantId } = await storeWithRun();
    await copies.upsertMany(tenantId, [
      contactCopy('003A', [emailInSalesforce]), contactCopy('003B', []),
      { objectType: 'company', record: { system: 'salesforce', id: '003C' }, values: [] },
    ]);
    const found = await copies.getMany(tenantId, 'contact', 'salesforce', ['003A', '003B', '003C', '003Z']);
    expect([...found.keys()]).toEqual(['003A', '003B']);
    expect(found.get('003B')?.fields).toEqual({});
    expect(await copies.getMany(tenantId, 'contact', 'salesforce', [])).toEqual(new Map());
  });

  it('reads a batch with a single query, however many ids it holds', async () => {
    const { db, executions } = countingDatabase();
    const copies = createSqliteRecordCopyRepository(db, () => new Date('2025-01-06T09:00:00.000Z'));
    const ids = Array.from({ length: 300 }, (_, n) => `003-${n}`);
    await copies.upsertMany('t1', ids.map((id) => contactCopy(id, [emailInSalesforce, { ...emailInSalesforce, field: 'phone' }])));
    executions.count = 0;
    const found = await copies.getMany('t1', 'contact', 'salesforce', ids);
    expect(found.size).toBe(300);
    expect(executions.count).toBe(1);
  });

  it('writes a batch all or nothing', async () => {
    const { copies, tenantId } = await storeWithRun();
    const badTime = contactCopy('003B', [{ ...emailInSalesforce, modifiedAt: 'yesterday' }]);
    await expect(copies.upsertMany(tenantId, [contactCopy('003A', [emailInSalesforce]), badTime])).rejects.toThrow(/modifiedAt/);
    expect(await copies.getMany(tenantId, 'contact', 'salesforce', ['003A', '003B'])).toEqual(new Map());
  });

  it('forgets a record together with its values', async () => {
    const { copies, tenantId } = await storeWithRun();
    await copies.upsertMany(tenantId, [contactCopy('003A', [emailInSalesforce])]);
    expect(await copies.forget(tenantId, 'contact', 'salesforce', '003A')).toBe(true);
    expect(await copies.getMany(tenantId, 'contact', 'salesforce', ['003A'])).toEqual(new Map());
    expect(await copies.forget(tenantId, 'contact', 'salesforce', '003A')).toBe(false);
    // A copy made again after forgetting starts empty.
    await copies.upsertMany(tenantId, [contactCopy('003A', [])]);
    expect((await copies.getMany(tenantId, 'contact', 'salesforce', ['003A'])).get('003A')?.fields).toEqual({});
  });

  it('scans an object type page by page, counting records rather than field values', async () => {
    const { copies, tenantId } = await storeWithRun();
    const phone = { ...emailInSalesforce, field: 'phone' };
    await copies.upsertMany(tenantId, ['1', '2', '3', '4', '5'].map((id) => contactCopy(id, [emailInSalesforce, phone])));
    await copies.upsertMany(tenantId, [{ objectType: 'company', record: { system: 'salesforce', id: '001A' }, values: [] }]);

    const seen: string[] = [];
    let afterId: number | undefined;
    const pageSizes: number[] = [];
    do {
      const page = await copies.scan(tenantId, 'contact', { afterId, limit: 2 });
      pageSizes.push(page.copies.length);
      seen.push(...page.copies.map((c) => c.record.id));
      for (const copy of page.copies) expect(Object.keys(copy.fields)).toEqual(['email', 'phone']);
      afterId = page.nextAfterId ?? undefined;
    } while (afterId !== undefined);
    expect(pageSizes).toEqual([2, 2, 1]);
    expect(seen).toEqual(['1', '2', '3', '4', '5']);
  });

  it('refuses a scan without a positive limit', async () => {
    const { copies, tenantId } = await storeWithRun();
    await expect(copies.scan(tenantId, 'contact', { limit: 0 })).rejects.toThrow(RangeError);
  });
});
