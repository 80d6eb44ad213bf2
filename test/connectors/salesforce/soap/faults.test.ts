import { describe, expect, it } from 'vitest';
import {
  apiFault, clientFault, invalidFieldFault, invalidSessionFault, noSuchOperationFault, serializeFault,
} from '../../../../connectors/salesforce/sandbox/soap/faults.ts';
import { readXml } from '../../../../connectors/salesforce/sandbox/soap/xml.ts';
import type { SoapElement } from '../../../../connectors/salesforce/sandbox/soap/xml.ts';
import { readFixtureText } from '../../../support/fixtures.ts';

function faultElement(xml: string): SoapElement {
  const read = readXml(xml);
  if (!read.ok) throw new Error(read.message);
  return ((read.root.Envelope as SoapElement).Body as SoapElement).Fault as SoapElement;
}

describe('SOAP faults', () => {
  it('answers an invalid session exactly as jsforce detects it: <faultcode>sf:INVALID_SESSION_ID</faultcode>', () => {
    const xml = serializeFault(invalidSessionFault());
    // jsforce's isSessionExpired: HTTP 500 and this regular expression on the raw body.
    expect(/<faultcode>[a-zA-Z]+:INVALID_SESSION_ID<\/faultcode>/.test(xml)).toBe(true);
    expect(faultElement(xml)).toEqual(faultElement(readFixtureText('salesforce/docs/soap-invalid-session.fault.xml')));
  });

  it('carries the typed ApiFault in detail with exceptionCode and exceptionMessage', () => {
    const fault = faultElement(serializeFault(invalidFieldFault('Lead', 'Bogus__c')));
    expect(fault.faultcode).toBe('sf:INVALID_FIELD');
    expect(fault.faultstring).toMatch(/^INVALID_FIELD: No such column 'Bogus__c' on entity 'Lead'/);
    expect(fault.detail).toMatchObject({ InvalidFieldFault: { exceptionCode: 'INVALID_FIELD' } });
  });

  it('builds faultstring as CODE: message', () => {
    expect(apiFault('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.')).toEqual({
      faultcode: 'sf:REQUEST_LIMIT_EXCEEDED',
      faultstring: 'REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.',
      detail: { type: 'UnexpectedErrorFault', exceptionCode: 'REQUEST_LIMIT_EXCEEDED', exceptionMessage: 'TotalRequests Limit exceeded.' },
    });
  });

  it('answers envelope-level problems as soapenv:Client without a detail', () => {
    const fault = faultElement(serializeFault(noSuchOperationFault('frobnicate')));
    expect(fault.faultcode).toBe('soapenv:Client');
    expect(fault.faultstring).toContain('{urn:partner.soap.sforce.com}frobnicate');
    expect(fault.detail).toBeUndefined();
    expect(clientFault('x').detail).toBeUndefined();
  });
});
