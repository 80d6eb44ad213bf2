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
import type { PeopleSide } from '../../src/connector-kit/people-side.ts';
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
  sync(overrides?: Partial<Pick<ContactSyncOptions, 'mode' | 'dryRun' | 'handOff' | 'include' | 'onPlan' | 'now' | 'concurrency'>>): Promise<ContactSyncResult>;
  close(): Promise<void>;
}

// Backoff is counted, not waited: the sandboxes' Retry-After is honoured in the decision, the sleep skipped.
const noSleep = async () => {};

export const contactMapping = (): { fields: MappedField[] } => {
  const contact = loadFieldMappingsOrThrow('.').contact;
  if (!contact) throw new Error('mappings/fields/contact.yaml is missing');
  return { fields: contact.fields.map((f) => ({ canonical: f.canonical, rule: f.rule, direction: f.direction })) };
};

export interface SyncHarnessOptions {
  hubspot?: HubspotSandboxSettingsInput;
  hubspotClock?: Clock;
  salesforceClock?: Clock;
  /** One clock for both sandboxes and the engine's "now", so modified times can be ordered without sleeping. */
  clock?: Clock;
  /** Rows per SOQL window of Salesforce's change feed (default 50,000): small windows make more, smaller reads. */
  salesforceWindow?: number;
  /** Wraps the sides the engine is given (a writer that crashes mid-run, a counting reader). */
  decorate?: (sides: { crm: PeopleSide; marketing: PeopleSide }) => { crm: PeopleSide; marketing: PeopleSide };
}

