import type { HubspotSandboxDeps } from './deps.ts';
import type { WriteSource } from './state/record-changes.ts';
import type { StoredRecord } from './state/stored-record.ts';
import { addressKey } from './state/communication-preferences.ts';

// What an opt-out of all email does beyond the address's status: the contact whose email it is gets
// `hs_email_optout` "true" (read-only to the CRM API: HubSpot sets it), which moves the contact's
// lastmodifieddate and is announced like any property change. The status belongs to the address, so
// a contact created later with an opted-out address (or given one) is flagged too (QUIRKS.md).

/** The live contact whose primary email is `email`; one holding it only as an additional email is not. */
export function contactWithEmail(deps: HubspotSandboxDeps, email: string): StoredRecord | undefined {
  const record = deps.state.records.findByUnique('contacts', 'email', email);
  return record && addressKey(record.properties.email ?? '') === addressKey(email) ? record : undefined;
}

/** When the address opted out of all email: its own status, or else its contact's flag (data loaded with the flag set). */
export function optedOutOfAllAt(deps: HubspotSandboxDeps, email: string): number | null {
  const own = deps.state.communicationPreferences.optedOutOfAllAt(email);
  if (own !== null) return own;
  const contact = contactWithEmail(deps, email);
  return contact?.properties.hs_email_optout === 'true' ? contact.updatedAt : null;
}

/** Opts the address out of all email and flags its contact; false when it already was opted out. */
export function unsubscribeFromAll(deps: HubspotSandboxDeps, email: string, source: WriteSource): boolean {
  const changed = optedOutOfAllAt(deps, email) === null;
  deps.state.communicationPreferences.unsubscribeFromAll(email, deps.ctx.clock.now());
  flagContact(deps, contactWithEmail(deps, email), source);
  return changed;
}

/**
 * Flags contacts that get an opted-out address after the opt-out: created with it, or changed to it.
 * Call after webhook delivery has subscribed, so its events keep their order (the flag's change
 * follows the write that caused it, with that write's source). Returns the unsubscribe.
 */
export function flagContactsOfOptedOutAddresses(deps: HubspotSandboxDeps): () => void {
  return deps.state.records.onChange((event) => {
    if (event.objectType !== 'contacts' || event.kind !== 'propertyChange' || event.propertyName !== 'email') return;
    if (!event.propertyValue || deps.state.communicationPreferences.optedOutOfAllAt(event.propertyValue) === null) return;
    const source: WriteSource = { sourceType: event.changeSource, ...(event.sourceId === undefined ? {} : { sourceId: event.sourceId }) };
    flagContact(deps, deps.state.records.get('contacts', event.objectId), source);
  });
}

function flagContact(deps: HubspotSandboxDeps, contact: StoredRecord | undefined, source: WriteSource): void {
  if (!contact || contact.archivedAt !== null || contact.properties.hs_email_optout === 'true') return;
  deps.state.records.update('contacts', contact.id, { hs_email_optout: 'true' }, source);
}
