import type { PropertyCreate } from '@hubspot/api-client/lib/codegen/crm/properties/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sdkError, startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import { HubspotPropertyListWire, HubspotPropertyWire } from '../../../connectors/hubspot/wire/properties.ts';
import { docFixture, shapeDifferences } from '../../support/hubspot-doc-fixtures.ts';

// The official SDK's client.crm.properties against the sandbox, unchanged but for basePath.
// https://developers.hubspot.com/docs/api-reference/legacy/crm/properties/guide

let sandbox: StartedHubspotSandbox;
beforeAll(async () => {
  sandbox = await startHubspotSandbox();
});
afterAll(() => sandbox.close());

/** The ApiException the SDK throws, as plain data. */

/** A property body with plain strings where the SDK types enums (the wire carries the same strings). */
const propertyBody = (body: { name: string; label: string; type: string; fieldType: string; groupName: string; description?: string }) =>
  body as unknown as PropertyCreate;

const score = propertyBody({
  name: 'lead_score_ai', label: 'Lead score (AI)', type: 'number', fieldType: 'number', groupName: 'contactinformation', description: '0-100',
});

describe('properties coreApi', () => {
  it('lists the default contact properties, in a shape the connector\'s wire schema reads', async () => {
    const page = await sandbox.client().crm.properties.coreApi.getAll('contacts');
    const lifecycle = page.results.find((p) => p.name === 'lifecyclestage');
    expect(lifecycle).toMatchObject({ type: 'enumeration', hubspotDefined: true, groupName: 'contactinformation' });
    expect(lifecycle?.options.map((o) => o.value)).toContain('marketingqualifiedlead');
    expect(lifecycle?.modificationMetadata).toMatchObject({ readOnlyValue: false, archivable: false });
    const raw = await fetch(`${sandbox.baseUrl}/crm/v3/properties/contacts`, { headers: { authorization: `Bearer ${sandbox.token}` } });
    expect(HubspotPropertyListWire.safeParse(await raw.json()).success).toBe(true);
  });

  it('accepts the object type as a type id', async () => {
    const property = await sandbox.client().crm.properties.coreApi.getByName('0-3', 'dealstage');
    expect(property.name).toBe('dealstage');
  });

  it('creates a custom property (201), reads, updates, archives (204) and then finds it only as archived', async () => {
    const core = sandbox.client().crm.properties.coreApi;
    const created = await core.create('contacts', score);
    expect(created).toMatchObject({ name: 'lead_score_ai', hubspotDefined: false, archived: false });
    expect(created.createdAt).toBeInstanceOf(Date);
    expect((await core.getByName('contacts', 'lead_score_ai')).label).toBe('Lead score (AI)');
    expect((await core.update('contacts', 'lead_score_ai', { label: 'AI lead score' })).label).toBe('AI lead score');
    await core.archive('contacts', 'lead_score_ai');
    expect((await sdkError(core.getByName('contacts', 'lead_score_ai'))).code).toBe(404);
    expect((await core.getByName('contacts', 'lead_score_ai', true)).archived).toBe(true);
    expect((await core.getAll('contacts', true)).results.map((p) => p.name)).toContain('lead_score_ai');
  });

  it('answers a duplicate name with 409 in HubSpot\'s error shape', async () => {
    const core = sandbox.client().crm.properties.coreApi;
    const tier = propertyBody({ name: 'tier', label: 'Tier', groupName: 'companyinformation', type: 'string', fieldType: 'text' });
    await core.create('companies', tier);
    const { code, body } = await sdkError(core.create('companies', tier));
    expect(code).toBe(409);
    expect(body).toMatchObject({ category: 'CONFLICT', message: "Property named 'tier' already exists." });
    expect(body.correlationId).toEqual(expect.any(String));
  });

  it('refuses malformed input with 400 VALIDATION_ERROR, never a stack trace', async () => {
    const core = sandbox.client().crm.properties.coreApi;
    const badName = await sdkError(core.create('contacts', { ...score, name: 'Lead Score' }));
    expect(badName).toMatchObject({ code: 400, body: { category: 'VALIDATION_ERROR' } });
    const noOptions = await sdkError(core.create('contacts', propertyBody({ ...score, name: 'tier', type: 'enumeration', fieldType: 'select' })));
    expect(noOptions).toMatchObject({ code: 400, body: { category: 'VALIDATION_ERROR' } });
    const raw = await fetch(`${sandbox.baseUrl}/crm/v3/properties/contacts`, {
      method: 'POST', headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/json' }, body: '{"name": "x", "label": 3}',
    });
    expect(raw.status).toBe(400);
    const body = await raw.json() as { category: string; errors: Array<{ in?: string }> };
    expect(body.category).toBe('VALIDATION_ERROR');
    expect(body.errors.map((e) => e.in)).toEqual(expect.arrayContaining(['label', 'type']));
  });

  it('keeps HubSpot-defined properties fixed and answers unknown object types with 400', async () => {
    const core = sandbox.client().crm.properties.coreApi;
    expect((await sdkError(core.update('contacts', 'email', { label: 'Mail' }))).code).toBe(400);
    expect((await sdkError(core.archive('contacts', 'email'))).code).toBe(400);
    expect((await sdkError(core.getAll('unicorns'))).code).toBe(400);
  });
});

