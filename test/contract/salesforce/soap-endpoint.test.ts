import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readXml } from '../../../connectors/salesforce/sandbox/soap/xml.ts';
import type { SoapElement } from '../../../connectors/salesforce/sandbox/soap/xml.ts';
import { readFixtureText } from '../../support/fixtures.ts';
import { jsforceError, startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import { fill, postEnvelope, SOAP_PATH } from './soap-helpers.ts';

// The Partner SOAP endpoint itself: what a request needs (version, XML, SOAPAction, a session in the
// SessionHeader), and that every refusal is a SOAP fault with HTTP 500, never a stack trace.

const undeleteEnvelope = (session: string) => fill(readFixtureText('salesforce/docs/soap-undelete.request.xml'), {
  SESSION_ID: session, DELETED_ID: '00Q5e0000099998AAA', LIVE_ID: '00Q5e0000099999AAA',
});

function faultOf(text: string): SoapElement {
  const read = readXml(text);
  if (!read.ok) throw new Error(read.message);
  return ((read.root.Envelope as SoapElement).Body as SoapElement).Fault as SoapElement;
}

describe('the SOAP endpoint', () => {
  let sandbox: StartedSalesforceSandbox;
  beforeAll(async () => {
    sandbox = await startSalesforceSandbox({ apiDailyLimit: 3 });
  });
  afterAll(() => sandbox.close());

  const post = (body: string, headers: Record<string, string>, path = SOAP_PATH) =>
    fetch(`${sandbox.instanceUrl}${path}`, { method: 'POST', headers, body }).then(async (res) => ({ status: res.status, type: res.headers.get('content-type'), text: await res.text() }));

  it('needs a SessionHeader: without one the call is an invalid session', async () => {
    const answer = await postEnvelope(sandbox, undeleteEnvelope('').replace(/<soapenv:Header[\s\S]*<\/soapenv:Header>/, ''));
    expect(answer.status).toBe(500);
    expect(faultOf(answer.text).faultcode).toBe('sf:INVALID_SESSION_ID');
  });

  it('refuses a body that is not XML, a missing SOAPAction and a retired API version with SOAP faults', async () => {
    const xml = { 'content-type': 'text/xml', soapaction: '""' };
    const notXml = await post('{"merge":{}}', { 'content-type': 'application/json', soapaction: '""' });
    const noAction = await post(undeleteEnvelope(sandbox.token), { 'content-type': 'text/xml' });
    const broken = await post('<soapenv:Envelope><soapenv:Body>', xml);
    const retired = await post(undeleteEnvelope(sandbox.token), xml, '/services/Soap/u/20.0');
    for (const answer of [notXml, noAction, broken, retired]) {
      expect(answer.status).toBe(500);
      expect(answer.type).toMatch(/^text\/xml/);
    }
    expect([notXml, noAction, broken].map((a) => faultOf(a.text).faultcode)).toEqual(['soapenv:Client', 'soapenv:Client', 'soapenv:Client']);
    expect(faultOf(retired.text).faultcode).toBe('sf:UNSUPPORTED_API_VERSION');
  });

  it('answers an operation it does not serve with the WSDL fault, through jsforce as an error named after it', async () => {
    const error = await jsforceError(sandbox.connection().soap.getServerTimestamp());
    expect(error.errorCode).toBe('soapenv:Client');
    expect(error.message).toContain('{urn:partner.soap.sforce.com}getServerTimestamp');
  });

  it('answers an operation named after an inherited Object member (isPrototypeOf) as one it does not serve', async () => {
    const answer = await postEnvelope(sandbox, undeleteEnvelope(sandbox.token).replace(/<(\/?)undelete>/g, '<$1isPrototypeOf>'));
    expect(answer.status).toBe(500);
    expect(faultOf(answer.text)).toMatchObject({
      faultcode: 'soapenv:Client',
      faultstring: 'No operation available for request {urn:partner.soap.sforce.com}isPrototypeOf, please check the WSDL for the service.',
    });
  });

  it('answers an element the XML reader refuses (<constructor>) with a client fault, not UNKNOWN_EXCEPTION', async () => {
    const answer = await postEnvelope(sandbox, undeleteEnvelope(sandbox.token).replace(/<(\/?)undelete>/g, '<$1constructor>'));
    expect(answer.status).toBe(500);
    expect(faultOf(answer.text).faultcode).toBe('soapenv:Client');
  });

  it('counts SOAP calls against the daily API allocation and faults with REQUEST_LIMIT_EXCEEDED once it is spent', async () => {
    const conn = sandbox.connection();
    const outcomes: unknown[] = [];
    for (let call = 0; call < 4; call++) outcomes.push(await conn.soap.undelete(['00Q5e0000099999AAA']).then(() => 'answered', (err: unknown) => err));
    // The allocation is 3 calls a day; earlier tests in this file spent some of it.
    expect(outcomes.at(-1)).toMatchObject({ errorCode: 'sf:REQUEST_LIMIT_EXCEEDED', message: 'REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded.' });
    expect(sandbox.running.ctx.ledger.recent().at(-1)?.status).toBe(500);
  });
});
