import type { Connection } from 'jsforce';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/sandbox-kit/index.ts';
import { readXml } from '../../../connectors/salesforce/sandbox/soap/xml.ts';
import type { SoapElement } from '../../../connectors/salesforce/sandbox/soap/xml.ts';
import { readFixtureText } from '../../support/fixtures.ts';
import { jsforceError, startSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import type { StartedSalesforceSandbox } from '../../support/salesforce-sandbox.ts';
import { created, fill, postEnvelope } from './soap-helpers.ts';

// SOAP convertLead(): a lead becomes (or is attached to) an Account, a Contact and optionally an
// Opportunity, with the standard lead field mapping; the lead is marked converted with the new ids.
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_convertlead.htm

const CONVERTED = 'Closed - Converted';

describe('convertLead', () => {
  const clock = new ManualClock(Date.UTC(2026, 4, 12, 15, 30, 0));
  let sandbox: StartedSalesforceSandbox;
  let conn: Connection;
  beforeAll(async () => {
    sandbox = await startSalesforceSandbox({}, { clock });
    conn = sandbox.connection();
  });
  afterAll(() => sandbox.close());

  const lead = (values: Record<string, unknown> = {}) => created(conn, 'Lead', {
    FirstName: 'Grace', LastName: 'Hopper', Company: 'Navy Labs', Email: 'grace@navylabs.example', Phone: '+1 555 0100',
    Title: 'Rear Admiral', LeadSource: 'Web', Industry: 'Government', NumberOfEmployees: 1200, City: 'Arlington', ...values,
  });

  it('creates an account, a contact and an opportunity from the lead, and marks the lead converted', async () => {
    const leadId = await lead();
    const result = await conn.soap.convertLead({ leadId, convertedStatus: CONVERTED });

    expect(result).toMatchObject({ leadId, success: true, errors: [] });
    expect([result.accountId, result.contactId, result.opportunityId].map((id) => id?.slice(0, 3))).toEqual(['001', '003', '006']);
    expect(await conn.sobject('Account').retrieve(result.accountId!)).toMatchObject({
      Name: 'Navy Labs', Phone: '+1 555 0100', Industry: 'Government', NumberOfEmployees: 1200, BillingCity: 'Arlington',
    });
    expect(await conn.sobject('Contact').retrieve(result.contactId!)).toMatchObject({
      FirstName: 'Grace', LastName: 'Hopper', Email: 'grace@navylabs.example', Title: 'Rear Admiral', LeadSource: 'Web',
      MailingCity: 'Arlington', AccountId: result.accountId,
    });
    // Named after the company; the first stage; closing at the end of the current quarter.
    expect(await conn.sobject('Opportunity').retrieve(result.opportunityId!)).toMatchObject({
      Name: 'Navy Labs', AccountId: result.accountId, StageName: 'Prospecting', CloseDate: '2026-06-30', LeadSource: 'Web',
    });
    expect(await conn.sobject('Lead').retrieve(leadId)).toMatchObject({
      IsConverted: true, Status: CONVERTED, ConvertedDate: '2026-05-12',
      ConvertedAccountId: result.accountId, ConvertedContactId: result.contactId, ConvertedOpportunityId: result.opportunityId,
    });
  });

  it('attaches to an existing account, filling only its empty fields, and names the opportunity as asked', async () => {
    const accountId = await created(conn, 'Account', { Name: 'Initech', Phone: '+1 555 0199' });
    const leadId = await lead({ Company: 'Initech LLC', Industry: 'Technology' });
    const result = await conn.soap.convertLead({ leadId, convertedStatus: CONVERTED, accountId, opportunityName: 'Initech pilot' });

    expect(result).toMatchObject({ success: true, accountId });
    expect(await conn.sobject('Account').retrieve(accountId)).toMatchObject({ Name: 'Initech', Phone: '+1 555 0199', Industry: 'Technology' });
    expect((await conn.sobject('Contact').retrieve(result.contactId!)).AccountId).toBe(accountId);
    expect((await conn.sobject('Opportunity').retrieve(result.opportunityId!)).Name).toBe('Initech pilot');
  });

  it('attaches to an existing contact of that account; overwriteLeadSource replaces its lead source', async () => {
    const accountId = await created(conn, 'Account', { Name: 'Hooli' });
    const contactId = await created(conn, 'Contact', { LastName: 'Belson', AccountId: accountId, LeadSource: 'Other' });
    const leadId = await lead({ Company: 'Hooli', LastName: 'Belson', LeadSource: 'Partner Referral' });
    const result = await conn.soap.convertLead({ leadId, convertedStatus: CONVERTED, accountId, contactId, overwriteLeadSource: true });

    expect(result).toMatchObject({ success: true, accountId, contactId });
    expect(await conn.sobject('Contact').retrieve(contactId)).toMatchObject({ LastName: 'Belson', LeadSource: 'Partner Referral', Email: 'grace@navylabs.example' });
  });

  it('creates no opportunity with doNotCreateOpportunity', async () => {
    const leadId = await lead({ Company: 'Pied Piper' });
    const result = await conn.soap.convertLead({ leadId, convertedStatus: CONVERTED, doNotCreateOpportunity: true });
    expect(result).toMatchObject({ success: true, opportunityId: null });
    expect((await conn.sobject('Lead').retrieve(leadId)).ConvertedOpportunityId).toBeNull();
    const opportunities = await conn.query(`SELECT Id FROM Opportunity WHERE AccountId = '${result.accountId}'`);
    expect(opportunities.totalSize).toBe(0);
  });

  it('moves the lead\'s tasks to the new contact, related to the opportunity', async () => {
    const leadId = await lead({ Company: 'Umbrella' });
    const task = await created(conn, 'Task', { Subject: 'Intro call', WhoId: leadId, Status: 'Not Started', Priority: 'Normal' });
    const result = await conn.soap.convertLead({ leadId, convertedStatus: CONVERTED });
    expect(await conn.sobject('Task').retrieve(task)).toMatchObject({ WhoId: result.contactId, WhatId: result.opportunityId });
  });

  it('refuses to convert a converted lead again, and the lead can no longer be updated', async () => {
    const leadId = await lead({ Company: 'Vandelay' });
    expect((await conn.soap.convertLead({ leadId, convertedStatus: CONVERTED })).success).toBe(true);

    const again = await conn.soap.convertLead({ leadId, convertedStatus: CONVERTED });
    expect(again).toMatchObject({ success: false, accountId: null, contactId: null, opportunityId: null });
    expect(again.errors).toEqual([{ statusCode: 'CANNOT_UPDATE_CONVERTED_LEAD', message: 'cannot reference converted lead' }]);
    const update = await jsforceError(conn.sobject('Lead').update({ Id: leadId, Title: 'Importer' }));
    expect(update.errorCode).toBe('CANNOT_UPDATE_CONVERTED_LEAD');
  });

  it('refuses a status that is not a converted status of the Lead Status picklist, and changes nothing', async () => {
    const leadId = await lead({ Company: 'Soylent' });
    const result = await conn.soap.convertLead({ leadId, convertedStatus: 'Working - Contacted' });
    expect(result).toMatchObject({ success: false, errors: [{ statusCode: 'INVALID_STATUS', message: 'invalid convertedStatus: Working - Contacted', fields: ['convertedStatus'] }] });
    expect((await conn.sobject('Lead').retrieve(leadId)).IsConverted).toBe(false);
    expect((await conn.query("SELECT Id FROM Account WHERE Name = 'Soylent'")).totalSize).toBe(0);
  });

  it('answers the documented request in the documented shape', async () => {
    const leadId = await lead({ Company: 'Partner Co' });
    const owner = sandbox.salesforce.deps.settings.adminUser.id;
    const request = fill(readFixtureText('salesforce/docs/soap-convert-lead.request.xml'), {
      '00QD000000FP14JMAT': leadId, '005D0000000nVYVIA2': owner, 'QwWsHJyTPW.1pd0_jXlNKOSU': sandbox.token, '>Qualified<': `>${CONVERTED}<`,
    });
    const answer = await postEnvelope(sandbox, request);
    expect(answer.status).toBe(200);
    const converted = await conn.sobject('Lead').retrieve(leadId);
    const expected = fill(readFixtureText('salesforce/docs/soap-convert-lead.response.xml'), {
      '001D000000HRzTRIA1': String(converted.ConvertedAccountId), '003D000000OXGH6IAP': String(converted.ConvertedContactId),
      '00QD000000FP14JMAT': leadId, '006D000000AeWmaIAF': String(converted.ConvertedOpportunityId),
    });
    expect(responseOf(answer.text)).toEqual(responseOf(expected));
    expect((await conn.sobject('Opportunity').retrieve(String(converted.ConvertedOpportunityId))).Name).toBe('Partner Opportunity');
  });
});

function responseOf(xml: string): SoapElement {
  const read = readXml(xml);
  if (!read.ok) throw new Error(read.message);
  return (read.root.Envelope as SoapElement).Body as SoapElement;
}
