// Both CRM sandboxes on one loopback host, a fresh store, and the contact sync wired the way the job
// wires it: Salesforce as the CRM, HubSpot as marketing automation, the official clients unchanged.
import type { Client } from '@hubspot/api-client';
import type { Connection } from 'jsforce';
import { createHubspotSdk, hubspotPeopleSide } from '../../connectors/hubspot/index.ts';
import { hubspotSandbox } from '../../connectors/hubspot/sandbox/app.ts';
import type { HubspotVendorSandbox } from '../../connectors/hubspot/sandbox/app.ts';
import type { HubspotSandboxSettingsInput } from '../../connectors/hubspot/sandbox/settings.ts';
import { createSalesforceConnection, salesforcePeopleSide } from '../../connectors/salesforce/index.ts';
import { salesforceSandbox } from '../../connectors/salesforce/sandbox/app.ts';
import type { SalesforceVendorSandbox } from '../../connectors/salesforce/sandbox/app.ts';
import { loadFieldMappingsOrThrow } from '../../src/config/mappings/loader.ts';
import type { CanonicalContact } from '../../src/core/canonical/contact.ts';
import type { MappedField } from '../../src/core/merge/field-priority.ts';
import { listenSandboxes } from '../../src/sandbox-kit/index.ts';
import type { Clock, ListeningSandboxes, RunningSandbox } from '../../src/sandbox-kit/index.ts';
import type { Store, Tenant } from '../../src/store/index.ts';
import { runContactSync } from '../../src/sync/engine/contact-sync.ts';
import type { ContactSyncOptions } from '../../src/sync/engine/contact-sync.ts';
import type { ContactSyncResult } from '../../src/sync/engine/sync-result.ts';
import { openMemoryStore } from '../store/store-fixture.ts';

export interface SyncHarness {
  sandboxes: ListeningSandboxes;
  hubspotRunning: RunningSandbox;
  salesforceRunning: RunningSandbox;
  hubspot: HubspotVendorSandbox;
  salesforce: SalesforceVendorSandbox;
  /** The official clients as a test drives them to make edits. */
  hs: Client;
  sf: Connection;
  store: Store;
  tenant: Tenant;
  mapping: { fields: MappedField[] };
  sync(overrides?: Partial<Pick<ContactSyncOptions, 'mode' | 'dryRun' | 'handOff' | 'include' | 'onPlan' | 'now'>>): Promise<ContactSyncResult>;
  close(): Promise<void>;
}

// Backoff is counted, not waited: the sandboxes' Retry-After is honoured in the decision, the sleep skipped.
const noSleep = async () => {};

export const contactMapping = (): { fields: MappedField[] } => {
  const contact = loadFieldMappingsOrThrow('.').contact;
  if (!contact) throw new Error('mappings/fields/contact.yaml is missing');
  return { fields: contact.fields.map((f) => ({ canonical: f.canonical, rule: f.rule, direction: f.direction })) };
};

export async function startSyncHarness(options: { hubspot?: HubspotSandboxSettingsInput; hubspotClock?: Clock; salesforceClock?: Clock } = {}): Promise<SyncHarness> {
  let hubspot: HubspotVendorSandbox | undefined;
  let salesforce: SalesforceVendorSandbox | undefined;
  const hubspotFactory = hubspotSandbox({ rateLimit: { max: 100_000, windowMs: 10_000 }, searchPerSecond: 10_000, ...options.hubspot });
  const salesforceFactory = salesforceSandbox();
  const sandboxes = await listenSandboxes({
    vendors: [
      { vendor: 'hubspot', create: (ctx, opts) => (hubspot = hubspotFactory(options.hubspotClock ? { ...ctx, clock: options.hubspotClock } : ctx, opts)) },
      { vendor: 'salesforce', create: (ctx, opts) => (salesforce = salesforceFactory(options.salesforceClock ? { ...ctx, clock: options.salesforceClock } : ctx, opts)) },
    ],
  });
  const hubspotRunning = sandboxes.get('hubspot');
  const salesforceRunning = sandboxes.get('salesforce');
  const hs = createHubspotSdk({ baseUrl: hubspotRunning.baseUrl(), accessToken: hubspotRunning.sandbox.readyAccessToken() });
  const sf = createSalesforceConnection({ instanceUrl: salesforceRunning.baseUrl(), accessToken: salesforceRunning.sandbox.readyAccessToken() });
  const store = await openMemoryStore();
  const tenant = await store.tenants.create({ crm: 'salesforce', externalAccountId: '00D000000000001EAA', name: 'Sandbox org' });
  const mapping = contactMapping();
  const crm = salesforcePeopleSide(sf, { omitFields: ['DoNotCall'], sleep: noSleep });
  const marketing = hubspotPeopleSide(hs, { sleep: noSleep });
  return {
    sandboxes, hubspotRunning, salesforceRunning, hubspot: hubspot!, salesforce: salesforce!, hs, sf, store, tenant, mapping,
    async sync(overrides = {}) {
      const run = await store.jobRuns.start(tenant.id, { jobName: 'sync:contacts', dryRun: overrides.dryRun ?? false });
      const result = await runContactSync({
        tenantId: tenant.id, store, jobRunId: run.id, crm, marketing, mapping, mode: 'incremental', dryRun: false, ...overrides,
      });
      await store.jobRuns.finish(tenant.id, run.id, { status: 'succeeded' });
      return result;
    },
    async close() {
      await store.close();
      await sandboxes.close();
    },
  };
}

/** Every Salesforce person and HubSpot contact, as the official clients read them. */
export async function salesforcePeople(sf: Connection, sobject: 'Lead' | 'Contact'): Promise<Array<Record<string, unknown>>> {
  const fields = sobject === 'Lead' ? 'Id, Email, FirstName, LastName, Title, Phone, Company, HasOptedOutOfEmail, IsConverted' : 'Id, Email, FirstName, LastName, Title, Phone, HasOptedOutOfEmail';
  const answer = await sf.query<Record<string, unknown>>(`SELECT ${fields} FROM ${sobject}`, { autoFetch: true, maxFetch: 1_000_000 });
  return answer.records;
}

export async function hubspotContacts(hs: Client): Promise<Array<{ id: string; properties: Record<string, string | null> }>> {
  const all = await hs.crm.contacts.getAll(undefined, undefined, ['email', 'firstname', 'lastname', 'jobtitle', 'phone', 'company', 'hs_email_optout', 'lifecyclestage']);
  return all.map((c) => ({ id: c.id, properties: c.properties }));
}

export type { CanonicalContact };
