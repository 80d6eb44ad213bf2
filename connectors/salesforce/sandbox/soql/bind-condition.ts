import type { ComparisonOperator, Condition, Literal } from './ast.ts';
import type { QuerySource, SoqlObjectSchema } from './source.ts';
import type { ResolvedField } from './resolve-fields.ts';
import { resolveField } from './resolve-fields.ts';
import { comparable, soapTypeName } from './field-values.ts';
import { LikePattern } from './like-pattern.ts';
import { SoqlError, unsupported } from './errors.ts';
import { to18 } from '../ids.ts';

// Type checks of WHERE, with the errors Salesforce gives a literal of the wrong type ("value of filter
// criterion for field 'CloseDate' must be of type date and should not be enclosed in quotes"), an id
// that is not one ("invalid ID field: abc") or a field that cannot be filtered.

/** A checked literal: one comparable value, or a relative date range resolved when the query runs. */
export type BoundValue =
  | { kind: 'point'; value: string | number | boolean | null }
  | { kind: 'range'; name: string; n: number | undefined };

export type BoundCondition =
  | { kind: 'compare'; field: ResolvedField; op: ComparisonOperator; value: BoundValue }
  | { kind: 'like'; field: ResolvedField; pattern: LikePattern }
  | { kind: 'in'; field: ResolvedField; negated: boolean; values: BoundValue[] }
  | { kind: 'and' | 'or'; operands: BoundCondition[] }
  | { kind: 'not'; operand: BoundCondition };

const filterError = (message: string, field: ResolvedField) => new SoqlError('INVALID_FIELD', message, field.path.at);
const operatorError = (message: string, field: ResolvedField) => new SoqlError('INVALID_QUERY_FILTER_OPERATOR', message, field.path.at);

export function bindCondition(source: QuerySource, root: SoqlObjectSchema, condition: Condition): BoundCondition {
  switch (condition.kind) {
    case 'and':
    case 'or':
      return { kind: condition.kind, operands: condition.operands.map((c) => bindCondition(source, root, c)) };
    case 'not':
      return { kind: 'not', operand: bindCondition(source, root, condition.operand) };
    case 'compare': {
      const field = filterableField(source, root, condition.field);
      if (field.kind === 'boolean' && condition.op !== '=' && condition.op !== '!=') throw operatorError('invalid operator on boolean field', field);
      return { kind: 'compare', field, op: condition.op, value: bindLiteral(field, condition.value) };
    }
    case 'like': {
      const field = filterableField(source, root, condition.field);
      if (field.kind !== 'string') throw operatorError(`invalid operator on ${soapTypeName(field.field)} field`, field);
      return { kind: 'like', field, pattern: new LikePattern(condition.pattern.value) };
    }
    case 'in': {
      const field = filterableField(source, root, condition.field);
      return { kind: 'in', field, negated: condition.negated, values: condition.values.map((v) => bindLiteral(field, v)) };
    }
  }
}

function filterableField(source: QuerySource, root: SoqlObjectSchema, path: Extract<Condition, { kind: 'compare' }>['field']): ResolvedField {
  const field = resolveField(source, root, path);
  if (field.kind === 'unfilterable' || field.field.filterable === false) {
    throw filterError(`field '${field.field.name}' can not be filtered in a query call`, field);
  }
  return field;
}

/** Checks a literal against the field's type and turns it into the value the evaluator compares. */
function bindLiteral(field: ResolvedField, literal: Literal): BoundValue {
  if (literal.kind === 'null') return { kind: 'point', value: null };
  const wrongType = () => {
    const quoted = field.kind === 'string' || field.kind === 'id';
    return filterError(
      `value of filter criterion for field '${field.path.text}' must be of type ${soapTypeName(field.field)} and should ${quoted ? '' : 'not '}be enclosed in quotes`,
      field,
    );
  };
  switch (field.kind) {
    case 'id': {
      if (literal.kind !== 'string') throw wrongType();
      if (literal.value === '') return { kind: 'point', value: null };
      const id = to18(literal.value);
      if (!id) throw operatorError(`invalid ID field: ${literal.value}`, field);
      return { kind: 'point', value: comparable('id', id) };
    }
    case 'string':
      if (literal.kind !== 'string') throw wrongType();
      return { kind: 'point', value: comparable('string', literal.value) };
    case 'number':
      if (literal.kind !== 'number') throw wrongType();
      return { kind: 'point', value: literal.value };
    case 'boolean':
      if (literal.kind !== 'boolean') throw wrongType();
      return { kind: 'point', value: literal.value };
    case 'date':
    case 'datetime':
      if (literal.kind === 'relativeDate') return { kind: 'range', name: literal.name, n: literal.n };
      if (literal.kind !== field.kind) throw wrongType();
      return { kind: 'point', value: literal.epochMs };
    case 'unfilterable':
      throw unsupported(`Filtering on a ${field.field.type} field`, field.path.at);
  }
}
