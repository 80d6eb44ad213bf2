import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DescribeSObjectResult } from 'jsforce';
import { startSalesforceSandbox, jsforceError } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';

// describeGlobal and describe through jsforce: names, types, picklists, required, updateable, externalId.
let sb: StartedSalesforceSandbox;

beforeAll(async () => {
  sb = await startSalesforceSandbox();
});
afterAll(() => sb.close());

function fieldOf(result: DescribeSObjectResult, name: string) {
  const found = result.fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

describe('describe', () => {
  it('lists the objects the sandbox serves with their key prefixes', async () => {
    const global = await sb.connection().describeGlobal();
    const prefixes = Object.fromEntries(global.sobjects.map((s) => [s.name, s.keyPrefix]));
    expect(prefixes).toEqual({
      Account: '001', Contact: '003', Event: '00U', Lead: '00Q', Opportunity: '006', OpportunityContactRole: '00K', OpportunityHistory: '008',
      OpportunityStage: '01J', Task: '00T', User: '005',
    });
    expect(global.maxBatchSize).toBe(200);
  });

  it('describes Lead: required, defaulted, read-only, picklist, reference and external-id fields', async () => {
    const lead = await sb.connection().describe('Lead');
    expect(lead).toMatchObject({ name: 'Lead', keyPrefix: '00Q', createable: true, deletable: true, undeletable: true, mergeable: true });
    expect(fieldOf(lead, 'Id')).toMatchObject({ type: 'id', nillable: false, createable: false, updateable: false, idLookup: true });
    expect(fieldOf(lead, 'LastName')).toMatchObject({ type: 'string', length: 80, nillable: false, createable: true, defaultedOnCreate: false });
    expect(fieldOf(lead, 'Company')).toMatchObject({ nillable: false, defaultedOnCreate: false });
    const status = fieldOf(lead, 'Status');
    expect(status).toMatchObject({ type: 'picklist', nillable: false, defaultedOnCreate: true, restrictedPicklist: true });
    expect(status.picklistValues?.map((p) => p.value)).toEqual(['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted']);
    expect(status.picklistValues?.find((p) => p.defaultValue)?.value).toBe('Open - Not Contacted');
    expect(fieldOf(lead, 'OwnerId')).toMatchObject({ type: 'reference', referenceTo: ['Group', 'User'], relationshipName: 'Owner', polymorphicForeignKey: true });
    expect(fieldOf(lead, 'IsConverted')).toMatchObject({ type: 'boolean', createable: false, updateable: false });
    expect(fieldOf(lead, 'ConvertedAccountId')).toMatchObject({ referenceTo: ['Account'], relationshipName: 'ConvertedAccount' });
    expect(fieldOf(lead, 'MasterRecordId')).toMatchObject({ referenceTo: ['Lead'], createable: false });
    expect(fieldOf(lead, 'Email')).toMatchObject({ type: 'email', length: 80, soapType: 'xsd:string' });
    expect(fieldOf(lead, 'CreatedDate')).toMatchObject({ type: 'datetime', soapType: 'xsd:dateTime', createable: false });
    expect(fieldOf(lead, 'RevOps_Id__c')).toMatchObject({ custom: true, externalId: true, unique: true, idLookup: true, length: 64 });
    expect(fieldOf(lead, 'HubSpot_Contact_Id__c')).toMatchObject({ custom: true, externalId: true });
    expect(fieldOf(lead, 'Fit_Score__c')).toMatchObject({ type: 'double', precision: 3, scale: 0 });
    expect(fieldOf(lead, 'MQL__c')).toMatchObject({ type: 'boolean', defaultValue: false });
  });

  it('describes relationships: Contact.AccountId → Account, and Account\'s child relationships', async () => {
    const conn = sb.connection();
    const contact = await conn.describe('Contact');
    expect(fieldOf(contact, 'AccountId')).toMatchObject({ referenceTo: ['Account'], relationshipName: 'Account' });
    const account = await conn.describe('Account');
    const children = Object.fromEntries(account.childRelationships.filter((r) => r.relationshipName).map((r) => [`${r.childSObject}.${r.field}`, r.relationshipName]));
    expect(children).toMatchObject({ 'Contact.AccountId': 'Contacts', 'Opportunity.AccountId': 'Opportunities', 'Task.WhatId': 'Tasks' });
    expect(fieldOf(account, 'HubSpot_Company_Id__c')).toMatchObject({ externalId: true });
    const opportunity = await conn.describe('Opportunity');
    expect(fieldOf(opportunity, 'StageName').picklistValues?.map((p) => p.value)).toContain('Closed Won');
    expect(fieldOf(opportunity, 'CloseDate')).toMatchObject({ type: 'date', nillable: false });
    expect(fieldOf(opportunity, 'Amount')).toMatchObject({ type: 'currency' });
    expect(fieldOf(opportunity, 'HubSpot_Deal_Id__c')).toMatchObject({ externalId: true });
    const history = await conn.describe('OpportunityHistory');
    expect(history).toMatchObject({ createable: false, updateable: false, deletable: false });
  });

  it('describes User, Task and Event', async () => {
    const conn = sb.connection();
    const [user, task, event] = await Promise.all([conn.describe('User'), conn.describe('Task'), conn.describe('Event')]);
    expect(user.fields.some((f) => f.name === 'IsDeleted')).toBe(false);
    expect(fieldOf(user, 'Username')).toMatchObject({ unique: true, nillable: false });
    expect(fieldOf(task, 'WhoId')).toMatchObject({ referenceTo: ['Contact', 'Lead'], relationshipName: 'Who' });
    expect(fieldOf(task, 'Priority').picklistValues?.map((p) => p.value)).toEqual(['High', 'Normal', 'Low']);
    expect(fieldOf(event, 'DurationInMinutes')).toMatchObject({ type: 'int' });
  });

  it('answers the basic-information resource and refuses an unknown object with NOT_FOUND', async () => {
    const conn = sb.connection();
    const info = await conn.request<{ objectDescribe: { name: string; urls: { describe: string } }; recentItems: unknown[] }>('/sobjects/Lead');
    expect(info.objectDescribe).toMatchObject({ name: 'Lead', urls: { describe: '/services/data/v62.0/sobjects/Lead/describe' } });
    expect((await jsforceError(conn.describe('Widget__c'))).errorCode).toBe('NOT_FOUND');
  });

  it('leaves the custom fields out of an org without the product\'s metadata package', async () => {
    const bare = await startSalesforceSandbox({}, { customFields: false });
    try {
      const lead = await bare.connection().describe('Lead');
      expect(lead.fields.filter((f) => f.custom)).toEqual([]);
    } finally {
      await bare.close();
    }
  });
});
