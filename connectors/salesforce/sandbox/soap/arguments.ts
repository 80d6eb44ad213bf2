// What the Partner API operations share: the caller's context, the Error element of results, the
// repeated arguments of a call, and reading an sObject out of a request.
import type { SalesforceSandboxDeps } from '../deps.ts';
import type { SObjectDef, SObjectErrorItem } from '../state/index.ts';
import { normaliseValue } from '../state/field-values.ts';
import { apiFault, clientFault, invalidFieldFault, SoapFaultError } from './faults.ts';
import { isElement, listOf, textOf } from './xml.ts';
import type { SoapElement, SoapValue, WireValue } from './xml.ts';

/** Who is calling: the session's org and user. */
export interface SoapCallContext {
  orgId: string;
  userId: string;
}

/** One operation: its arguments in, one result per input out (in order), or a SoapFaultError for the whole call. */
export type SoapCallHandler = (deps: SalesforceSandboxDeps, payload: SoapElement, context: SoapCallContext) => WireValue[];

/** The `Error` element of a result: fields, message, statusCode (REST's errorCode). */
export function wireErrors(errors: readonly SObjectErrorItem[]): WireValue[] {
  return errors.map((e): WireValue => {
    const error: Record<string, WireValue> = {};
    if (e.fields.length > 0) error.fields = e.fields;
    error.message = e.message;
    error.statusCode = e.errorCode;
    return error;
  });
}

/** Every repetition of an operation's argument, whatever its element is called (WSDL `request`, jsforce `mergeRequests`). */
export function argumentsOf(payload: SoapElement): SoapValue[] {
  return Object.values(payload).flatMap((value) => listOf(value));
}

/** A call carrying more inputs than Salesforce takes in one call. */
export function checkCallSize(count: number, max: number): void {
  if (count > max) {
    throw new SoapFaultError(apiFault('EXCEEDED_ID_LIMIT', `record limit reached. cannot submit more than ${max} records into this call`));
  }
}

export interface SoapSObject {
  def: SObjectDef;
  id: string | undefined;
  /** Field values by canonical name: text as sent, null for fieldsToNull and xsi:nil. */
  values: Record<string, string | null>;
}

/**
 * A Partner API sObject (`<type>`, `<Id>`, `<fieldsToNull>`, then one element per field), checked
 * against describe the way the SOAP layer does before the call runs: a missing or unknown type, an
 * unknown field or a value of the wrong XSD type fault the whole call.
 */
export function readSObject(deps: SalesforceSandboxDeps, value: SoapValue | undefined): SoapSObject {
  if (!isElement(value) || !textOf(value.type)) {
    throw new SoapFaultError(apiFault('INVALID_TYPE', "Missing entity type information. sObject requires a separate 'type' field be sent.", 'InvalidSObjectFault'));
  }
  const typeName = textOf(value.type)!;
  const def = deps.state.schema.resolve(typeName);
  if (!def) {
    throw new SoapFaultError(apiFault('INVALID_TYPE', `sObject type '${typeName}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`, 'InvalidSObjectFault'));
  }
  const values: Record<string, string | null> = {};
  for (const name of listOf(value.fieldsToNull)) {
    const fieldName = textOf(name) ?? '';
    const field = deps.state.schema.field(def.name, fieldName);
    if (!field) throw new SoapFaultError(invalidFieldFault(def.name, fieldName));
    values[field.name] = null;
  }
  for (const [key, raw] of Object.entries(value)) {
    // jsforce records carry `attributes` (type and url), which the SOAP layer does not look at.
    if (key === 'type' || key === 'fieldsToNull' || key.toLowerCase() === 'id' || key === 'attributes') continue;
    const field = deps.state.schema.field(def.name, key);
    if (!field) throw new SoapFaultError(invalidFieldFault(def.name, key));
    if (raw !== null && typeof raw !== 'string') throw new SoapFaultError(clientFault(`Unexpected element {urn:sobject.partner.soap.sforce.com}${key} with child elements`));
    const checked = raw === null ? undefined : normaliseValue(field, raw, () => 'live');
    if (checked && 'error' in checked && checked.error.errorCode === 'JSON_PARSER_ERROR') {
      throw new SoapFaultError(clientFault(`'${raw}' is not a valid value for the type xsd:${xsdType(field.type)}`));
    }
    values[field.name] = raw;
  }
  const idKey = Object.keys(value).find((key) => key.toLowerCase() === 'id');
  return { def, id: idKey === undefined ? undefined : textOf(value[idKey]), values };
}

function xsdType(type: string): string {
  return type === 'datetime' ? 'dateTime' : type === 'currency' || type === 'percent' ? 'double' : type;
}
