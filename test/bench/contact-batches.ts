import type { DemoContact, DemoContactPage } from '../../src/demo/index.ts';

// Demo contacts as HubSpot batch inputs of at most 100. Contacts with an email are upserted on it
// (HubSpot refuses a batch naming one email twice, case-insensitively, so a repeat waits for the next
// batch); the few without one are batch-created.

export const BATCH_SIZE = 100;

export type Properties = Record<string, string>;
export type ContactBatch =
  | { kind: 'upsert'; inputs: Array<{ id: string; idProperty: 'email'; properties: Properties }> }
  | { kind: 'create'; inputs: Array<{ properties: Properties; associations: [] }> };

const LIFECYCLE: Record<string, string> = { mql: 'marketingqualifiedlead', sql: 'salesqualifiedlead' };

/** The properties a sync would write for a contact: trimmed (demo data has stray spaces), absent or blank values left out. */
export function contactProperties(contact: DemoContact): Properties {
  const values: Record<string, string | undefined> = {
    email: contact.email, firstname: contact.firstName, lastname: contact.lastName, jobtitle: contact.title,
    phone: contact.phone, company: contact.companyName, city: contact.city, country: contact.country,
    lifecyclestage: contact.lifecycleStage === undefined ? undefined : (LIFECYCLE[contact.lifecycleStage] ?? contact.lifecycleStage),
  };
  const properties: Properties = {};
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value.trim() !== '') properties[name] = value.trim();
  return properties;
}

/** Batches of up to `size` inputs, in stream order except for within-batch email repeats, which move to the next batch. */
export function* contactBatches(pages: Iterable<DemoContactPage>, size = BATCH_SIZE): Generator<ContactBatch, void, undefined> {
  let upserts: Array<{ id: string; idProperty: 'email'; properties: Properties }> = [];
  let emails = new Set<string>();
  let waiting: DemoContact[] = [];
  let creates: Array<{ properties: Properties; associations: [] }> = [];

  const addUpsert = (contact: DemoContact, email: string): boolean => {
    const key = email.toLowerCase();
    if (emails.has(key)) return false;
    emails.add(key);
    upserts.push({ id: email, idProperty: 'email', properties: contactProperties(contact) });
    return true;
  };
  const takeUpserts = (): ContactBatch => {
    const batch: ContactBatch = { kind: 'upsert', inputs: upserts };
    upserts = [];
    emails = new Set();
    const retry = waiting;
    waiting = [];
    for (const contact of retry) if (!addUpsert(contact, contact.email!.trim())) waiting.push(contact);
    return batch;
  };

  for (const page of pages) {
    for (const contact of page.contacts) {
      const email = contact.email?.trim();
      if (!email) {
        creates.push({ properties: contactProperties(contact), associations: [] });
        if (creates.length === size) {
          yield { kind: 'create', inputs: creates };
          creates = [];
        }
        continue;
      }
      if (!addUpsert(contact, email)) waiting.push(contact);
      while (upserts.length === size) yield takeUpserts();
    }
  }
  while (upserts.length > 0 || waiting.length > 0) yield takeUpserts();
  if (creates.length > 0) yield { kind: 'create', inputs: creates };
}
