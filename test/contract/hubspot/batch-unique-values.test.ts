import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sdkError, startHubspotSandbox } from '../../support/hubspot-sandbox.ts';
import type { StartedHubspotSandbox } from '../../support/hubspot-sandbox.ts';

// Unique values (contact email in any letter case, hasUniqueValue properties) through the SDK's
// batch writes: no two records may end up sharing one, whether the other record exists already or
// is written by another input of the same batch.
let sb: StartedHubspotSandbox;
const IMPORT = { sourceType: 'IMPORT' };
const contactsNow = () => sb.hubspot.state.records.count('contacts').live;

beforeAll(async () => {
  sb = await startHubspotSandbox();
});
afterAll(() => sb.close());
beforeEach(() => sb.hubspot.reset());

describe('unique values across a batch', () => {
  const uniqueProperty = (name: string) => sb.hubspot.state.properties.create('contacts', {
    name, label: name, type: 'string', fieldType: 'text', groupName: 'contactinformation', hasUniqueValue: true,
  }, Date.now());
  const emails = () => sb.hubspot.state.records.snapshot().contacts.map((c) => c.properties.email ?? null);

  it('refuses a batch update giving two contacts one email in different letter case, writing neither', async () => {
    const [a, b] = ['a@example.com', 'b@example.com'].map((email) => sb.hubspot.state.records.create('contacts', { email }, IMPORT));
    const err = await sdkError(sb.client().crm.contacts.batchApi.update({
      inputs: [{ id: a!.id, properties: { email: 'c@example.com' } }, { id: b!.id, properties: { email: 'C@example.com' } }],
    }));
    expect([err.code, err.body.category]).toEqual([409, 'CONFLICT']);
    expect(emails()).toEqual(['a@example.com', 'b@example.com']);
  });

  it('answers the second input claiming a custom unique value as a CONFLICT of its own when trace ids are sent', async () => {
    uniqueProperty('ext_id');
    const [a, b] = ['a@example.com', 'b@example.com'].map((email) => sb.hubspot.state.records.create('contacts', { email }, IMPORT));
    const answer = await sb.client().crm.contacts.batchApi.update({
      inputs: [
        { id: a!.id, objectWriteTraceId: 't-a', properties: { ext_id: 'E-1' } },
        { id: b!.id, objectWriteTraceId: 't-b', properties: { ext_id: 'E-1' } },
      ],
    });
    expect(answer.results.map((r) => r.id)).toEqual([a!.id]);
    expect('errors' in answer && answer.errors).toEqual([expect.objectContaining({ category: 'CONFLICT', context: { objectWriteTraceId: ['t-b'] } })]);
    expect(sb.hubspot.state.records.findByUnique('contacts', 'ext_id', 'E-1')?.id).toBe(a!.id);
  });

  it('refuses an upsert whose existing and new records would share a unique value', async () => {
    uniqueProperty('ext_id');
    sb.hubspot.state.records.create('contacts', { email: 'old@example.com' }, IMPORT);
    const err = await sdkError(sb.client().crm.contacts.batchApi.upsert({
      inputs: [
        { id: 'old@example.com', idProperty: 'email', properties: { ext_id: 'K-7' } },
        { id: 'new@example.com', idProperty: 'email', properties: { ext_id: 'k-7' } },
      ],
    }));
    expect([err.code, err.body.category]).toEqual([409, 'CONFLICT']);
    expect(contactsNow()).toBe(1);
  });

  it('refuses a batch create whose inputs share an email with 409, naming the value', async () => {
    const err = await sdkError(sb.client().crm.contacts.batchApi.create({
      inputs: [{ properties: { email: 'twin@example.com' }, associations: [] }, { properties: { email: 'Twin@example.com' }, associations: [] }],
    }));
    expect([err.code, err.body.category]).toEqual([409, 'CONFLICT']);
    expect(err.body.message).toContain('Twin@example.com');
    expect(contactsNow()).toBe(0);
  });
});
