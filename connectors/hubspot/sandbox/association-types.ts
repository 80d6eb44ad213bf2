import type { HubspotObjectType } from './object-types.ts';

// HubSpot-defined association types between the objects the sandbox serves, each with its inverse.
// https://developers.hubspot.com/docs/api-reference/crm-associations-v4/guide#association-type-id-values
// Association types are one-directional: contact→company is 279, company→contact is 280.

export interface AssociationTypeInfo {
  typeId: number;
  from: HubspotObjectType;
  to: HubspotObjectType;
  /** null for the unlabeled default type, as the v4 reads return it. */
  label: string | null;
  inverse: number;
  /** A "primary" label: a record has at most one of it (one primary company per contact or deal). */
  primary: boolean;
}

const table: Array<[number, HubspotObjectType, HubspotObjectType, string | null, number, boolean?]> = [
  [279, 'contacts', 'companies', null, 280],
  [280, 'companies', 'contacts', null, 279],
  [1, 'contacts', 'companies', 'Primary', 2, true],
  [2, 'companies', 'contacts', 'Primary', 1],
  [4, 'contacts', 'deals', null, 3],
  [3, 'deals', 'contacts', null, 4],
  [341, 'deals', 'companies', null, 342],
  [342, 'companies', 'deals', null, 341],
  [5, 'deals', 'companies', 'Primary', 6, true],
  [6, 'companies', 'deals', 'Primary', 5],
  [449, 'contacts', 'contacts', null, 449],
  [450, 'companies', 'companies', null, 450],
  [451, 'deals', 'deals', null, 451],
  [203, 'contacts', 'tasks', null, 204],
  [204, 'tasks', 'contacts', null, 203],
  [201, 'contacts', 'notes', null, 202],
  [202, 'notes', 'contacts', null, 201],
  [199, 'contacts', 'meetings', null, 200],
  [200, 'meetings', 'contacts', null, 199],
  [191, 'companies', 'tasks', null, 192],
  [192, 'tasks', 'companies', null, 191],
  [189, 'companies', 'notes', null, 190],
  [190, 'notes', 'companies', null, 189],
  [187, 'companies', 'meetings', null, 188],
  [188, 'meetings', 'companies', null, 187],
  [215, 'deals', 'tasks', null, 216],
  [216, 'tasks', 'deals', null, 215],
  [213, 'deals', 'notes', null, 214],
  [214, 'notes', 'deals', null, 213],
  [211, 'deals', 'meetings', null, 212],
  [212, 'meetings', 'deals', null, 211],
];

const byId = new Map<number, AssociationTypeInfo>(
  table.map(([typeId, from, to, label, inverse, primary]) => [typeId, { typeId, from, to, label, inverse, primary: primary ?? false }]),
);

export function associationType(typeId: number): AssociationTypeInfo | undefined {
  return byId.get(typeId);
}

/** The unlabeled type `createDefault` and "associate default" use between two object types. */
export function defaultAssociationType(from: HubspotObjectType, to: HubspotObjectType): AssociationTypeInfo | undefined {
  for (const info of byId.values()) if (info.from === from && info.to === to && info.label === null) return info;
  return undefined;
}

/** Whether HubSpot defines any association between the two object types. */
export function canAssociate(from: HubspotObjectType, to: HubspotObjectType): boolean {
  return defaultAssociationType(from, to) !== undefined;
}

/** Whether a labeled (primary) type exists between two object types, besides the unlabeled one. */
export function hasLabeledType(from: HubspotObjectType, to: HubspotObjectType): boolean {
  for (const info of byId.values()) if (info.from === from && info.to === to && info.label !== null) return true;
  return false;
}
