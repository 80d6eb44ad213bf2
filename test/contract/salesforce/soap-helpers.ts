import type { Connection } from 'jsforce';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// Shared by the SOAP contract tests (merge, convert-lead, undelete): records made through jsforce's REST
// calls, and the raw SOAP endpoint for the documented envelopes in fixtures/salesforce/docs/.

export const SOAP_PATH = '/services/Soap/u/62.0';
export const SOAP_ENDPOINT = 'POST /services/Soap/u/:version';

/** Creates one record through jsforce (REST) and returns its id. */
export async function created(conn: Connection, sobject: string, values: Record<string, unknown>): Promise<string> {
  const result = await conn.sobject(sobject).create(values);
  if (!result.success || !result.id) throw new Error(`could not create ${sobject}: ${JSON.stringify(result)}`);
  return result.id;
}

/** Posts a raw envelope as a SOAP client would; the text of the answer and its status. */
export async function postEnvelope(sandbox: StartedSalesforceSandbox, envelope: string): Promise<{ status: number; contentType: string; text: string }> {
  const res = await fetch(`${sandbox.instanceUrl}${SOAP_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'text/xml; charset=utf-8', soapaction: '""' },
    body: envelope,
  });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** Replaces each placeholder (MASTER_ID…) with its value. */
export function fill(template: string, values: Record<string, string>): string {
  return Object.entries(values).reduce((text, [name, value]) => text.replaceAll(name, value), template);
}

/** XML with the whitespace between elements removed, for comparing answers with doc fixtures. */
export function compact(xml: string): string {
  return xml.replace(/>\s+</g, '><').trim();
}
