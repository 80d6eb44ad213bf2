// The typed tree the SOQL parser produces for the subset the sandbox answers. Every node keeps the
// position of its first character so later checks (unknown field, wrong literal type) can point at it
// with Salesforce's "ERROR at Row:r:Column:c" caret, as the real parser does.

/** Where a token starts: 0-based offset, 1-based row and column (as Salesforce reports them). */
export interface SourcePosition {
  offset: number;
  row: number;
  column: number;
}

/** A dotted field reference as written: `Email`, `Account.Name`, `Account.Owner.Email`. */
export interface FieldPath {
  kind: 'field';
  segments: string[];
  text: string;
  at: SourcePosition;
}

export type RelativeDateUnit = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR' | 'FISCAL_QUARTER' | 'FISCAL_YEAR';

/** A literal value on the right of a comparison. */
export type Literal =
  | { kind: 'string'; value: string; raw: string; at: SourcePosition }
  | { kind: 'number'; value: number; raw: string; at: SourcePosition }
  | { kind: 'boolean'; value: boolean; raw: string; at: SourcePosition }
  | { kind: 'null'; raw: string; at: SourcePosition }
  /** `2024-01-15`: midnight UTC of that day, in ms. */
  | { kind: 'date'; epochMs: number; raw: string; at: SourcePosition }
  /** `2024-01-15T10:30:00Z` and offset forms, in ms. */
  | { kind: 'datetime'; epochMs: number; raw: string; at: SourcePosition }
  /** TODAY, LAST_N_DAYS:30, THIS_QUARTER… resolved against the sandbox clock when the query runs. */
  | { kind: 'relativeDate'; name: string; n: number | undefined; raw: string; at: SourcePosition };

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

export type Condition =
  | { kind: 'compare'; field: FieldPath; op: ComparisonOperator; value: Literal; at: SourcePosition }
  | { kind: 'like'; field: FieldPath; pattern: Extract<Literal, { kind: 'string' }>; at: SourcePosition }
  | { kind: 'in'; field: FieldPath; negated: boolean; values: Literal[]; at: SourcePosition }
  | { kind: 'and'; operands: Condition[] }
  | { kind: 'or'; operands: Condition[] }
  | { kind: 'not'; operand: Condition };

export interface OrderKey {
  field: FieldPath;
  descending: boolean;
  /** Salesforce sorts nulls first unless told NULLS LAST. */
  nullsFirst: boolean;
}

export type Selection = { kind: 'count'; at: SourcePosition } | { kind: 'fields'; fields: FieldPath[] };

export interface SoqlQuery {
  select: Selection;
  from: { name: string; at: SourcePosition };
  where: Condition | undefined;
  orderBy: OrderKey[];
  limit: number | undefined;
  offset: number | undefined;
}
