// How HubSpot checks a property value against the property's type before it writes a record.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/properties/guide (property types)
// https://developers.hubspot.com/docs/api-reference/error-handling (the per-value error codes)
import type { PropertyDefinition } from './property-definition.ts';

export interface PropertyValueIssue {
  name: string;
  code: string;
  message: string;
}

/** What option checks need to know beyond the property itself: owners and pipeline stages live elsewhere. */
export interface OptionSources {
  ownerExists(ownerId: string): boolean;
  pipelineExists(objectType: string, pipelineId: string): boolean;
  /** Whether the stage belongs to that pipeline, or (pipelineId undefined) to any pipeline of the type. */
  stageExists(objectType: string, stageId: string, pipelineId?: string): boolean;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const EPOCH_MILLIS = /^-?\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * The problem with writing `value` into `property`, or undefined when the value is fine.
 * An empty string clears a property of any type, as it does on HubSpot. `sibling` answers what
 * another property of the record will hold after the write (the request's value, else the record's own).
 */
export function checkPropertyValue(
  objectType: string, property: PropertyDefinition, value: string, sources: OptionSources, sibling: (name: string) => string | null | undefined,
): PropertyValueIssue | undefined {
  const { name } = property;
  if (property.modificationMetadata.readOnlyValue || property.calculated) {
    return { name, code: 'READ_ONLY_VALUE', message: `Property "${name}" is read-only; its value is set by HubSpot.` };
  }
  if (value === '') return undefined;
  switch (property.type) {
    case 'string':
      return undefined;
    case 'number':
      if (NUMBER.test(value.trim())) return undefined;
      return {
        name,
        code: /[.,]/.test(value) ? 'INVALID_DECIMAL' : 'INVALID_INTEGER',
        message: `${value} was not a valid number.`,
      };
    case 'bool':
      return value === 'true' || value === 'false'
        ? undefined
        : { name, code: 'INVALID_BOOLEAN', message: `${value} was not a valid boolean; use true or false.` };
    case 'date':
    case 'datetime':
      return checkDate(property, value);
    case 'enumeration':
      return checkOption(objectType, property, value, sources, sibling);
  }
}

function checkDate(property: PropertyDefinition, value: string): PropertyValueIssue | undefined {
  const { name } = property;
  let at: number;
  if (EPOCH_MILLIS.test(value)) at = Number(value);
  else if (ISO_DATE.test(value) || ISO_DATETIME.test(value)) at = Date.parse(value);
  else return { name, code: 'INVALID_DATE', message: `${value} is not a valid date; use an ISO 8601 date or epoch milliseconds.` };
  if (!Number.isFinite(at)) return { name, code: 'INVALID_DATE', message: `${value} is not a valid date.` };
  // Date (not datetime) properties hold a day: HubSpot refuses a timestamp that is not UTC midnight.
  if (property.type === 'date' && at % 86_400_000 !== 0) {
    const time = new Date(at).toISOString().slice(11, 23);
    return { name, code: 'INVALID_DATE', message: `${value} is at ${time} UTC, not midnight!` };
  }
  return undefined;
}

function checkOption(
  objectType: string, property: PropertyDefinition, value: string, sources: OptionSources, sibling: (name: string) => string | null | undefined,
): PropertyValueIssue | undefined {
  const { name } = property;
  if (property.referencedObjectType === 'OWNER') {
    return sources.ownerExists(value) ? undefined : { name, code: 'INVALID_OWNER_ID', message: `${value} is not a valid owner id.` };
  }
  if (name === 'pipeline' && property.externalOptions) {
    return sources.pipelineExists(objectType, value)
      ? undefined
      : { name, code: 'INVALID_OPTION', message: `${value} was not one of the allowed options: it is not a ${objectType} pipeline id.` };
  }
  if (name === 'dealstage' && property.externalOptions) {
    const pipeline = sibling('pipeline') ?? undefined;
    return sources.stageExists(objectType, value, pipeline || undefined)
      ? undefined
      : {
          name,
          code: 'INVALID_OPTION',
          message: pipeline
            ? `${value} was not one of the allowed options: it is not a stage of pipeline ${pipeline}.`
            : `${value} was not one of the allowed options: it is not a stage of any deal pipeline.`,
        };
  }
  const allowed = property.options.map((o) => o.value);
  // Multi-select (checkbox) values are joined with semicolons.
  const values = property.fieldType === 'checkbox' ? value.split(';').filter((v) => v !== '') : [value];
  const bad = values.find((v) => !allowed.includes(v));
  if (bad === undefined) return undefined;
  return {
    name,
    code: 'INVALID_OPTION',
    message: `${bad} was not one of the allowed options: [${allowed.join(', ')}]`,
  };
}
