// HubSpot's properties answer (GET /crm/v3/properties/{objectType}) as the live schema the mapping
// check reads. Pure. https://developers.hubspot.com/docs/api-reference/legacy/crm/properties/get-properties
import type { LiveField, LiveObjectSchema, LiveValueType } from '../../../src/core/transforms/index.ts';

/** The parts of a property read here; the SDK's `Property` and HubspotPropertyWire both have them. */
export interface HubspotPropertyFacts {
  name: string;
  type: string;
  fieldType: string;
  options?: ReadonlyArray<{ value: string }>;
  calculated?: boolean;
  externalOptions?: boolean;
  referencedObjectType?: string;
  modificationMetadata?: { readOnlyValue: boolean };
}

/**
 * `type` is the stored data, `fieldType` the widget: booleans also come as enumeration/booleancheckbox,
 * and a checkbox enumeration holds several values. Owner and pipeline-stage properties take their
 * options from elsewhere (referencedObjectType, externalOptions), so they are references, not lists.
 */
function valueTypeOf(p: HubspotPropertyFacts): LiveValueType {
  if (p.type === 'bool' || p.fieldType === 'booleancheckbox') return 'boolean';
  switch (p.type) {
    case 'enumeration':
      if (p.referencedObjectType || p.externalOptions) return 'reference';
      return p.fieldType === 'checkbox' ? 'multi_picklist' : 'picklist';
    case 'string':
    case 'phone_number': return 'text';
    case 'number': return 'number';
    case 'date': return 'date';
    case 'datetime': return 'datetime';
    default: return 'other';
  }
}

function liveField(p: HubspotPropertyFacts): LiveField {
  const valueType = valueTypeOf(p);
  // Read-only values (hs_email_optout, analytics sources) and calculated properties refuse writes.
  const writable = !(p.modificationMetadata?.readOnlyValue ?? false) && !(p.calculated ?? false);
  const field: LiveField = { name: p.name, valueType, vendorType: `${p.type}/${p.fieldType}`, createable: writable, updateable: writable };
  // HubSpot refuses an enumeration value that is not one of its options.
  if (valueType === 'picklist' || valueType === 'multi_picklist') field.picklist = { values: (p.options ?? []).map((o) => o.value), restricted: true };
  return field;
}

/** One object type's properties (its `results`, or the list itself) as the live schema of that object. */
export function hubspotPropertySchema(answer: { results: readonly HubspotPropertyFacts[] } | readonly HubspotPropertyFacts[]): LiveObjectSchema {
  const properties = 'results' in answer ? answer.results : answer;
  // Internal names are lower-case and matched exactly.
  return { namesIgnoreCase: false, fields: Object.fromEntries(properties.map((p) => [p.name, liveField(p)])) };
}
