import { describe, expect, it } from 'vitest';
import { parseSoapRequest, serializeSoapResponse } from '../../../../connectors/salesforce/sandbox/soap/envelope.ts';
import { SoapFaultError } from '../../../../connectors/salesforce/sandbox/soap/faults.ts';
import { readXml } from '../../../../connectors/salesforce/sandbox/soap/xml.ts';
import type { SoapElement } from '../../../../connectors/salesforce/sandbox/soap/xml.ts';

// The envelope exactly as jsforce 3 builds it (src/soap.ts _createEnvelope, src/api/soap.ts undelete):
// default namespace on Header and Body, and an `ns1:` prefix on undelete's ids.
const jsforceEnvelope = (body: string, session = '00D5e000000RevOp!AQ.token') => [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"',
  ' xmlns:xsd="http://www.w3.org/2001/XMLSchema"',
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
  '<soapenv:Header xmlns="urn:partner.soap.sforce.com">',
  `<SessionHeader><sessionId>${session}</sessionId></SessionHeader>`,
  '</soapenv:Header>',
  '<soapenv:Body xmlns="urn:partner.soap.sforce.com">',
  body,
  '</soapenv:Body>',
  '</soapenv:Envelope>',
].join('');

function faultOf(call: () => unknown) {
  try {
    call();
  } catch (err) {
    if (err instanceof SoapFaultError) return err.fault;
    throw err;
  }
  throw new Error('expected a SOAP fault');
}

describe('SOAP request envelope', () => {
  it('reads the session, the operation and repeated arguments of a jsforce merge', () => {
    const request = parseSoapRequest(jsforceEnvelope(
      '<merge><mergeRequests><masterRecord><type>Lead</type><Id>00Q5e0000000001AAA</Id><Company>Acme &amp; Co</Company>'
      + '<Title xsi:nil="true"></Title></masterRecord><recordToMergeIds>00Q5e0000000002AAA</recordToMergeIds>'
      + '<recordToMergeIds>00Q5e0000000003AAA</recordToMergeIds></mergeRequests></merge>',
    ));
    expect(request.operation).toBe('merge');
    expect(request.sessionId).toBe('00D5e000000RevOp!AQ.token');
    expect(request.payload).toEqual({
      mergeRequests: {
        masterRecord: { type: 'Lead', Id: '00Q5e0000000001AAA', Company: 'Acme & Co', Title: null },
        recordToMergeIds: ['00Q5e0000000002AAA', '00Q5e0000000003AAA'],
      },
    });
  });

  it('drops namespace prefixes such as the ns1: jsforce puts on undelete ids', () => {
    const request = parseSoapRequest(jsforceEnvelope(
      '<undelete xmlns="urn:partner.soap.sforce.com" xmlns:ns1="sobject.partner.soap.sforce.com"><ns1:ids>001A</ns1:ids></undelete>',
    ));
    expect(request.operation).toBe('undelete');
    expect(request.payload).toEqual({ ids: '001A' });
  });

  it('takes an operation without arguments and an envelope without a header', () => {
    const request = parseSoapRequest('<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><getUserInfo/></s:Body></s:Envelope>');
    expect(request).toMatchObject({ operation: 'getUserInfo', sessionId: undefined, payload: {} });
  });

  it('refuses XML that is not well formed with a soapenv:Client fault', () => {
    expect(faultOf(() => parseSoapRequest('<soapenv:Envelope><soapenv:Body>'))).toMatchObject({ faultcode: 'soapenv:Client' });
    expect(faultOf(() => parseSoapRequest(''))).toEqual({ faultcode: 'soapenv:Client', faultstring: 'Premature end of file.' });
  });

  it('refuses a document that is not an envelope, or a body with two operations', () => {
    expect(faultOf(() => parseSoapRequest('<merge/>')).faultstring).toMatch(/Envelope/);
    expect(faultOf(() => parseSoapRequest(jsforceEnvelope('<merge/><undelete/>'))).faultstring).toMatch(/exactly one operation/);
  });
});

describe('SOAP response envelope', () => {
  it('serialises results in order, with nil ids, repeated lists and escaped text', () => {
    const xml = serializeSoapResponse('merge', [
      { errors: [], id: '00Q1', mergedRecordIds: ['00Q2', '00Q3'], success: true, updatedRelatedIds: [] },
      { errors: [{ message: 'entity is <deleted>', statusCode: 'ENTITY_IS_DELETED' }], id: null, mergedRecordIds: [], success: false, updatedRelatedIds: [] },
    ]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope')).toBe(true);
    // jsforce reads Envelope → Body → first child; the Body must carry no attributes.
    expect(xml).toContain('<soapenv:Body><mergeResponse><result>');
    expect(xml).toContain('<id xsi:nil="true"/>');
    expect(xml).toContain('entity is &lt;deleted&gt;');
    const read = readXml(xml);
    if (!read.ok) throw new Error(read.message);
    const body = (read.root.Envelope as SoapElement).Body as SoapElement;
    expect(body.mergeResponse).toEqual({
      result: [
        { id: '00Q1', mergedRecordIds: ['00Q2', '00Q3'], success: 'true' },
        { errors: { message: 'entity is <deleted>', statusCode: 'ENTITY_IS_DELETED' }, id: null, success: 'false' },
      ],
    });
  });

  it('round-trips: a serialised answer reads back as the values it was built from', () => {
    const xml = serializeSoapResponse('undelete', [{ id: '001A', success: true }]);
    const read = readXml(xml);
    if (!read.ok) throw new Error(read.message);
    expect(((read.root.Envelope as SoapElement).Body as SoapElement).undeleteResponse).toEqual({ result: { id: '001A', success: 'true' } });
  });
});
