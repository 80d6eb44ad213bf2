import { describe, expect, it } from 'vitest';
import { checkMappingsAgainstSchema, formatSchemaProblem } from '../../../src/sync/mapping-check/index.ts';
import { defaultLiveSchema, mappingOf } from './live-fixtures.ts';

// Value maps against a new portal's and a new org's picklists (fixtures/<vendor>/docs). Line 1 of each
// file is `object:`, line 2 `fields:`, and the text below starts on line 3 (blank), its first field on line 4.
const schema = defaultLiveSchema();
const check = (object: 'contact' | 'company' | 'deal', fields: string) =>
  checkMappingsAgainstSchema({ [object]: mappingOf(object, fields) }, schema).map(formatSchemaProblem);

describe('picklist and lifecycle stage values against the live picklists', () => {
  it('accepts maps whose values are all live values', () => {
    expect(check('contact', `
  - canonical: lifecycleStage
    hubspot: lifecyclestage
    direction: crm_to_marketing
    rule: crm_wins
    transform:
      type: lifecycle_stage
      hubspot: { subscriber: subscriber, lead: lead, mql: marketingqualifiedlead, sql: salesqualifiedlead, opportunity: opportunity, customer: customer, evangelist: evangelist, other: other }
`)).toEqual([]);
  });

  it('names a value the restricted picklist lacks on a side the sync writes, at its line, with the nearest live value', () => {
    expect(check('contact', `
  - canonical: leadStatus
    hubspot: hs_lead_status
    salesforce: { Lead: Status }
    direction: marketing_to_crm
    rule: crm_wins
    transform:
      type: picklist
      salesforce:
        new: Open - Not Contacted
        in_progress: Working - Contactd
        unqualified: Closed - Not Converted
        converted: Closed - Converted
`).filter((line) => line.includes('transform.salesforce.'))).toEqual([
      'mappings/fields/contact.yaml:13: error: contact.leadStatus → Salesforce Lead.Status: transform.salesforce.in_progress "Working - Contactd" is not a value of the live picklist; did you mean "Working - Contacted"?',
    ]);
  });

  it('only warns where the picklist is unrestricted (Salesforce keeps the odd value) or the side is never written', () => {
    expect(check('contact', `
  - canonical: leadSource
    hubspot: hs_analytics_source
    salesforce: LeadSource
    direction: marketing_to_crm
    rule: fill_empty_only
    transform:
      type: picklist
      hubspot: { organic_search: ORGANIC_SEARCH, paid_search: PAID_SEARCH, other: OTHER }
      salesforce: { organic_search: Web, paid_search: Web, other: Others }
`).filter((line) => line.includes('is not a value'))).toEqual([
      'mappings/fields/contact.yaml:11: warning: contact.leadSource → HubSpot contacts.hs_analytics_source: transform.hubspot.other "OTHER" is not a value of the live picklist',
      'mappings/fields/contact.yaml:12: warning: contact.leadSource → Salesforce Lead.LeadSource: transform.salesforce.other "Others" is not a value of the live picklist; did you mean "Other"?',
      'mappings/fields/contact.yaml:12: warning: contact.leadSource → Salesforce Contact.LeadSource: transform.salesforce.other "Others" is not a value of the live picklist; did you mean "Other"?',
    ]);
  });

  it('warns of live values that read back untranslated, on a side values flow from', () => {
    expect(check('company', `
  - canonical: accountType
    hubspot: type
    salesforce: Type
    direction: crm_to_marketing
    rule: crm_wins
    transform:
      type: picklist
      hubspot: { prospect: PROSPECT, partner: PARTNER, reseller: RESELLER, vendor: VENDOR, other: OTHER }
      salesforce: { prospect: Prospect, customer: Customer - Direct, partner: Technology Partner, other: Other }
`)).toEqual([
      'mappings/fields/company.yaml:12: warning: company.accountType → Salesforce Account.Type: live picklist values "Customer - Channel", "Channel Partner / Reseller", "Installation Partner" have no canonical value in transform.salesforce; read, they pass through untranslated',
    ]);
  });

  it('asks for a transform where an enum field meets a picklist whose values are not the canonical ones', () => {
    expect(check('deal', `
  - canonical: dealType
    hubspot: dealtype
    direction: crm_to_marketing
    rule: crm_wins
`)).toEqual([
      'mappings/fields/deal.yaml:5: error: deal.dealType → HubSpot deals.dealtype: no transform maps hubspot values, so canonical values are used as they are, and "new_business", "expansion", "renewal" are not values of the live picklist ("newbusiness", "existingbusiness"); add a picklist transform',
    ]);
  });

  it('warns of free text written into a restricted picklist with no value map', () => {
    expect(check('company', `
  - canonical: industry
    hubspot: industry
    salesforce: Industry
    rule: fill_empty_only
`)).toEqual([
      'mappings/fields/company.yaml:5: warning: company.industry → HubSpot companies.industry: free text written into a restricted picklist with no value map: values other than "ACCOUNTING", "BANKING", "COMPUTER_SOFTWARE", "FINANCIAL_SERVICES", "HOSPITAL_HEALTH_CARE", "INFORMATION_TECHNOLOGY_AND_SERVICES", and 4 more will be refused',
    ]);
  });

  it('reads owner properties as references, whose values are ids, not a list to check', () => {
    expect(check('deal', `
  - canonical: ownerId
    hubspot: hubspot_owner_id
    salesforce: OwnerId
    direction: crm_to_marketing
    rule: crm_wins
`)).toEqual([]);
  });
});

describe('what the check leaves alone', () => {
  it('skips objects the live schema does not describe', () => {
    const mapping = mappingOf('contact', `
  - canonical: title
    hubspot: no_such_property
    salesforce: No_Such_Field__c
    rule: fill_empty_only
`);
    expect(checkMappingsAgainstSchema({ contact: mapping }, { hubspot: { deals: {} as never } })).toEqual([]);
  });

  it('gives each problem its parts for callers that sort or filter them', () => {
    const [problem] = checkMappingsAgainstSchema({ contact: mappingOf('contact', `
  - canonical: title
    hubspot: jobtitel
    rule: fill_empty_only
`) }, schema);
    expect(problem).toEqual({
      kind: 'missing_field', severity: 'error', file: 'mappings/fields/contact.yaml', line: 5,
      canonical: 'title', side: 'hubspot', vendorObject: 'contacts', vendorField: 'jobtitel',
      message: 'contact.title → HubSpot contacts.jobtitel: no such field, or the integration user cannot see it; did you mean "jobtitle"?',
    });
  });
});
