// The canonical contact fields this connector reads and writes (map/contact.ts), so the sync engine
// never plans a write the writer would drop. Owner ids are HubSpot's own and are not synced with
// another system's ids until owners are mapped; the opt-out is read-only here because HubSpot keeps
// subscriptions in its communication preferences, not in a writable property (QUIRKS.md).
import type { FieldAccess } from '../../../src/connector-kit/people-side.ts';

const READ = [
  'email', 'additionalEmails', 'firstName', 'lastName', 'title', 'phone', 'mobilePhone', 'companyName', 'lifecycleStage', 'leadStatus',
  'ownerId', 'consent.emailOptOut', 'createdAt',
] as const;

const WRITE = ['email', 'firstName', 'lastName', 'title', 'phone', 'mobilePhone', 'companyName', 'lifecycleStage', 'leadStatus'] as const;

export const HUBSPOT_CONTACT_FIELD_ACCESS: FieldAccess = { readable: new Set(READ), writable: new Set(WRITE) };
