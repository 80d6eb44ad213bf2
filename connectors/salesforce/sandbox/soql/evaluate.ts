import type { ComparisonOperator } from './ast.ts';
import type { QuerySource, SoqlRow, SoqlScalar } from './source.ts';
import type { ResolvedField } from './resolve-fields.ts';
import { leafValue } from './resolve-fields.ts';
import type { BoundCondition, BoundValue } from './bind-condition.ts';
import type { BoundQuery } from './bind.ts';
import { comparable } from './field-values.ts';
import { relativeRange } from './date-literals.ts';

// Filter, sort and window over the source's rows. SOQL semantics kept here:
// - null is a value: `= null` finds empty fields and `!= 'x'` includes them; `<`/`>` never match null;
// - text compares and sorts case-insensitively; ids compare on their case-sensitive 15 characters;
// - a relative date literal is a range: `=` inside, `<` before its start, `>` after its end;
// - ORDER BY sorts nulls first unless NULLS LAST (the SOQL reference's default), ties stay in Id order.

export interface RunOptions {
  includeDeleted: boolean;
  /** The sandbox clock, for relative date literals. */
  nowMs: number;
}

type Comparable = string | number | boolean | null;

/** A field's raw stored value on a row, following parent relationships (null when a parent is missing). */
export function readField(source: QuerySource, row: SoqlRow, field: ResolvedField): SoqlScalar {
  let current: SoqlRow | undefined = row;
  for (const hop of field.hops) {
    const parentId: SoqlScalar | undefined = current.fields[hop.idField];
    current = typeof parentId === 'string' && parentId !== '' ? source.byId(parentId, { includeDeleted: false }) : undefined;
    if (!current) return null;
  }
  return leafValue(current, field);
}

/** The rows a query answers, in answer order, after OFFSET and LIMIT. */
export function selectRows(query: BoundQuery, source: QuerySource, options: RunOptions): SoqlRow[] {
  const value = (row: SoqlRow, field: ResolvedField): Comparable => comparable(field.kind, readField(source, row, field));
  const matches = (row: SoqlRow, condition: BoundCondition): boolean => {
    switch (condition.kind) {
      case 'and': return condition.operands.every((c) => matches(row, c));
      case 'or': return condition.operands.some((c) => matches(row, c));
      case 'not': return !matches(row, condition.operand);
      case 'compare': return compareMatches(value(row, condition.field), condition.op, condition.value, options.nowMs);
      case 'like': {
        const actual = readField(source, row, condition.field);
        return actual !== null && actual !== '' && condition.pattern.test(String(actual));
      }
      case 'in': {
        const actual = value(row, condition.field);
        const found = condition.values.some((v) => compareMatches(actual, '=', v, options.nowMs));
        return condition.negated ? !found : found;
      }
    }
  };
  const where = query.where;
  let rows: SoqlRow[] = [];
  for (const row of source.rows(query.schema.name, { includeDeleted: options.includeDeleted })) {
    if (!where || matches(row, where)) rows.push(row);
  }
  if (query.orderBy.length > 0) rows = sortRows(rows, query, (row, field) => value(row, field));
  const start = query.offset ?? 0;
  return rows.slice(start, query.limit === undefined ? undefined : start + query.limit);
}

function sortRows(rows: SoqlRow[], query: BoundQuery, value: (row: SoqlRow, field: ResolvedField) => Comparable): SoqlRow[] {
  const keyed = rows.map((row) => ({ row, keys: query.orderBy.map((key) => value(row, key.field)) }));
  keyed.sort((a, b) => {
    for (const [i, key] of query.orderBy.entries()) {
      const x = a.keys[i] ?? null;
      const y = b.keys[i] ?? null;
      if (x === null && y === null) continue;
      if (x === null || y === null) return (x === null) === key.nullsFirst ? -1 : 1;
      const order = compareValues(x, y);
      if (order !== 0) return key.descending ? -order : order;
    }
    return 0;
  });
  return keyed.map((k) => k.row);
}

function compareValues(a: Exclude<Comparable, null>, b: Exclude<Comparable, null>): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) - Number(b);
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareMatches(actual: Comparable, op: ComparisonOperator, bound: BoundValue, nowMs: number): boolean {
  if (bound.kind === 'range') {
    if (actual === null) return op === '!=';
    const { startMs, endMs } = relativeRange(bound.name, bound.n, nowMs);
    const v = Number(actual);
    const inside = v >= startMs && v < endMs;
    switch (op) {
      case '=': return inside;
      case '!=': return !inside;
      case '<': return v < startMs;
      case '<=': return v < endMs;
      case '>': return v >= endMs;
      case '>=': return v >= startMs;
    }
  }
  const expected = bound.value;
  if (expected === null || actual === null) {
    const same = expected === actual;
    return op === '=' ? same : op === '!=' ? !same : false;
  }
  const order = compareValues(actual, expected);
  switch (op) {
    case '=': return order === 0;
    case '!=': return order !== 0;
    case '<': return order < 0;
    case '<=': return order <= 0;
    case '>': return order > 0;
    case '>=': return order >= 0;
  }
}
