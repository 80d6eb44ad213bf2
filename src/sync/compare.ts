// When two synced values are the same value. Vendors normalise what they store (HubSpot lower-cases
// emails), so a comparison that saw "Ada@X.com" and "ada@x.com" as different would write forever.
import { sameValue } from '../core/merge/field-priority.ts';

const CASE_INSENSITIVE = new Set(['email', 'additionalEmails', 'companyDomain']);

function comparable(field: string, value: unknown): unknown {
  if (!CASE_INSENSITIVE.has(field)) return value;
  if (typeof value === 'string') return value.trim().toLowerCase();
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item.trim().toLowerCase() : item));
  return value;
}

export function sameSyncedValue(field: string, a: unknown, b: unknown): boolean {
  return sameValue(comparable(field, a ?? undefined), comparable(field, b ?? undefined));
}
