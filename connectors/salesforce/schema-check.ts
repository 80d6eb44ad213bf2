// Checks an org for the product's custom fields with one describe per object, and says what to fix.
// Field-level security shows through the API only this way: a field the user cannot read is absent from
// describe (exactly like a field that was never deployed), and one it can read but not edit has
// `createable` and `updateable` false. See QUIRKS.md, "Describe shows field-level security".
import {
  INTEGRATION_PERMISSION_SET, METADATA_PACKAGE_DIR, accessLabel, fieldTypeLabel, requiredSalesforceFields,
} from './required-fields.ts';
import type { RequiredField, RequiredObject } from './required-fields.ts';

/** The part of a describe field the check reads (jsforce's `Field` has all of it). */
export interface DescribedField {
  name: string;
  type: string;
  length: number;
  precision: number;
  scale: number;
  externalId: boolean;
  unique: boolean;
  createable: boolean;
  updateable: boolean;
}

export interface DescribedObject {
  name: string;
  fields: readonly DescribedField[];
}

/** Describe answers by object; an object left out is one the user cannot see. */
export type ObjectDescribes = Partial<Record<RequiredObject, DescribedObject>>;

export type SchemaProblemKind = 'missing' | 'wrong_type' | 'not_external_id' | 'not_writable';

export interface SchemaProblem {
  kind: SchemaProblemKind;
  object: RequiredObject;
  field: string;
  /** One line an admin can act on: the object, the field, and the deployment or access to grant. */
  message: string;
}

/** What the check needs of a connection: jsforce's `describe`. */
export interface SalesforceDescriber {
  describe(type: string): Promise<DescribedObject>;
}

/** Calls describe once per object the list names (Lead, Contact, Account, Opportunity), in parallel. */
export async function checkSalesforceSchema(
  conn: SalesforceDescriber,
  required: readonly RequiredField[] = requiredSalesforceFields,
): Promise<SchemaProblem[]> {
  const objects = [...new Set(required.map((f) => f.object))];
  const answers = await Promise.all(objects.map(async (object) => [object, await describeIfVisible(conn, object)] as const));
  const describes: ObjectDescribes = {};
  for (const [object, described] of answers) if (described) describes[object] = described;
  return describeProblems(describes, required);
}

// GET /services/data/v62.0/sobjects/{Type}/describe
// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_describe.htm
// An object the user has no access to answers 404 NOT_FOUND, as an unknown one does.
async function describeIfVisible(conn: SalesforceDescriber, object: RequiredObject): Promise<DescribedObject | undefined> {
  try {
    return await conn.describe(object);
  } catch (err) {
    if (err instanceof Error && 'errorCode' in err && err.errorCode === 'NOT_FOUND') return undefined;
    throw err;
  }
}

/** Every way the described org falls short of the required fields, in the list's order (pure). */
export function describeProblems(describes: ObjectDescribes, required: readonly RequiredField[]): SchemaProblem[] {
  return required.flatMap((f) => fieldProblems(f, describes[f.object]));
}

function fieldProblems(f: RequiredField, described: DescribedObject | undefined): SchemaProblem[] {
  const problem = (kind: SchemaProblemKind, message: string): SchemaProblem =>
    ({ kind, object: f.object, field: f.field, message: `${f.object}.${f.field} ${message}` });
  const deployAndGrant = `deploy ${METADATA_PACKAGE_DIR} (field ${fieldTypeLabel(f)}) and grant ${accessLabel(f.access)} through the ${INTEGRATION_PERMISSION_SET} permission set`;
  if (!described) {
    return [problem('missing', `is missing: this user cannot see the ${f.object} object; give it access to ${f.object}, ${deployAndGrant}`)];
  }
  // API names are case-insensitive: Fit_score__c and Fit_Score__c are one field.
  const found = described.fields.find((d) => d.name.toLowerCase() === f.field.toLowerCase());
  if (!found) return [problem('missing', `is missing (or this user cannot read it): ${deployAndGrant}`)];
  if (!typeFits(f, found)) {
    return [problem('wrong_type', `is ${describedTypeLabel(found)} but the product needs ${fieldTypeLabel(f)}: change the field's type, or delete it and ${deployAndGrant}`)];
  }
  const problems: SchemaProblem[] = [];
  if (f.type === 'Text' && ((f.externalId && !found.externalId) || (f.unique && !found.unique))) {
    const needs = f.unique ? 'External ID and Unique' : 'External ID';
    problems.push(problem('not_external_id', `is not marked ${needs}, which upserts by it need: mark it so, as ${METADATA_PACKAGE_DIR} does`));
  }
  if (f.access === 'edit' && !(found.createable && found.updateable)) {
    const denied = [found.createable ? '' : 'not createable', found.updateable ? '' : 'not updateable'].filter(Boolean).join(', ');
    problems.push(problem('not_writable', `is read-only for this user (${denied}): grant Read/Edit through the ${INTEGRATION_PERMISSION_SET} permission set`));
  }
  return problems;
}

/** Custom Text is `string` in describe; custom Number is `double` whatever its scale; Checkbox is `boolean`. */
function typeFits(f: RequiredField, d: DescribedField): boolean {
  switch (f.type) {
    case 'Text': return d.type === 'string' && d.length >= f.length;
    case 'Number': return d.type === 'double' && d.scale >= f.scale && d.precision - d.scale >= f.precision - f.scale;
    case 'Checkbox': return d.type === 'boolean';
  }
}

function describedTypeLabel(d: DescribedField): string {
  switch (d.type) {
    case 'string': return `Text(${d.length})`;
    case 'double': return `Number(${d.precision},${d.scale})`;
    case 'boolean': return 'Checkbox';
    default: return d.type;
  }
}
