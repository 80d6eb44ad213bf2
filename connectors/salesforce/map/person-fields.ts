// The canonical contact fields this connector reads and writes per object (map/person.ts, lead.ts,
// contact.ts), so the sync engine never plans a write the writer would drop. Owner ids are
// Salesforce's own and are not synced with another system's ids until owners are mapped.
import type { FieldAccess } from '../../../src/connector-kit/people-side.ts';

const SHARED_READ = ['email', 'firstName', 'lastName', 'title', 'phone', 'mobilePhone', 'leadSource', 'leadSourceDetail', 'ownerId', 'consent.emailOptOut', 'consent.doNotCall', 'createdAt'];
const SHARED_WRITE = ['email', 'firstName', 'lastName', 'title', 'phone', 'mobilePhone', 'leadSource', 'consent.emailOptOut', 'consent.doNotCall'];

export const SALESFORCE_PERSON_FIELD_ACCESS: Record<'Lead' | 'Contact', FieldAccess> = {
  Lead: { readable: new Set([...SHARED_READ, 'companyName', 'leadStatus']), writable: new Set([...SHARED_WRITE, 'companyName', 'leadStatus']) },
  Contact: { readable: new Set([...SHARED_READ, 'companyId']), writable: new Set(SHARED_WRITE) },
};

/** Salesforce ids name their object by a three-character key prefix. */
export function personObjectOfId(id: string): 'Lead' | 'Contact' | undefined {
  if (id.startsWith('00Q')) return 'Lead';
  if (id.startsWith('003')) return 'Contact';
  return undefined;
}
