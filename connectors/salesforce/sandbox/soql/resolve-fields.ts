import type { FieldPath, SourcePosition } from './ast.ts';
import type { QuerySource, SoqlField, SoqlObjectSchema, SoqlRow, SoqlScalar } from './source.ts';
import type { ValueKind } from './field-values.ts';
import { kindOf } from './field-values.ts';
import { noSuchColumn, noSuchRelation, unsupported, unsupportedType } from './errors.ts';

// Names in SOQL are case-insensitive; answers use describe's spelling. A path `Account.Owner.Email`
// walks parent relationships by their relationshipName (at most five levels, as Salesforce allows).

const MAX_RELATIONSHIP_LEVELS = 5;

// A polymorphic parent (Lead.Owner, Task.Who, Task.What) is queried through Salesforce's "Name" object,
// which has a fixed set of fields and no relationships of its own (TYPEOF reaches further; the sandbox
// refuses it). Its `Type` is the parent's sObject name (`What.Type = 'Opportunity'`); every other field
// reads the parent's field of that name, or null when the parent's object has none (an Account's Title).
const nameField = (name: string, type: string): SoqlField => ({ name, type });
const NAME_OBJECT_FIELDS: readonly SoqlField[] = [
  nameField('Id', 'id'), nameField('Name', 'string'), nameField('Type', 'picklist'), nameField('Alias', 'string'),
  nameField('Email', 'email'), nameField('FirstName', 'string'), nameField('LastName', 'string'), nameField('MiddleName', 'string'),
  nameField('Suffix', 'string'), nameField('NameOrAlias', 'string'), nameField('IsActive', 'boolean'), nameField('Title', 'string'),
  nameField('Username', 'string'), nameField('CommunityNickname', 'string'), nameField('Phone', 'phone'),
  nameField('UserRoleId', 'reference'), nameField('ProfileId', 'reference'), nameField('RecordTypeId', 'reference'),
  nameField('LastReferencedDate', 'datetime'), nameField('LastViewedDate', 'datetime'),
];

/** How the last segment is read on the row the hops reach. */
export type LeafRead =
  /** The row's own field (`field.name`). */
  | { kind: 'field' }
  /** The Name object's `Type`: the row's sObject name. */
  | { kind: 'sobjectType' }
  /** A Name object field: the field of that name on the row's object (describe's spelling), or null without one. */
  | { kind: 'byObject'; fieldOf: ReadonlyMap<string, string> };

/** One step up a parent relationship: read `idField` on the current row, then fetch that parent. */
export interface RelationshipHop {
  idField: string;
  /** The key the nested object goes under in the answer: `Owner`. */
  relationshipName: string;
  /** Polymorphic references (Lead.Owner: User or Group) answer `attributes.type` "Name". */
  polymorphic: boolean;
}

export interface ResolvedField {
  path: FieldPath;
  hops: RelationshipHop[];
  field: SoqlField;
  kind: ValueKind;
  /** Describe's spelling of every segment: ['Owner', 'Email']. */
  keys: string[];
  leaf: LeafRead;
}

const byName = <T extends { name: string }>(items: Iterable<T>, name: string): T | undefined => {
  const wanted = name.toLowerCase();
  for (const item of items) if (item.name.toLowerCase() === wanted) return item;
  return undefined;
};

/** The describe of the FROM object, or INVALID_TYPE as Salesforce answers an unknown sObject. */
export function resolveObject(source: QuerySource, name: string, at: SourcePosition): SoqlObjectSchema {
  const canonical = byName([...source.sobjectNames()].map((n) => ({ name: n })), name)?.name;
  const schema = canonical === undefined ? undefined : source.describe(canonical);
  if (!schema) throw unsupportedType(name, at);
  return schema;
}

function relationshipOn(schema: SoqlObjectSchema, name: string): SoqlField | undefined {
  const wanted = name.toLowerCase();
  return schema.fields.find((f) => f.relationshipName?.toLowerCase() === wanted && (f.referenceTo?.length ?? 0) > 0);
}

/** Resolves a path against the FROM object, or throws INVALID_FIELD naming what Salesforce would. */
export function resolveField(source: QuerySource, root: SoqlObjectSchema, path: FieldPath): ResolvedField {
  let segments = path.segments;
  // `SELECT Lead.Email FROM Lead`: a path may start with the FROM object's own name.
  if (segments.length > 1 && segments[0]?.toLowerCase() === root.name.toLowerCase() && !relationshipOn(root, root.name)) {
    segments = segments.slice(1);
  }
  if (segments.length - 1 > MAX_RELATIONSHIP_LEVELS) throw unsupported(`More than ${MAX_RELATIONSHIP_LEVELS} levels of parent relationships`, path.at);
  let candidates: SoqlObjectSchema[] = [root];
  const hops: RelationshipHop[] = [];
  const keys: string[] = [];
  for (const relation of segments.slice(0, -1)) {
    const [current] = candidates as [SoqlObjectSchema];
    const reference = hops.at(-1)?.polymorphic ? undefined : relationshipOn(current, relation);
    if (!reference) throw noSuchRelation(relation, path.at);
    const targets = (reference.referenceTo ?? []).map((t) => source.describe(t)).filter((s): s is SoqlObjectSchema => s !== undefined);
    if (targets.length === 0) throw unsupported(`The relationship ${relation} (to ${reference.referenceTo?.join(', ')}, objects the sandbox does not model)`, path.at);
    const relationshipName = reference.relationshipName ?? relation;
    hops.push({ idField: reference.name, relationshipName, polymorphic: (reference.referenceTo?.length ?? 0) > 1 });
    keys.push(relationshipName);
    candidates = targets;
  }
  const leafName = segments[segments.length - 1] ?? '';
  if (hops.at(-1)?.polymorphic === true) {
    const field = byName(NAME_OBJECT_FIELDS, leafName);
    if (!field) throw noSuchColumn(leafName, 'Name', path.at);
    keys.push(field.name);
    return { path, hops, field, kind: kindOf(field), keys, leaf: nameObjectRead(field, candidates) };
  }
  const field = byName(candidates[0]?.fields ?? [], leafName);
  if (!field) throw noSuchColumn(leafName, candidates[0]?.name ?? root.name, path.at);
  keys.push(field.name);
  return { path, hops, field, kind: kindOf(field), keys, leaf: { kind: 'field' } };
}

function nameObjectRead(field: SoqlField, targets: readonly SoqlObjectSchema[]): LeafRead {
  if (field.name === 'Type') return { kind: 'sobjectType' };
  const fieldOf = new Map<string, string>();
  for (const target of targets) {
    const own = byName(target.fields, field.name);
    if (own) fieldOf.set(target.name, own.name);
  }
  return { kind: 'byObject', fieldOf };
}

/** The raw value of the resolved field's last segment on the row its hops reached. */
export function leafValue(row: SoqlRow, field: ResolvedField): SoqlScalar {
  const leaf = field.leaf;
  if (leaf.kind === 'sobjectType') return row.sobject;
  const name = leaf.kind === 'field' ? field.field.name : leaf.fieldOf.get(row.sobject);
  if (name === undefined) return null;
  if (name === 'Id') return row.Id;
  return row.fields[name] ?? null;
}
