// SOAP faults as the Partner API sends them: HTTP 500, text/xml, a soapenv:Fault whose faultcode is
// `sf:<EXCEPTION_CODE>` and whose detail carries a typed ApiFault (UnexpectedErrorFault, InvalidSObjectFault…).
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm#i1421192
// jsforce treats a call as "session expired" only on HTTP 500 with <faultcode>sf:INVALID_SESSION_ID</faultcode>,
// then refreshes and replays; any other fault becomes an Error named after the faultcode ("sf:INVALID_FIELD").
import { buildXml, SOAP_ENV_NS, XSI_NS } from './xml.ts';

/** The ApiFault types of the Partner WSDL that the sandbox answers with. */
export type ApiFaultType =
  | 'UnexpectedErrorFault'
  | 'InvalidSObjectFault'
  | 'InvalidFieldFault'
  | 'InvalidIdFault'
  | 'MalformedQueryFault';

export interface SoapFault {
  /** `sf:INVALID_SESSION_ID`, or `soapenv:Client` for a request the SOAP stack cannot read. */
  faultcode: string;
  faultstring: string;
  /** The typed ApiFault; absent for envelope-level (soapenv:Client) faults. */
  detail?: { type: ApiFaultType; exceptionCode: string; exceptionMessage: string };
}

/** A fault raised while handling a call; the route turns it into the 500 answer. */
export class SoapFaultError extends Error {
  readonly fault: SoapFault;
  constructor(fault: SoapFault) {
    super(fault.faultstring);
    this.name = 'SoapFaultError';
    this.fault = fault;
  }
}

/** An API fault: faultcode `sf:CODE`, faultstring `CODE: message`, and the typed detail. */
export function apiFault(exceptionCode: string, exceptionMessage: string, type: ApiFaultType = 'UnexpectedErrorFault'): SoapFault {
  return {
    faultcode: `sf:${exceptionCode}`,
    faultstring: `${exceptionCode}: ${exceptionMessage}`,
    detail: { type, exceptionCode, exceptionMessage },
  };
}

/** A fault of the SOAP layer itself (unreadable XML, no such operation): no ApiFault detail. */
export function clientFault(message: string): SoapFault {
  return { faultcode: 'soapenv:Client', faultstring: message };
}

/** What Salesforce answers for a missing, unknown, revoked or expired session id. */
export function invalidSessionFault(): SoapFault {
  return apiFault('INVALID_SESSION_ID', 'Invalid Session ID found in SessionHeader: Illegal Session');
}

/** The operation is not one the Partner WSDL (or the sandbox) serves. */
export function noSuchOperationFault(operation: string): SoapFault {
  return clientFault(`No operation available for request {urn:partner.soap.sforce.com}${operation}, please check the WSDL for the service.`);
}

/** An sObject in a request names a field its object does not have. */
export function invalidFieldFault(sobject: string, fieldName: string): SoapFault {
  return apiFault(
    'INVALID_FIELD',
    `No such column '${fieldName}' on entity '${sobject}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
    'InvalidFieldFault',
  );
}

/** The fault envelope, as a string. */
export function serializeFault(fault: SoapFault): string {
  const body: Record<string, unknown> = { faultcode: fault.faultcode, faultstring: fault.faultstring };
  if (fault.detail) {
    const { type, exceptionCode, exceptionMessage } = fault.detail;
    body.detail = {
      [`sf:${type}`]: { '@_xsi:type': `sf:${type}`, 'sf:exceptionCode': exceptionCode, 'sf:exceptionMessage': exceptionMessage },
    };
  }
  return buildXml({
    'soapenv:Envelope': {
      '@_xmlns:soapenv': SOAP_ENV_NS,
      '@_xmlns:sf': 'urn:fault.partner.soap.sforce.com',
      '@_xmlns:xsi': XSI_NS,
      'soapenv:Body': { 'soapenv:Fault': body },
    },
  });
}
