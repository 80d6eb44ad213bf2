import type { CanonicalContact } from '../../src/core/canonical/contact.ts';
import type { HubspotObjectSpec } from './crm-objects.ts';
import { HUBSPOT_CONTACT_PROPERTIES, toCanonicalContact } from './map/contact.ts';

/** Contacts for the shared object machinery: `lastmodifieddate` (not hs_), the mapped properties, map/contact.ts. */
export const HUBSPOT_CONTACT_SPEC: HubspotObjectSpec<CanonicalContact> = {
  objectType: 'contacts',
  modifiedProperty: 'lastmodifieddate',
  properties: HUBSPOT_CONTACT_PROPERTIES,
  toRecords: async (wires) => wires.map(toCanonicalContact),
};
