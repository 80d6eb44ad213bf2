import { describe, expect, it } from 'vitest';
import { IdLinkConflictError } from '../../src/store/index.ts';
import { createSqliteIdMapRepository } from '../../src/store/sqlite/sqlite-id-map.ts';
import { countingDatabase } from './counting-database.ts';
import { createTenant, openMemoryStore } from './store-fixture.ts';

async function storeWithTenant() {
  const store = await openMemoryStore();
  const tenant = await createTenant(store);
  return { idMap: store.idMap, tenantId: tenant.id, store };
}

const hubspotContact = { system: 'hubspot', id: '501' } as const;
const salesforceLead = { system: 'salesforce', id: '00Q5g00000AbCdE' } as const;
const salesforceContact = { system: 'salesforce', id: '0035g00000XyZaB' } as const;

describe('id map', () => {
  it('looks a link up from either side', async () => {
    const { idMap, tenantId } = await storeWithTenant();
    await idMap.link(tenantId, 'contact', hubspotContact, salesforceLead);
    expect(await idMap.lookup(tenantId, 'contact', hubspotContact, 'salesforce')).toBe(salesforceLead.id);
    expect(await idMap.lookup(tenantId, 'contact', salesforceLead, 'hubspot')).toBe(hubspotContact.id);
  });

  it('keeps object types apart', async () => {
    const { idMap, tenantId } = await storeWithTenant();
    await idMap.link(tenantId, 'contact', hubspotContact, salesforceLead);
    expect(await idMap.lookup(tenantId, 'company', hubspotContact, 'salesforce')).toBeUndefined();
  });

  it('treats linking the same pair again as a no-op', async () => {
    const { idMap, tenantId } = await storeWithTenant();
    await idMap.link(tenantId, 'contact', hubspotContact, salesforceLead);
    await expect(idMap.link(tenantId, 'contact', salesforceLead, hubspotContact)).resolves.toBeUndefined();
  });

  it('refuses to give a record a second twin in the same system', async () => {
    const { idMap, tenantId } = await storeWithTenant();
    await idMap.link(tenantId, 'contact', hubspotContact, salesforceLead);
    await expect(idMap.link(tenantId, 'contact', hubspotContact, salesforceContact)).rejects.toThrow(IdLinkConflictError);
    await expect(idMap.link(tenantId, 'contact', { system: 'hubspot', id: '777' }, salesforceLead))
      .rejects.toThrow(/salesforce:00Q5g00000AbCdE is already linked to hubspot:501/);
  });

  it('looks up a whole batch of ids in one call, leaving unlinked ids out', async () => {
    const { idMap, tenantId } = await storeWithTenant();
    for (let n = 1; n <= 150; n += 1) {
      await idMap.link(tenantId, 'company', { system: 'hubspot', id: `hs-${n}` }, { system: 'salesforce', id: `sf-${n}` });
    }
    const batch = ['hs-1', 'hs-99', 'hs-150', 'hs-unlinked'];
    const twins = await idMap.lookupMany(tenantId, 'company', 'hubspot', batch, 'salesforce');
    expect(twins).toEqual(new Map([['hs-1', 'sf-1'], ['hs-99', 'sf-99'], ['hs-150', 'sf-150']]));
    const reverse = await idMap.lookupMany(tenantId, 'company', 'salesforce', ['sf-2', 'sf-3'], 'hubspot');
    expect(reverse).toEqual(new Map([['sf-2', 'hs-2'], ['sf-3', 'hs-3']]));
  });

  it('looks up a batch with a single query, however many ids it holds', async () => {
    const { db, executions } = countingDatabase();
    const idMap = createSqliteIdMapRepository(db, () => new Date('2025-01-06T09:00:00.000Z'));
    for (let n = 1; n <= 300; n += 1) {
      await idMap.link('t1', 'contact', { system: 'hubspot', id: `hs-${n}` }, { system: 'salesforce', id: `sf-${n}` });
    }
    const batch = Array.from({ length: 300 }, (_, n) => `hs-${n + 1}`);
    executions.count = 0;
    const twins = await idMap.lookupMany('t1', 'contact', 'hubspot', batch, 'salesforce');
    expect(twins.size).toBe(300);
    expect(executions.count).toBe(1);
  });

  it('answers an empty batch with an empty map', async () => {
    const { idMap, tenantId } = await storeWithTenant();
    expect(await idMap.lookupMany(tenantId, 'contact', 'hubspot', [], 'salesforce')).toEqual(new Map());
  });

  it('moves the mapping from a converted Salesforce lead to the new contact', async () => {
    const { idMap, tenantId } = await storeWithTenant();
    await idMap.link(tenantId, 'contact', hubspotContact, salesforceLead);
    await idMap.link(tenantId, 'contact', { system: 'calendly', id: 'invitee-1' }, salesforceLead);

    const moved = await idMap.relink(tenantId, 'contact', 'salesforce', salesforceLead.id, salesforceContact.id);

    expect(moved).toBe(2);
    expect(await idMap.lookup(tenantId, 'contact', hubspotContact, 'salesforce')).toBe(salesforceContact.id);
    expect(await idMap.lookup(tenantId, 'contact', salesforceContact, 'calendly')).toBe('invitee-1');
    expect(await idMap.lookup(tenantId, 'contact', salesforceLead, 'hubspot')).toBeUndefined();
  });

  it('refuses a relink onto a record that already has a twin, changing nothing', async () => {
    const { idMap, tenantId } = await storeWithTenant();
    await idMap.link(tenantId, 'contact', hubspotContact, salesforceLead);
    await idMap.link(tenantId, 'contact', { system: 'hubspot', id: '502' }, salesforceContact);
    await expect(idMap.relink(tenantId, 'contact', 'salesforce', salesforceLead.id, salesforceContact.id))
      .rejects.toThrow(IdLinkConflictError);
    expect(await idMap.lookup(tenantId, 'contact', hubspotContact, 'salesforce')).toBe(salesforceLead.id);
  });

  it('unlinks a record from its twin in one system', async () => {
    const { idMap, tenantId } = await storeWithTenant();
    await idMap.link(tenantId, 'contact', hubspotContact, salesforceLead);
    expect(await idMap.unlink(tenantId, 'contact', salesforceLead, 'hubspot')).toBe(true);
    expect(await idMap.lookup(tenantId, 'contact', hubspotContact, 'salesforce')).toBeUndefined();
    expect(await idMap.unlink(tenantId, 'contact', salesforceLead, 'hubspot')).toBe(false);
  });

  it('refuses a link from a system to itself', async () => {
    const { idMap, tenantId } = await storeWithTenant();
    await expect(idMap.link(tenantId, 'contact', hubspotContact, { system: 'hubspot', id: '502' }))
      .rejects.toThrow(/two different systems/);
  });
});
