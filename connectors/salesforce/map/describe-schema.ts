// A Salesforce describe answer (GET /services/data/vXX.X/sobjects/{Type}/describe) as the live schema the
// mapping check reads. Pure. Field-level security shows here: a field the user cannot read is absent,
// one it cannot edit has createable and updateable false (QUIRKS.md, "Describe shows field-level security").
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_describesobjects_describesobjectresult.htm
import type { LiveField, LiveObjectSchema, LiveValueType } from '../../../src/core/transforms/index.ts';

/** The parts of a describe answer read here; jsforce's DescribeSObjectResult has them. */
export interface SalesforceDescribeFacts {
  name: string;
  fields: ReadonlyArray<{
    name: string;
    type: string;
    createable: boolean;
    updateable: boolean;
    picklistValues?: ReadonlyArray<{ value: string; active: boolean }> | null;
    restrictedPicklist?: boolean;
  }>;
}

// Field types: https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/field_types.htm
const VALUE_TYPES: Readonly<Record<string, LiveValueType>> = {
  string: 'text', textarea: 'text', phone: 'text', email: 'text', url: 'text', encryptedstring: 'text',
  // A combobox suggests values but takes any text.
  combobox: 'text',
  picklist: 'picklist',
  multipicklist: 'multi_picklist',
  boolean: 'boolean',
  int: 'number', long: 'number', double: 'number', currency: 'number', percent: 'number',
  date: 'date',
  datetime: 'datetime',
  reference: 'reference', id: 'reference',
};

function liveField(f: SalesforceDescribeFacts['fields'][number]): LiveField {
  const valueType = VALUE_TYPES[f.type] ?? 'other';
  const field: LiveField = { name: f.name, valueType, vendorType: f.type, createable: f.createable, updateable: f.updateable };
  if (valueType === 'picklist' || valueType === 'multi_picklist') {
    // Inactive values are kept on old records but refused on writes; an unrestricted picklist takes any value.
    const values = (f.picklistValues ?? []).filter((v) => v.active).map((v) => v.value);
    field.picklist = { values, restricted: f.restrictedPicklist ?? false };
  }
  return field;
}

/** One object's describe as the live schema of that object. */
export function salesforceDescribeSchema(describe: SalesforceDescribeFacts): LiveObjectSchema {
  // API names are case-insensitive: Fit_score__c and Fit_Score__c are one field.
  return { namesIgnoreCase: true, fields: Object.fromEntries(describe.fields.map((f) => [f.name, liveField(f)])) };
}