describe('documented examples', () => {
  it('creates the docs\' example property and answers in the documented shape', async () => {
    const response = await fetch(`${sandbox.baseUrl}/crm/v3/properties/contacts`, {
      method: 'POST', headers: { authorization: `Bearer ${sandbox.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(docFixture('properties-create.request.json')),
    });
    expect(response.status).toBe(201);
    const extra = ['description', 'calculated', 'externalOptions', 'hubspotDefined', 'createdAt', 'updatedAt', 'archived', 'dataSensitivity'];
    expect(shapeDifferences(docFixture('properties-create.response.json'), await response.json(), extra)).toEqual([]);
  });
});

describe('properties batchApi', () => {
  it('batch-creates with 201, and with 207 plus per-input errors when one name is taken', async () => {
    const batch = sandbox.client().crm.properties.batchApi;
    const input = (name: string) => propertyBody({ name, label: name, type: 'string', fieldType: 'text', groupName: 'dealinformation' });
    const first = await batch.create('deals', { inputs: [input('region'), input('segment')] });
    expect(first.results.map((p) => p.name).sort()).toEqual(['region', 'segment']);
    expect('errors' in first ? first.errors : undefined).toBeUndefined();
    const second = await batch.create('deals', { inputs: [input('region'), input('territory')] });
    expect(second.results.map((p) => p.name)).toEqual(['territory']);
    expect('numErrors' in second ? second.numErrors : 0).toBe(1);
  });

  it('batch-reads (207 for names that do not exist) and batch-archives (204)', async () => {
    const batch = sandbox.client().crm.properties.batchApi;
    const read = await batch.read('deals', { archived: false, inputs: [{ name: 'dealname' }, { name: 'nope' }] });
    expect(read.results.map((p) => p.name)).toEqual(['dealname']);
    expect('errors' in read ? read.errors?.[0]?.category : undefined).toBe('OBJECT_NOT_FOUND');
    for (const p of read.results) expect(HubspotPropertyWire.safeParse({ ...p, createdAt: p.createdAt?.toISOString(), updatedAt: p.updatedAt?.toISOString() }).success).toBe(true);
    await batch.archive('deals', { inputs: [{ name: 'region' }, { name: 'never-existed' }] });
    expect(sandbox.hubspot.state.properties.has('deals', 'region')).toBe(false);
  });
});

describe('property groups', () => {
  it('lists the groups a custom property may join', async () => {
    const groups = await sandbox.client().crm.properties.groupsApi.getAll('contacts');
    expect(groups.results.map((g) => g.name)).toContain('contactinformation');
  });
});
