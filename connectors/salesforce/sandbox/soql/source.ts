// What the SOQL evaluator needs from the record store, and nothing more: describe metadata to resolve
// names and types, rows of one object in Id order, and a lookup by id to follow parent relationships.
// The sandbox's state adapts to it in query-source.ts; unit tests hand it plain in-memory rows.

export type SoqlScalar = string | number | boolean | null;

/** One field as describe reports it (the parts the query language needs). */
export interface SoqlField {
  name: string;
  /** Describe's type: id, reference, string, picklist, textarea, email, phone, url, boolean, int, double, currency, percent, date, datetime… */
  type: string;
  /** For references: the objects the id may point to (several for polymorphic ones such as Owner or Who). */
  referenceTo?: readonly string[];
  /** For references: the name a parent relationship is queried by (`Account`, `Owner`). */
  relationshipName?: string | null;
  /** Describe's flags; a field marked false cannot appear in WHERE or ORDER BY respectively. */
  filterable?: boolean;
  sortable?: boolean;
}

export interface SoqlObjectSchema {
  name: string;
  fields: readonly SoqlField[];
}

export interface SoqlRow {
  Id: string;
  sobject: string;
  fields: Readonly<Record<string, SoqlScalar | undefined>>;
}

export interface QuerySource {
  /** Every object the org knows (queryable or not: the evaluator only answers the ones it can describe). */
  sobjectNames(): Iterable<string>;
  describe(sobject: string): SoqlObjectSchema | undefined;
  /** The object's rows in Id order; deleted ones (recycle bin) only when asked. */
  rows(sobject: string, options: { includeDeleted: boolean }): Iterable<SoqlRow>;
  byId(id: string, options: { includeDeleted: boolean }): SoqlRow | undefined;
}
