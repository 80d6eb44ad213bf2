// The SOAP 1.1 envelope of the Partner API: what a call carries in and what its answer looks like.
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_header_sessionheader.htm
//
// jsforce (src/soap.ts) sends
//   <soapenv:Envelope …><soapenv:Header xmlns="urn:partner.soap.sforce.com"><SessionHeader><sessionId>TOKEN</sessionId>
//   </SessionHeader></soapenv:Header><soapenv:Body xmlns="urn:partner.soap.sforce.com"><merge><mergeRequests>…
// and reads the answer as Envelope → Body → its first child (`mergeResponse`) → `result`, so the Body of an
// answer carries no attributes (xml2js would put them first, under `$`).
import { apiFault, clientFault, SoapFaultError } from './faults.ts';
import { buildXml, isElement, PARTNER_NS, readXml, SOAP_ENV_NS, textOf, toXmlNode, XSI_NS } from './xml.ts';
import type { SoapElement, WireValue } from './xml.ts';

export interface SoapCallRequest {
  /** The Body's element: `merge`, `convertLead`, `undelete`… */
  operation: string;
  /** SessionHeader/sessionId; undefined when the header is missing. */
  sessionId: string | undefined;
  /** Every header element by local name (SessionHeader, CallOptions, AllOrNoneHeader…). */
  headers: SoapElement;
  /** The operation element's children by local name (namespace prefixes such as jsforce's `ns1:` dropped). */
  payload: SoapElement;
}

/** Reads a request envelope; a request the SOAP layer cannot read throws a SoapFaultError (soapenv:Client). */
export function parseSoapRequest(text: string): SoapCallRequest {
  if (text.trim() === '') throw new SoapFaultError(clientFault('Premature end of file.'));
  const read = readXml(text);
  if (!read.ok) throw new SoapFaultError(clientFault(read.message));
  const envelope = read.root.Envelope;
  if (!isElement(envelope)) throw new SoapFaultError(clientFault('Unable to find an Envelope element: this is not a SOAP request.'));
  const body = envelope.Body;
  if (!isElement(body) && body !== '') throw new SoapFaultError(clientFault('Unable to find a Body element in the SOAP Envelope.'));
  const calls = isElement(body) ? Object.keys(body) : [];
  if (calls.length !== 1) {
    throw new SoapFaultError(clientFault(`The SOAP Body must hold exactly one operation element, found ${calls.length}.`));
  }
  const operation = calls[0]!;
  const element = isElement(body) ? body[operation] : undefined;
  if (element !== undefined && element !== '' && !isElement(element)) {
    throw new SoapFaultError(apiFault('INVALID_ARGUMENT', `The ${operation} element must hold its arguments as elements.`));
  }
  const headers = isElement(envelope.Header) ? envelope.Header : {};
  const sessionHeader = headers.SessionHeader;
  return {
    operation,
    sessionId: isElement(sessionHeader) ? textOf(sessionHeader.sessionId) : undefined,
    headers,
    payload: isElement(element) ? element : {},
  };
}

/** The answer to a call: `<{operation}Response>` holding one `<result>` per result, in order. */
export function serializeSoapResponse(operation: string, results: readonly WireValue[]): string {
  return buildXml({
    'soapenv:Envelope': {
      '@_xmlns:soapenv': SOAP_ENV_NS,
      '@_xmlns': PARTNER_NS,
      '@_xmlns:xsi': XSI_NS,
      'soapenv:Body': { [`${operation}Response`]: { result: results.map(toXmlNode) } },
    },
  });
}

/** The content type Salesforce answers SOAP calls with (jsforce parses it as XML). */
export const SOAP_CONTENT_TYPE = 'text/xml; charset=utf-8';
