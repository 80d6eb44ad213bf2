// The inclusion filter and the hand-off rule of mappings/sync.yaml as predicates over contacts. Pure.
import type { CanonicalContact } from '../core/canonical/contact.ts';
import { isEmptyValue } from '../core/merge/field-priority.ts';
import type { SyncSettings } from '../config/sync-settings.ts';
import { valueAt } from './values.ts';

/** Whether a record syncs at all. */
export function contactInclusion(settings: SyncSettings['contacts']['include']): (contact: CanonicalContact) => boolean {
  const excluded = new Set(settings.excludeEmailDomains);
  return (contact) => {
    const email = contact.email?.trim().toLowerCase();
    if (email === undefined || email === '') return !settings.requireEmail;
    return !excluded.has(email.slice(email.lastIndexOf('@') + 1));
  };
}

/** Whether a marketing contact with no CRM counterpart becomes a CRM lead. */
export function contactHandOff(settings: SyncSettings['contacts']['handOff']): (contact: CanonicalContact) => boolean {
  const stages = new Set<string>(settings.lifecycleStages);
  return (contact) => contact.lifecycleStage !== undefined && stages.has(contact.lifecycleStage)
    && settings.requireFields.every((field) => !isEmptyValue(valueAt(contact, field)));
}
