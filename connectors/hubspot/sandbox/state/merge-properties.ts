import { OBJECT_TYPES } from '../object-types.ts';
import type { HistoryEntry, StoredRecord } from './stored-record.ts';
import { emptyValues, historyOf, isoOf, splitList } from './stored-record.ts';

const uniqueCaseless = (values: string[]): string[] => {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v.toLowerCase()) ? false : (seen.add(v.toLowerCase()), true)));
};

/**
 * The properties and history of the record a merge leaves behind
 * (https://developers.hubspot.com/changelog/updated-merge-functionality-for-contacts-and-companies):
 * the primary's current values win, the merged record fills what the primary lacks, history from
 * both is kept, `hs_merged_object_ids` lists every id folded in, and for contacts the merged-away
 * email joins `hs_additional_emails`. Creation time is the older of the two.
 */
export function mergedProperties(primary: StoredRecord, merged: StoredRecord, survivorId: string, now: number) {
  const info = OBJECT_TYPES[primary.objectType];
  const properties = emptyValues();
  const history: Record<string, HistoryEntry[]> = {};
  const names = new Set([...Object.keys(merged.properties), ...Object.keys(primary.properties)]);
  for (const name of names) {
    const value = primary.properties[name] ?? merged.properties[name];
    if (value !== undefined) properties[name] = value;
    const fromPrimary = historyOf(primary, name);
    history[name] = primary.properties[name] !== undefined ? [...fromPrimary, ...historyOf(merged, name)] : [...historyOf(merged, name), ...fromPrimary];
  }

  const createdAt = Math.min(primary.createdAt, merged.createdAt);
  properties.hs_object_id = survivorId;
  properties[info.createdProperty] = isoOf(createdAt);
  properties[info.lastModifiedProperty] = isoOf(now);
  const mergedIds = uniqueCaseless([
    ...splitList(primary.properties.hs_merged_object_ids), ...splitList(merged.properties.hs_merged_object_ids),
    ...[primary.id, merged.id].filter((id) => id !== survivorId),
  ]);
  if (mergedIds.length > 0) properties.hs_merged_object_ids = mergedIds.join(';');

  if (primary.objectType === 'contacts') {
    const email = properties.email;
    const additional = uniqueCaseless([
      ...splitList(primary.properties.hs_additional_emails), ...splitList(merged.properties.hs_additional_emails),
      ...[primary.properties.email, merged.properties.email].filter((e): e is string => e !== undefined),
    ]).filter((e) => e.toLowerCase() !== email?.toLowerCase());
    if (additional.length > 0) properties.hs_additional_emails = additional.join(';');
  }
  for (const name of ['hs_object_id', info.createdProperty, info.lastModifiedProperty, 'hs_merged_object_ids', 'hs_additional_emails']) {
    delete history[name];
  }
  return { properties, history, createdAt };
}
