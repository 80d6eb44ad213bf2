// The canonical contact fields this connector reads and writes (map/contact.ts), so the sync engine
// never plans a write the writer would drop. Owner ids are HubSpot's own (the sync's owner directory
// translates them). The opt-out is not a writable property: an opt-out (true, never an opt-in) goes
// through the communication preferences API instead (email-opt-out.ts, QUIRKS.md).
import type { FieldAccess } from '../../../src/connector-kit/people-side.ts';

const READ = [
  'email', 'additionalEmails', 'firstName', 'lastName', 'title', 'phone', 'mobilePhone', 'companyName', 'lifecycleStage', 'leadStatus',
  'ownerId', 'consent.emailOptOut', 'createdAt',
] as const;

const WRITE = ['email', 'firstName', 'lastName', 'title', 'phone', 'mobilePhone', 'companyName', 'lifecycleStage', 'leadStatus'] as const;

export const HUBSPOT_CONTACT_FIELD_ACCESS: FieldAccess = {
  readable: new Set(READ),
  writable: new Set([...WRITE, 'consent.emailOptOut']),
  // Only the person can opt back in (HubSpot's subscription rules): an integration may only opt out.
  accepts: (field, value) => field !== 'consent.emailOptOut' || value === true,
};
