import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdkError, startHubspotSandbox, wireJson } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import { docFixture, shapeDifferences } from '../../support/hubspot-doc-fixtures.ts';

// Every refusal answers in HubSpot's error shape (status, message, correlationId, category), as JSON:
// the SDK cannot even read an error without a Content-Type, and a stack trace would leak internals.
let sb: StartedHubspotSandbox;

beforeAll(async () => {
  sb = await startHubspotSandbox();
});
afterAll(() => sb.close());

async function raw(path: string, init: RequestInit & { token?: string | null } = {}) {
  const { token = sb.token, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(`${sb.baseUrl}${path}`, { ...rest, headers });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: await wireJson(res) };
}

const hubspotShaped = { status: 'error', message: expect.any(String), correlationId: expect.any(String), category: expect.any(String) };

describe('error shapes', () => {
  it('answers malformed JSON with 400 VALIDATION_ERROR naming line and column', async () => {
    const answer = await raw('/crm/v3/objects/contacts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"properties": {"email": }' });
    expect(answer).toMatchObject({ status: 400, contentType: expect.stringContaining('application/json'), body: { ...hubspotShaped, category: 'VALIDATION_ERROR' } });
    expect(answer.body.message).toMatch(/^Invalid input JSON on line 1, column \d+/);
  });

  it('answers a body over the size limit with 413 in HubSpot\'s error shape, saying it is too large rather than invalid', async () => {
    const huge = JSON.stringify({ properties: { notes: 'x'.repeat(6 * 1024 * 1024) } });
    const answer = await raw('/crm/v3/objects/contacts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: huge });
    expect(answer).toMatchObject({ status: 413, contentType: expect.stringContaining('application/json'), body: hubspotShaped });
    expect(answer.body.message).toMatch(/is larger than the 5mb this API accepts/);
  });

  it('answers a body of the wrong shape with 400 and one detail per problem', async () => {
    const answer = await raw('/crm/v3/objects/contacts/batch/read', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"inputs": "all"}' });
    expect(answer).toMatchObject({ status: 400, body: { ...hubspotShaped, category: 'VALIDATION_ERROR', errors: [{ in: 'inputs', code: 'INVALID_FIELD' }] } });
  });

  it('answers an unknown path with 404 OBJECT_NOT_FOUND', async () => {
    const answer = await raw('/crm/v3/nothing/here');
    expect(answer).toMatchObject({ status: 404, body: { ...hubspotShaped, category: 'OBJECT_NOT_FOUND' } });
  });

  it('answers a call without a token, or with an unknown one, with 401 INVALID_AUTHENTICATION', async () => {
    for (const token of [null, 'not-a-token']) {
      const answer = await raw('/crm/v3/objects/contacts', { token });
      expect(answer).toMatchObject({ status: 401, body: { ...hubspotShaped, category: 'INVALID_AUTHENTICATION' } });
    }
    const err = await sdkError(sb.client('not-a-token').crm.contacts.basicApi.getPage());
    expect([err.code, err.body.category]).toEqual([401, 'INVALID_AUTHENTICATION']);
  });

  it('answers the documented invalid-property create in the documented shape', async () => {
    const answer = await raw('/crm/v3/objects/companies', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(docFixture('error-invalid-property.request.json')),
    });
    expect(answer.status).toBe(400);
    expect(shapeDifferences(docFixture('error-invalid-property.response.json'), answer.body)).toEqual([]);
    expect(answer.body.message).toContain('\\"testproperty\\" does not exist');
  });
});
