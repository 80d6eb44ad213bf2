import { z } from 'zod';
import { HubspotRecordIdInput } from './object-record.ts';

// POST /crm/v3/objects/{contacts|companies|deals}/merge
// https://developers.hubspot.com/docs/api-reference/legacy/crm/objects/contacts/merge-contacts
export const HubspotMergeInput = z.object({
  primaryObjectId: HubspotRecordIdInput,
  objectIdToMerge: HubspotRecordIdInput,
});
export type HubspotMergeInput = z.output<typeof HubspotMergeInput>;

// POST /crm/v3/objects/contacts/gdpr-delete
// https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/gdpr/post-crm-v3-objects-contacts-gdpr-delete
export const HubspotGdprDeleteInput = z.object({
  objectId: HubspotRecordIdInput,
  idProperty: z.string().optional(),
});
export type HubspotGdprDeleteInput = z.output<typeof HubspotGdprDeleteInput>;
