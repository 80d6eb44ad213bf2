import { describe, expect, it } from 'vitest';
import { DuplicateRecordError, RecordNotFoundError } from '../../src/store/index.ts';
import { manualClock, openMemoryStore } from './store-fixture.ts';

describe('tenants', () => {
  it('creates an active tenant for an installed portal and reads it back', async () => {
    const { clock } = manualClock('2025-03-01T10:00:00.000Z');
    const store = await openMemoryStore({ clock });
    const created = await store.tenants.create({ crm: 'hubspot', externalAccountId: '4419871', name: 'Acme' });
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      crm: 'hubspot',
      externalAccountId: '4419871',
      name: 'Acme',
      status: 'active',
      createdAt: '2025-03-01T10:00:00.000Z',
      updatedAt: '2025-03-01T10:00:00.000Z',
    });
    expect(await store.tenants.get(created.id)).toEqual(created);
  });

  it('finds a tenant by its CRM and external account id', async () => {
    const store = await openMemoryStore();
    const org = await store.tenants.create({ crm: 'salesforce', externalAccountId: '00D5g000004ABCD', name: 'Globex' });
    expect(await store.tenants.findByExternal('salesforce', '00D5g000004ABCD')).toEqual(org);
    expect(await store.tenants.findByExternal('hubspot', '00D5g000004ABCD')).toBeUndefined();
  });

  it('refuses a second tenant for the same portal', async () => {
    const store = await openMemoryStore();
    await store.tenants.create({ crm: 'hubspot', externalAccountId: '4419871', name: 'Acme' });
    await expect(store.tenants.create({ crm: 'hubspot', externalAccountId: '4419871', name: 'Acme again' }))
      .rejects.toThrow(DuplicateRecordError);
  });

  it('allows the same external id in different CRMs', async () => {
    const store = await openMemoryStore();
    await store.tenants.create({ crm: 'hubspot', externalAccountId: '42', name: 'A' });
    await expect(store.tenants.create({ crm: 'salesforce', externalAccountId: '42', name: 'B' })).resolves.toBeDefined();
  });

  it('marks a tenant uninstalled and active again on reinstall, keeping its id', async () => {
    const { clock, advance } = manualClock('2025-03-01T10:00:00.000Z');
    const store = await openMemoryStore({ clock });
    const tenant = await store.tenants.create({ crm: 'hubspot', externalAccountId: '4419871', name: 'Acme' });
    advance(60_000);
    const uninstalled = await store.tenants.markUninstalled(tenant.id);
    expect(uninstalled).toMatchObject({ id: tenant.id, status: 'uninstalled', updatedAt: '2025-03-01T10:01:00.000Z' });
    expect((await store.tenants.markActive(tenant.id)).status).toBe('active');
  });

  it('lists tenants oldest first, optionally by status', async () => {
    const { clock, advance } = manualClock();
    const store = await openMemoryStore({ clock });
    const first = await store.tenants.create({ crm: 'hubspot', externalAccountId: '1', name: 'First' });
    advance(1000);
    const second = await store.tenants.create({ crm: 'hubspot', externalAccountId: '2', name: 'Second' });
    await store.tenants.markUninstalled(first.id);
    expect((await store.tenants.list()).map((t) => t.id)).toEqual([first.id, second.id]);
    expect((await store.tenants.list({ status: 'active' })).map((t) => t.id)).toEqual([second.id]);
  });

  it('reports an unknown tenant as not found when changing its status', async () => {
    const store = await openMemoryStore();
    await expect(store.tenants.markUninstalled('no-such-tenant')).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});
