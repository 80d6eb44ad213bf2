import type { HubspotObjectType } from '../object-types.ts';
import { OBJECT_TYPES, resolveObjectType } from '../object-types.ts';
import { associationType, hasLabeledType } from '../association-types.ts';
import type { HubspotSandboxState } from '../state/index.ts';
import type { StoredRecord } from '../state/stored-record.ts';
import { historyOf, isoOf, ownValue } from '../state/stored-record.ts';

/** What a read asked to see of each record. */
export interface RecordView {
  /** Named properties; undefined (or empty) means the object's default properties. */
  properties?: string[];
  propertiesWithHistory?: string[];
  /** Object types whose associated ids to include (get and list only). */
  associations?: string[];
}

export interface RecordWire {
  id: string;
  properties: Record<string, string | null>;
  propertiesWithHistory?: Record<string, Array<{ value: string; timestamp: string; sourceType: string; sourceId?: string }>>;
  associations?: Record<string, { results: Array<{ id: string; type: string }> }>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
}

/**
 * A record as HubSpot answers it. Named properties come back alongside the ones HubSpot always
 * adds (created and modified dates, hs_object_id); a property the object has but the record lacks
 * is null; a name the object does not have is left out.
 */
export function renderRecord(state: HubspotSandboxState, record: StoredRecord, view: RecordView = {}): RecordWire {
  const type = record.objectType;
  const info = OBJECT_TYPES[type];
  const names = view.properties && view.properties.length > 0
    ? new Set([...view.properties, info.createdProperty, info.lastModifiedProperty, 'hs_object_id'])
    : new Set(info.defaultProperties);
  const properties: Record<string, string | null> = {};
  for (const name of [...names].sort()) {
    const value = ownValue(record.properties, name);
    if (value !== undefined) properties[name] = value;
    else if (state.properties.has(type, name)) properties[name] = null;
  }
  const wire: RecordWire = { id: record.id, properties, createdAt: isoOf(record.createdAt), updatedAt: isoOf(record.updatedAt), archived: record.archivedAt !== null };
  if (record.archivedAt !== null) wire.archivedAt = isoOf(record.archivedAt);

  if (view.propertiesWithHistory && view.propertiesWithHistory.length > 0) {
    const withHistory: NonNullable<RecordWire['propertiesWithHistory']> = {};
    for (const name of view.propertiesWithHistory) {
      const history = historyOf(record, name);
      if (history.length > 0) withHistory[name] = history.map((h) => ({ ...h, timestamp: isoOf(h.timestamp) }));
    }
    wire.propertiesWithHistory = withHistory;
  }
  if (view.associations && view.associations.length > 0) {
    const associations = associationsOf(state, record, view.associations);
    if (Object.keys(associations).length > 0) wire.associations = associations;
  }
  return wire;
}

// v3 reads name each association type `contact_to_company`, with `_unlabeled` on the plain type
// where a labeled (primary) one exists between the same objects.
function v3TypeName(from: HubspotObjectType, to: HubspotObjectType, typeId: number): string {
  const base = `${OBJECT_TYPES[from].singular}_to_${OBJECT_TYPES[to].singular}`;
  const info = associationType(typeId);
  return info?.label === null && hasLabeledType(from, to) ? `${base}_unlabeled` : base;
}

function associationsOf(state: HubspotSandboxState, record: StoredRecord, requested: string[]): NonNullable<RecordWire['associations']> {
  const out: NonNullable<RecordWire['associations']> = {};
  for (const segment of requested) {
    const toType = resolveObjectType(segment);
    if (!toType) continue;
    const results: Array<{ id: string; type: string }> = [];
    for (const { toId, typeIds } of state.associations.list(record.objectType, record.id, toType)) {
      const target = state.records.get(toType, toId);
      if (!target || target.archivedAt !== null) continue;
      for (const typeId of typeIds) results.push({ id: toId, type: v3TypeName(record.objectType, toType, typeId) });
    }
    if (results.length > 0) out[segment] = { results };
  }
  return out;
}
