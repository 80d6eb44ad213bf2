import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSalesforceSandbox, jsforceError } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// jsforce, unchanged and pointed only at the instance URL, through create / retrieve / update / destroy.
let sb: StartedSalesforceSandbox;

beforeAll(async () => {
  sb = await startSalesforceSandbox();
});
afterAll(() => sb.close());

interface SaveResult {
  id?: string;
  success: boolean;
  errors: unknown[];
}

describe('sObject rows', () => {
  it('creates a Lead with an 18-character 00Q id, reads it back with system fields, updates and deletes it', async () => {
    const conn = sb.connection();
    const created = (await conn.sobject('Lead').create({ LastName: 'Lovelace', Company: 'Analytical Engines', Email: 'ada@engines.example' })) as SaveResult;
    expect(created).toEqual({ id: expect.stringMatching(/^00Q[a-zA-Z0-9]{15}$/), success: true, errors: [] });
    const id = created.id!;

    const lead = await conn.sobject('Lead').retrieve(id);
    expect(lead).toMatchObject({
      attributes: { type: 'Lead', url: `/services/data/v62.0/sobjects/Lead/${id}` },
      Id: id, LastName: 'Lovelace', Name: 'Lovelace', Status: 'Open - Not Contacted', IsConverted: false, IsDeleted: false,
      OwnerId: sb.salesforce.state.adminUserId, CreatedById: sb.salesforce.state.adminUserId,
    });
    expect(lead.CreatedDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0000$/);

    const updated = await conn.sobject('Lead').update({ Id: id, FirstName: 'Ada', Status: 'Working - Contacted' });
    expect(updated).toEqual({ id, success: true, errors: [] });
    const partial = await conn.sobject('Lead').retrieve(id, { fields: ['Name', 'Status'] });
    expect(partial).toEqual({ attributes: expect.any(Object), Name: 'Ada Lovelace', Status: 'Working - Contacted' });

    expect(await conn.sobject('Lead').destroy(id)).toEqual({ id, success: true, errors: [] });
    expect((await jsforceError(conn.sobject('Lead').retrieve(id))).errorCode).toBe('NOT_FOUND');
    expect(sb.salesforce.state.records.get(id, { includeDeleted: true })?.fields.IsDeleted).toBe(true);
  });

  it('reads a record by its 18-character id in another case, answering the id as minted', async () => {
    const conn = sb.connection();
    const created = (await conn.sobject('Lead').create({ LastName: 'Case', Company: 'Insensitive' })) as SaveResult;
    const lead = await conn.sobject('Lead').retrieve(created.id!.toLowerCase());
    expect(lead).toMatchObject({ Id: created.id, LastName: 'Case' });
  });

  it('does CRUD on every object the sandbox serves, with the right key prefixes', async () => {
    const conn = sb.connection();
    const account = (await conn.sobject('Account').create({ Name: 'Globex', Industry: 'Technology', NumberOfEmployees: 120 })) as SaveResult;
    expect(account.id).toMatch(/^001/);
    const contact = (await conn.sobject('Contact').create({ LastName: 'Simpson', AccountId: account.id, Email: 'homer@globex.example' })) as SaveResult;
    expect(contact.id).toMatch(/^003/);
    const opportunity = (await conn.sobject('Opportunity').create({
      Name: 'Globex platform', StageName: 'Prospecting', CloseDate: '2026-03-31', Amount: 50000, AccountId: account.id,
    })) as SaveResult;
    expect(opportunity.id).toMatch(/^006/);
    const task = (await conn.sobject('Task').create({ Subject: 'Call Homer', WhoId: contact.id, WhatId: opportunity.id })) as SaveResult;
    expect(task.id).toMatch(/^00T/);
    const event = (await conn.sobject('Event').create({
      Subject: 'Demo', WhoId: contact.id, StartDateTime: '2026-02-02T15:00:00Z', DurationInMinutes: 45,
    })) as SaveResult;
    expect(event.id).toMatch(/^00U/);
    const user = (await conn.sobject('User').create({
      Username: 'rep@demo-revops.example', LastName: 'Rep', Email: 'rep@demo-revops.example', Alias: 'rep', TimeZoneSidKey: 'GMT',
      LocaleSidKey: 'en_US', EmailEncodingKey: 'UTF-8', LanguageLocaleKey: 'en_US', ProfileId: '00e5e000000StdUAAS',
    })) as SaveResult;
    expect(user.id).toMatch(/^005/);

    const opp = await conn.sobject('Opportunity').retrieve(opportunity.id!);
    expect(opp).toMatchObject({ Probability: 10, IsClosed: false, IsWon: false, ForecastCategoryName: 'Pipeline', ExpectedRevenue: 5000 });
    await conn.sobject('Opportunity').update({ Id: opportunity.id!, StageName: 'Closed Won' });
    expect(await conn.sobject('Opportunity').retrieve(opportunity.id!)).toMatchObject({ IsClosed: true, IsWon: true, Probability: 100 });
    const history = [...sb.salesforce.state.records.all('OpportunityHistory')].filter((h) => h.fields.OpportunityId === opportunity.id);
    expect(history.map((h) => h.fields.StageName)).toEqual(['Prospecting', 'Closed Won']);
    expect(history.every((h) => h.Id.startsWith('008'))).toBe(true);

    expect(await conn.sobject('Task').retrieve(task.id!)).toMatchObject({ AccountId: account.id, Status: 'Not Started', Priority: 'Normal', TaskSubtype: 'Task' });
    expect(await conn.sobject('Event').retrieve(event.id!)).toMatchObject({
      AccountId: account.id, EndDateTime: '2026-02-02T15:45:00.000+0000', ActivityDate: '2026-02-02',
    });
    await conn.sobject('Contact').update({ Id: contact.id!, Title: 'Safety Inspector' });
    await conn.sobject('Task').update({ Id: task.id!, Status: 'Completed' });
    expect(await conn.sobject('Task').retrieve(task.id!)).toMatchObject({ IsClosed: true });
    await conn.sobject('Event').destroy(event.id!);
    await conn.sobject('User').update({ Id: user.id!, IsActive: false });

    // Deleting the account takes its contacts and opportunities (and their activities) to the recycle bin.
    await conn.sobject('Account').destroy(account.id!);
    const { records } = sb.salesforce.state;
    expect(records.get(contact.id!)).toBeUndefined();
    expect(records.get(opportunity.id!)).toBeUndefined();
    expect(records.get(task.id!)).toBeUndefined();
    expect(records.restore(account.id!, sb.salesforce.state.adminUserId).fields.IsDeleted).toBe(false);
    expect(records.get(contact.id!)?.fields.Title).toBe('Safety Inspector');
    expect(records.get(task.id!)).toBeDefined();
  });

  it('refuses deleting a User and touching read-only OpportunityHistory', async () => {
    const conn = sb.connection();
    const err = await jsforceError(conn.sobject('User').destroy(sb.salesforce.state.adminUserId));
    expect(err.errorCode).toBe('METHOD_NOT_ALLOWED');
    const create = await jsforceError(conn.sobject('OpportunityHistory').create({ StageName: 'Prospecting' }));
    expect(create.errorCode).toBe('INVALID_TYPE_FOR_OPERATION');
  });

  it('answers an unknown object and an unknown record with 404 NOT_FOUND', async () => {
    const conn = sb.connection();
    expect((await jsforceError(conn.sobject('Widget__c').create({ Name: 'x' }))).errorCode).toBe('NOT_FOUND');
    expect((await jsforceError(conn.sobject('Lead').retrieve('00Q5e000009ZZZZEA4'))).errorCode).toBe('NOT_FOUND');
  });
});
