import { describe, expect, it } from 'vitest';
import { hubspotPropertySchema } from '../../../connectors/hubspot/index.ts';
import type { HubspotPropertyFacts } from '../../../connectors/hubspot/index.ts';
import { salesforceDescribeSchema } from '../../../connectors/salesforce/index.ts';
import type { SalesforceDescribeFacts } from '../../../connectors/salesforce/index.ts';
import { liveFieldOf } from '../../../src/core/transforms/index.ts';
import { readFixtureJson } from '../../support/fixtures.ts';
import { hubspotProperties, salesforceDescribe } from './live-fixtures.ts';

describe('HubSpot properties as the live schema', () => {
  it('reads the documented property: a select enumeration is a restricted picklist of its option values', () => {
    const documented = readFixtureJson<HubspotPropertyFacts>('hubspot/docs/properties-create.response.json');
    expect(hubspotPropertySchema([documented])).toEqual({
      namesIgnoreCase: false,
      fields: {
        my_contact_property: {
          name: 'my_contact_property', valueType: 'picklist', vendorType: 'enumeration/select',
          createable: true, updateable: true, picklist: { values: ['A', 'B'], restricted: true },
        },
      },
    });
  });

  const contacts = hubspotPropertySchema(hubspotProperties('contacts'));
  const deals = hubspotPropertySchema(hubspotProperties('deals'));

  it('reads phone numbers as text and lifecycle stages as a picklist of stored values, not labels', () => {
    expect(contacts.fields.phone).toMatchObject({ valueType: 'text', vendorType: 'string/phonenumber', createable: true });
    expect(contacts.fields.lifecyclestage?.picklist?.values).toContain('marketingqualifiedlead');
  });

  it('reads read-only values (opt-out, analytics source) and system dates as not writable', () => {
    expect(contacts.fields.hs_email_optout).toMatchObject({ valueType: 'boolean', createable: false, updateable: false });
    expect(contacts.fields.hs_analytics_source).toMatchObject({ valueType: 'picklist', createable: false, updateable: false });
    expect(contacts.fields.createdate).toMatchObject({ valueType: 'datetime', createable: false });
  });

  it('reads owners and pipeline stages, whose options live elsewhere, as references', () => {
    expect(contacts.fields.hubspot_owner_id).toMatchObject({ valueType: 'reference' });
    expect(deals.fields.dealstage).toMatchObject({ valueType: 'reference' });
    expect(deals.fields.dealstage?.picklist).toBeUndefined();
  });

  it('matches property names exactly, as HubSpot does', () => {
    expect(liveFieldOf(contacts, 'jobtitle')?.name).toBe('jobtitle');
    expect(liveFieldOf(contacts, 'JobTitle')).toBeUndefined();
  });
});

describe('Salesforce describe as the live schema', () => {
  it('reads the documented describe: Account.Name is writable text', () => {
    const documented = readFixtureJson<SalesforceDescribeFacts>('salesforce/docs/sobject-describe.response.json');
    expect(salesforceDescribeSchema(documented)).toEqual({
      namesIgnoreCase: true,
      fields: { Name: { name: 'Name', valueType: 'text', vendorType: 'string', createable: true, updateable: true } },
    });
  });

  const lead = salesforceDescribeSchema(salesforceDescribe('Lead'));
  const opportunity = salesforceDescribeSchema(salesforceDescribe('Opportunity'));

  it('reads a restricted picklist with its active values, and an unrestricted one as such', () => {
    expect(lead.fields.Status?.picklist).toEqual({
      values: ['Open - Not Contacted', 'Working - Contacted', 'Closed - Converted', 'Closed - Not Converted'], restricted: true,
    });
    expect(lead.fields.LeadSource?.picklist?.restricted).toBe(false);
  });

  it('leaves inactive picklist values out: Salesforce refuses them on writes', () => {
    const describe = salesforceDescribe('Lead');
    const withRetired: SalesforceDescribeFacts = {
      ...describe,
      fields: describe.fields.map((f) => (f.name === 'Status' ? { ...f, picklistValues: [...(f.picklistValues ?? []), { value: 'Recycled', active: false }] } : f)),
    };
    expect(salesforceDescribeSchema(withRetired).fields.Status?.picklist?.values).not.toContain('Recycled');
  });

  it('reads phone, currency, date, datetime and reference fields by their kind', () => {
    expect(lead.fields.Phone).toMatchObject({ valueType: 'text', vendorType: 'phone' });
    expect(lead.fields.AnnualRevenue).toMatchObject({ valueType: 'number', vendorType: 'currency' });
    expect(opportunity.fields.CloseDate).toMatchObject({ valueType: 'date' });
    expect(lead.fields.CreatedDate).toMatchObject({ valueType: 'datetime', createable: false, updateable: false });
    expect(lead.fields.OwnerId).toMatchObject({ valueType: 'reference', createable: true, updateable: true });
  });

  it('matches API names in any case, as Salesforce does', () => {
    expect(liveFieldOf(lead, 'haSOptedOutOfEmail')?.name).toBe('HasOptedOutOfEmail');
  });
});
