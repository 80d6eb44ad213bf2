import type { SoqlQuery, SourcePosition } from './ast.ts';
import type { QuerySource, SoqlObjectSchema } from './source.ts';
import type { ResolvedField } from './resolve-fields.ts';
import { resolveField, resolveObject } from './resolve-fields.ts';
import type { BoundCondition } from './bind-condition.ts';
import { bindCondition } from './bind-condition.ts';
import { parseSoql } from './parser.ts';
import { SoqlError } from './errors.ts';

// A parsed query checked against describe: the FROM object exists, every field path resolves, literals
// have the types their fields need. What comes out can be evaluated without further errors.

export interface BoundOrderKey {
  field: ResolvedField;
  descending: boolean;
  nullsFirst: boolean;
}

export interface BoundQuery {
  soql: string;
  schema: SoqlObjectSchema;
  /** SELECT COUNT(): the answer is totalSize with no records. */
  count: boolean;
  select: ResolvedField[];
  where: BoundCondition | undefined;
  orderBy: BoundOrderKey[];
  limit: number | undefined;
  offset: number | undefined;
}

/** Parses and checks a SOQL statement against the source's describe; throws SoqlError when Salesforce would refuse it. */
export function prepareQuery(soql: string, source: QuerySource): BoundQuery {
  const query: SoqlQuery = parseSoql(soql);
  const schema = resolveObject(source, query.from.name, query.from.at);
  const select = query.select.kind === 'count' ? [] : query.select.fields.map((path) => resolveField(source, schema, path));
  refuseDuplicates(select);
  const where = query.where ? bindCondition(source, schema, query.where) : undefined;
  const orderBy = query.orderBy.map(({ field: path, descending, nullsFirst }) => {
    const field = resolveField(source, schema, path);
    if (field.kind === 'unfilterable' || field.field.sortable === false) {
      throw new SoqlError('INVALID_FIELD', `field '${field.field.name}' can not be sorted in a query call`, path.at as SourcePosition);
    }
    return { field, descending, nullsFirst };
  });
  return { soql, schema, count: query.select.kind === 'count', select, where, orderBy, limit: query.limit, offset: query.offset };
}

// "duplicate field selected: Id" (INVALID_FIELD), as the SOQL reference shows for a field named twice.
function refuseDuplicates(select: ResolvedField[]): void {
  const seen = new Set<string>();
  for (const field of select) {
    const key = field.keys.join('.').toLowerCase();
    if (seen.has(key)) throw new SoqlError('INVALID_FIELD', `duplicate field selected: ${field.keys.join('.')}`);
    seen.add(key);
  }
}
