// The CRM object types the sandbox serves, and how HubSpot names each one on the wire.
// Type ids: https://developers.hubspot.com/docs/api-reference/legacy/crm/using-object-apis
// Default and searchable properties: https://developers.hubspot.com/docs/api-reference/legacy/crm/search-the-crm

export const HUBSPOT_OBJECT_TYPES = ['contacts', 'companies', 'deals', 'tasks', 'notes', 'meetings'] as const;
export type HubspotObjectType = (typeof HUBSPOT_OBJECT_TYPES)[number];

export interface HubspotObjectTypeInfo {
  name: HubspotObjectType;
  typeId: string;
  singular: string;
  /** CRM records carry `createdate`; activities (tasks, notes, meetings) `hs_createdate`. */
  createdProperty: 'createdate' | 'hs_createdate';
  /** Contacts alone keep `lastmodifieddate`; every other object `hs_lastmodifieddate`. */
  lastModifiedProperty: 'lastmodifieddate' | 'hs_lastmodifieddate';
  /** Returned by get, list and search when the call names no properties. */
  defaultProperties: readonly string[];
  /** What the free-text `query` of a search looks in. */
  queryProperties: readonly string[];
}

const activity = (name: HubspotObjectType, typeId: string, singular: string, queryProperties: string[]): HubspotObjectTypeInfo => ({
  name, typeId, singular, createdProperty: 'hs_createdate', lastModifiedProperty: 'hs_lastmodifieddate',
  defaultProperties: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'], queryProperties,
});

export const OBJECT_TYPES: Readonly<Record<HubspotObjectType, HubspotObjectTypeInfo>> = {
  contacts: {
    name: 'contacts', typeId: '0-1', singular: 'contact', createdProperty: 'createdate', lastModifiedProperty: 'lastmodifieddate',
    defaultProperties: ['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname'],
    queryProperties: ['firstname', 'lastname', 'email', 'phone', 'hs_additional_emails', 'fax', 'mobilephone', 'company'],
  },
  companies: {
    name: 'companies', typeId: '0-2', singular: 'company', createdProperty: 'createdate', lastModifiedProperty: 'hs_lastmodifieddate',
    defaultProperties: ['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name'],
    queryProperties: ['website', 'phone', 'name', 'domain'],
  },
  deals: {
    name: 'deals', typeId: '0-3', singular: 'deal', createdProperty: 'createdate', lastModifiedProperty: 'hs_lastmodifieddate',
    defaultProperties: ['amount', 'closedate', 'createdate', 'dealname', 'dealstage', 'hs_lastmodifieddate', 'hs_object_id', 'pipeline'],
    queryProperties: ['dealname', 'pipeline', 'dealstage', 'description', 'dealtype'],
  },
  tasks: activity('tasks', '0-27', 'task', ['hs_task_body', 'hs_task_subject']),
  notes: activity('notes', '0-46', 'note', ['hs_note_body']),
  meetings: activity('meetings', '0-47', 'meeting', ['hs_meeting_title', 'hs_meeting_body']),
};

const aliases = new Map<string, HubspotObjectType>();
for (const info of Object.values(OBJECT_TYPES)) {
  for (const alias of [info.name, info.typeId, info.singular]) aliases.set(alias.toLowerCase(), info.name);
}

/**
 * The object type a path segment names. HubSpot accepts the plural name, the type id (`0-1`) and,
 * on the v4 association paths, the singular (`contact`), in any letter case (`Contacts`).
 */
export function resolveObjectType(segment: string): HubspotObjectType | undefined {
  return aliases.get(segment.toLowerCase());
}

/** The properties HubSpot always sets itself: a write that names them is ignored for them. */
export function systemProperties(type: HubspotObjectType): readonly string[] {
  const info = OBJECT_TYPES[type];
  return ['hs_object_id', info.createdProperty, info.lastModifiedProperty];
}