export async function startSyncHarness(options: SyncHarnessOptions = {}): Promise<SyncHarness> {
  if (options.clock) options = { ...options, hubspotClock: options.hubspotClock ?? options.clock, salesforceClock: options.salesforceClock ?? options.clock };
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
  const sides = { crm: salesforcePeopleSide(sf, { omitFields: ['DoNotCall'], sleep: noSleep, ...(options.salesforceWindow ? { windowSize: options.salesforceWindow } : {}) }), marketing: hubspotPeopleSide(hs, { sleep: noSleep }) };
  const { crm, marketing } = options.decorate ? options.decorate(sides) : sides;
  const clock = options.clock;
  const now = clock ? () => new Date(clock.now()).toISOString() : undefined;
  return {
    sandboxes, hubspotRunning, salesforceRunning, hubspot: hubspot!, salesforce: salesforce!, hs, sf, store, tenant, mapping,
    async sync(overrides = {}) {
      const run = await store.jobRuns.start(tenant.id, { jobName: 'sync:contacts', dryRun: overrides.dryRun ?? false });
      const result = await runContactSync({
        tenantId: tenant.id, store, jobRunId: run.id, crm, marketing, mapping, mode: 'incremental', dryRun: false, ...(now ? { now } : {}), ...overrides,
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

const LEAD_FIELDS = 'Id, Email, FirstName, LastName, Title, Phone, MobilePhone, Company, Status, LeadSource, HasOptedOutOfEmail, IsConverted, ConvertedContactId, CreatedDate';
const CONTACT_FIELDS = 'Id, Email, FirstName, LastName, Title, Phone, MobilePhone, LeadSource, HasOptedOutOfEmail, CreatedDate';
const HUBSPOT_PROPERTIES = [
  'email', 'firstname', 'lastname', 'jobtitle', 'phone', 'mobilephone', 'company', 'hs_email_optout', 'lifecyclestage', 'hs_lead_status',
  'hs_analytics_source', 'createdate', 'lastmodifieddate',
];

/** Every Salesforce person and HubSpot contact, as the official clients read them. */
export async function salesforcePeople(sf: Connection, sobject: 'Lead' | 'Contact'): Promise<Array<Record<string, unknown>>> {
  const answer = await sf.query<Record<string, unknown>>(`SELECT ${sobject === 'Lead' ? LEAD_FIELDS : CONTACT_FIELDS} FROM ${sobject}`, { autoFetch: true, maxFetch: 1_000_000 });
  return answer.records;
}

export async function hubspotContacts(hs: Client): Promise<Array<{ id: string; properties: Record<string, string | null> }>> {
  const all = await hs.crm.contacts.getAll(undefined, undefined, HUBSPOT_PROPERTIES);
  return all.map((c) => ({ id: c.id, properties: c.properties }));
}

/** Live HubSpot contacts by lower-case email; throws if two share one (a duplicate the sync made). */
export async function hubspotByEmail(hs: Client): Promise<Map<string, { id: string; properties: Record<string, string | null> }>> {
  return uniqueBy(await hubspotContacts(hs), (c) => c.properties.email, 'HubSpot contacts');
}

/** Salesforce people of one object by lower-case email; throws if two share one. */
export async function salesforceByEmail(sf: Connection, sobject: 'Lead' | 'Contact'): Promise<Map<string, Record<string, unknown>>> {
  return uniqueBy(await salesforcePeople(sf, sobject), (p) => p.Email as string | null | undefined, `Salesforce ${sobject}s`);
}

function uniqueBy<T>(records: readonly T[], emailOf: (record: T) => string | null | undefined, what: string): Map<string, T> {
  const byEmail = new Map<string, T>();
  for (const record of records) {
    const email = emailOf(record)?.toLowerCase();
    if (email === undefined) continue;
    if (byEmail.has(email)) throw new Error(`${what}: two records share ${email}`);
    byEmail.set(email, record);
  }
  return byEmail;
}

/** A change HubSpot makes itself (an unsubscribe through email preferences, a workflow): through the sandbox state, as HubSpot would. */
export function hubspotSets(h: SyncHarness, id: string, values: Record<string, string | null>, sourceType = 'EMAIL'): void {
  h.hubspot.state.records.update('contacts', id, values, { sourceType });
}

/** What a run that found nothing to do reports: no writes planned, sent or dropped. */
export function wroteNothing(result: ContactSyncResult) {
  return {
    planned: result.planned.fields, updated: result.applied.updated, created: result.applied.created, calls: result.applied.calls,
    dropped: result.droppedWrites, archived: result.archived,
  };
}

export const NOTHING_WRITTEN = {
  planned: 0, updated: { crm: 0, marketing: 0 }, created: { crm: 0, marketing: 0 }, calls: { crm: 0, marketing: 0 }, dropped: {}, archived: 0,
};

/**
 * Every way the two systems differ from "every live Salesforce person exactly once in HubSpot, with the
 * same synced values, linked to it both ways": an empty list when the sync left them exactly right.
 * HubSpot contacts with no Salesforce person are allowed only for the emails in `hubspotOnly`.
 */
export async function mirrorProblems(h: SyncHarness, options: { hubspotOnly?: readonly string[] } = {}): Promise<string[]> {
  const problems: string[] = [];
  const people = [...(await salesforcePeople(h.sf, 'Lead')).filter((l) => !l.IsConverted), ...await salesforcePeople(h.sf, 'Contact')];
  const contacts = await hubspotContacts(h.hs);
  const byEmail = new Map<string, Array<(typeof contacts)[number]>>();
  for (const c of contacts) byEmail.set(c.properties.email?.toLowerCase() ?? '', [...(byEmail.get(c.properties.email?.toLowerCase() ?? '') ?? []), c]);
  const blank = (v: unknown) => (v === null || v === undefined || v === '' ? null : v);
  for (const person of people) {
    const email = String(person.Email).toLowerCase();
    const twins = byEmail.get(email) ?? [];
    byEmail.delete(email);
    if (twins.length !== 1) { problems.push(`${email}: ${twins.length} HubSpot contacts`); continue; }
    const twin = twins[0]!;
    const expected = { firstname: person.FirstName, lastname: person.LastName, jobtitle: person.Title, phone: person.Phone, ...('Company' in person ? { company: person.Company } : {}) };
    for (const [property, value] of Object.entries(expected)) {
      if (blank(twin.properties[property]) !== blank(value)) problems.push(`${email}: HubSpot ${property} ${String(twin.properties[property])}, Salesforce ${String(value)}`);
    }
    const id = String(person.Id);
    const linked = await h.store.idMap.lookup(h.tenant.id, 'contact', { system: 'salesforce', id }, 'hubspot');
    const back = await h.store.idMap.lookup(h.tenant.id, 'contact', { system: 'hubspot', id: twin.id }, 'salesforce');
    if (linked !== twin.id || back !== id) problems.push(`${email}: linked ${id} → ${String(linked)}, ${twin.id} → ${String(back)}`);
  }
  const allowed = new Set(options.hubspotOnly ?? []);
  for (const [email, extra] of byEmail) if (!allowed.has(email)) problems.push(`${email}: ${extra.length} HubSpot contacts with no Salesforce person`);
  return problems;
}

export type { CanonicalContact };
