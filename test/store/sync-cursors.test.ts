import { describe, expect, it } from 'vitest';
import { createTenant, manualClock, openMemoryStore } from './store-fixture.ts';

type ContactsCursor = { modifiedAt: string; id: string };

async function storeWithTenant() {
  const time = manualClock('2025-01-06T09:00:00.000Z');
  const store = await openMemoryStore({ clock: time.clock });
  const tenant = await createTenant(store);
  return { cursors: store.cursors, tenantId: tenant.id, ...time };
}

describe('sync cursors', () => {
  it('has no cursor for a stream that never synced', async () => {
    const { cursors, tenantId } = await storeWithTenant();
    expect(await cursors.get(tenantId, 'hubspot:contacts')).toBeUndefined();
  });

  it('returns the saved cursor value as it was saved', async () => {
    const { cursors, tenantId } = await storeWithTenant();
    const value: ContactsCursor = { modifiedAt: '2025-01-05T23:59:59.123Z', id: '901' };
    await cursors.save(tenantId, 'hubspot:contacts', value);
    const cursor = await cursors.get<ContactsCursor>(tenantId, 'hubspot:contacts');
    expect(cursor).toEqual({ stream: 'hubspot:contacts', value, updatedAt: '2025-01-06T09:00:00.000Z' });
  });

  it('replaces the value when the stream moves on', async () => {
    const { cursors, tenantId, advance } = await storeWithTenant();
    await cursors.save(tenantId, 'hubspot:contacts', { modifiedAt: '2025-01-05T00:00:00.000Z', id: '1' });
    advance(60_000);
    await cursors.save(tenantId, 'hubspot:contacts', { modifiedAt: '2025-01-06T00:00:00.000Z', id: '2' });
    expect(await cursors.get(tenantId, 'hubspot:contacts')).toEqual({
      stream: 'hubspot:contacts',
      value: { modifiedAt: '2025-01-06T00:00:00.000Z', id: '2' },
      updatedAt: '2025-01-06T09:01:00.000Z',
    });
  });

  it('treats saving the same value again as a no-op, so updatedAt says when the cursor last moved', async () => {
    const { cursors, tenantId, advance } = await storeWithTenant();
    const value = { modifiedAt: '2025-01-05T00:00:00.000Z', id: '1' };
    const first = await cursors.save(tenantId, 'hubspot:contacts', value);
    advance(60_000);
    const again = await cursors.save(tenantId, 'hubspot:contacts', value);
    expect(again).toEqual(first);
  });

  it('keeps streams apart', async () => {
    const { cursors, tenantId } = await storeWithTenant();
    await cursors.save(tenantId, 'hubspot:contacts', 'after-100');
    await cursors.save(tenantId, 'salesforce:Lead', 'after-200');
    expect((await cursors.get(tenantId, 'hubspot:contacts'))?.value).toBe('after-100');
    expect((await cursors.get(tenantId, 'salesforce:Lead'))?.value).toBe('after-200');
  });
});
