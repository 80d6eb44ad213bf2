import type { QuerySource, SoqlRow, SoqlScalar } from './source.ts';
import type { BoundQuery } from './bind.ts';
import type { RelationshipHop, ResolvedField } from './resolve-fields.ts';
import { leafValue } from './resolve-fields.ts';
import { wireValue } from './field-values.ts';

// A row as a query answer carries it: `attributes: { type, url }`, the selected fields in SELECT order
// with describe's spelling, and parent relationships nested as objects with their own attributes
// (`Owner: { attributes: { type: 'User', url }, Name: 'Ada' }`), or null when the reference is empty.
// A polymorphic parent (Lead.Owner: User or Group) answers type "Name", as Salesforce does.

export interface WireAttributes {
  type: string;
  url: string;
}

export interface WireRecord {
  attributes: WireAttributes;
  [field: string]: WireRecord | WireAttributes | SoqlScalar;
}

const attributes = (type: string, sobject: string, id: string, apiVersion: string): WireAttributes => ({
  type,
  url: `/services/data/v${apiVersion}/sobjects/${sobject}/${id}`,
});

/** Builds the answer record of one row; `apiVersion` is the request's, e.g. "62.0". */
export function projectRow(query: BoundQuery, row: SoqlRow, source: QuerySource, apiVersion: string): WireRecord {
  const record: WireRecord = { attributes: attributes(row.sobject, row.sobject, row.Id, apiVersion) };
  for (const field of query.select) place(record, row, field, 0, source, apiVersion);
  return record;
}

function place(target: WireRecord, row: SoqlRow, field: ResolvedField, depth: number, source: QuerySource, apiVersion: string): void {
  const hop: RelationshipHop | undefined = field.hops[depth];
  if (!hop) {
    target[field.field.name] = wireValue(field.field, leafValue(row, field));
    return;
  }
  const existing = target[hop.relationshipName];
  if (existing === null) return;
  const parentId = row.fields[hop.idField];
  const parent = typeof parentId === 'string' && parentId !== '' ? source.byId(parentId, { includeDeleted: false }) : undefined;
  if (!parent) {
    target[hop.relationshipName] = null;
    return;
  }
  const nested: WireRecord = isRecord(existing)
    ? existing
    : { attributes: attributes(hop.polymorphic ? 'Name' : parent.sobject, parent.sobject, parent.Id, apiVersion) };
  target[hop.relationshipName] = nested;
  place(nested, parent, field, depth + 1, source, apiVersion);
}

function isRecord(value: WireRecord[string] | undefined): value is WireRecord {
  return typeof value === 'object' && value !== null && 'attributes' in value && typeof value.attributes === 'object';
}
