// Upsert by external id, shared by the single-record route and sObject Collections:
// no match → create, one match → update, several → refused.
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_upsert.htm
import type { FieldDef, SObjectDef, SObjectErrorItem, SObjectRecord, SalesforceSandboxState, WriteOptions } from './state/index.ts';
import { SObjectWriteError, writeError } from './state/index.ts';

export type UpsertOutcome =
  | { kind: 'created' | 'updated'; record: SObjectRecord }
  | { kind: 'multiple'; ids: string[] }
  | { kind: 'not-found' };

/** The external-id field a path names: undefined when the object lacks it, an error when it cannot key an upsert. */
export function externalIdField(def: SObjectDef, name: string): FieldDef | undefined | SObjectErrorItem {
  const f = def.fields.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!f) return undefined;
  if (f.name === 'Id' || f.externalId || f.idLookup) return f;
  return { errorCode: 'INVALID_FIELD', message: `Field ${f.name} is not an External ID or indexed field for ${def.name}`, fields: [] };
}

/**
 * Creates or updates the record whose `field` equals `value`. The body may repeat the external id
 * only with the same value. Throws SObjectWriteError for a refused save.
 */
export function upsertRecord(
  state: SalesforceSandboxState, def: SObjectDef, field: FieldDef, value: string, body: Record<string, unknown>,
  actingUserId: string, options: WriteOptions & { updateOnly?: boolean },
): UpsertOutcome {
  const { [field.name]: repeated, ...rest } = caseFold(body, field.name);
  if (repeated !== undefined && String(repeated).toLowerCase() !== value.toLowerCase()) {
    throw writeError('INVALID_FIELD', `${field.name}: the value in the request body must match the external ID value in the URL`, [field.name]);
  }
  const matches = field.name === 'Id'
    ? [state.records.get(value)].filter((r): r is SObjectRecord => r !== undefined && r.sobject === def.name)
    : state.records.findByField(def.name, field.name, value);
  if (matches.length > 1) return { kind: 'multiple', ids: matches.map((r) => r.Id) };
  const [match] = matches;
  if (match) return { kind: 'updated', record: state.records.update(match.Id, rest, actingUserId, options) };
  if (options.updateOnly || field.name === 'Id') return { kind: 'not-found' };
  return { kind: 'created', record: state.records.insert(def.name, { ...rest, [field.name]: value }, actingUserId, options) };
}

/** The body with the external-id key in canonical spelling, whatever case the caller used. */
function caseFold(body: Record<string, unknown>, canonical: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(body)) out[key.toLowerCase() === canonical.toLowerCase() ? canonical : key] = v;
  return out;
}

/** The error several matches give inside a collection (the single route answers 300 instead). */
export function multipleMatches(field: FieldDef, ids: string[]): SObjectWriteError {
  return new SObjectWriteError([{
    errorCode: 'DUPLICATE_EXTERNAL_ID', message: `${field.name}: more than one record found for external id field: [${ids.join(', ')}]`, fields: [field.name],
  }]);
}
