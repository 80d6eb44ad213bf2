import { describe, expect, it } from 'vitest';
import { checkMappingsAgainstSchema, formatSchemaProblem } from '../../../src/sync/mapping-check/index.ts';
import { defaultLiveSchema, mappingOf } from './live-fixtures.ts';

// Each mapping below is a file's text from line 3 on (line 1 is `object:`, line 2 `fields:`, line 3 blank), checked
// against a new HubSpot portal and a new Salesforce org as their documented answers describe them.
const schema = defaultLiveSchema();
const check = (object: 'contact' | 'company' | 'deal', fields: string, options = {}) =>
  checkMappingsAgainstSchema({ [object]: mappingOf(object, fields) }, schema, options).map(formatSchemaProblem);

describe('checking mappings against the live schema', () => {
  it('finds nothing wrong with fields both sides have, can write and type alike', () => {
    expect(check('contact', `
  - canonical: title
    hubspot: jobtitle
    salesforce: Title
    rule: fill_empty_only
  - canonical: phone
    hubspot: phone
    salesforce: Phone
    rule: most_recent_wins
    transform: { type: phone, defaultCountry: US }
  - canonical: city
    hubspot: city
    salesforce: { Lead: City, Contact: MailingCity }
    rule: fill_empty_only
`)).toEqual([]);
  });

  it('names a vendor field that does not exist, with the nearest live name', () => {
    expect(check('contact', `
  - canonical: title
    hubspot: job_title
    salesforce: Titel
    rule: fill_empty_only
`)).toEqual([
      'mappings/fields/contact.yaml:5: error: contact.title → HubSpot contacts.job_title: no such field, or the integration user cannot see it; did you mean "jobtitle"?',
      'mappings/fields/contact.yaml:6: error: contact.title → Salesforce Lead.Titel: no such field, or the integration user cannot see it; did you mean "Title"?',
      'mappings/fields/contact.yaml:6: error: contact.title → Salesforce Contact.Titel: no such field, or the integration user cannot see it; did you mean "Title"?',
    ]);
  });

  it('matches Salesforce API names in any case, as Salesforce does, and HubSpot names exactly', () => {
    expect(check('contact', `
  - canonical: title
    hubspot: JobTitle
    salesforce: title
    rule: fill_empty_only
`)).toEqual([
      'mappings/fields/contact.yaml:5: error: contact.title → HubSpot contacts.JobTitle: no such field, or the integration user cannot see it; did you mean "jobtitle"?',
    ]);
  });

  it('names the line of the object a per-object Salesforce name is for', () => {
    expect(check('contact', `
  - canonical: city
    hubspot: city
    salesforce:
      Lead: City
      Contact: MailingCty
    rule: fill_empty_only
`)).toEqual([
      'mappings/fields/contact.yaml:8: error: contact.city → Salesforce Contact.MailingCty: no such field, or the integration user cannot see it; did you mean "MailingCity"?',
    ]);
  });

  it('refuses a read-only field on a side the direction writes, and lets the other side be read-only', () => {
    expect(check('contact', `
  - canonical: createdAt
    hubspot: createdate
    salesforce: CreatedDate
    direction: crm_to_marketing
    rule: crm_wins
`)).toEqual([
      'mappings/fields/contact.yaml:5: error: contact.createdAt → HubSpot contacts.createdate: not createable and not updateable for the integration user, but the sync writes it (direction crm_to_marketing)',
    ]);
  });

  it('holds consent fields to both sides, since an opt-out is written whatever the direction', () => {
    expect(check('contact', `
  - canonical: consent.emailOptOut
    hubspot: hs_email_optout
    salesforce: HasOptedOutOfEmail
    direction: marketing_to_crm
    rule: most_restrictive
`)).toEqual([
      'mappings/fields/contact.yaml:5: error: contact.consent.emailOptOut → HubSpot contacts.hs_email_optout: not createable and not updateable for the integration user, but the sync writes it (rule most_restrictive writes an opt-out to both sides)',
    ]);
  });

  it('only needs a never_sync field to exist', () => {
    expect(check('deal', `
  - canonical: createdAt
    hubspot: createdate
    salesforce: CreatedDate
    rule: never_sync
`)).toEqual([]);
  });

  it('reads the CRM from the options: with HubSpot as the CRM, crm_to_marketing writes Salesforce', () => {
    expect(check('contact', `
  - canonical: createdAt
    hubspot: createdate
    salesforce: CreatedDate
    direction: crm_to_marketing
    rule: crm_wins
`, { crm: 'hubspot' })).toEqual([
      'mappings/fields/contact.yaml:6: error: contact.createdAt → Salesforce Lead.CreatedDate: not createable and not updateable for the integration user, but the sync writes it (direction crm_to_marketing)',
      'mappings/fields/contact.yaml:6: error: contact.createdAt → Salesforce Contact.CreatedDate: not createable and not updateable for the integration user, but the sync writes it (direction crm_to_marketing)',
    ]);
  });
});

describe('types', () => {
  it('refuses a date mapped onto a number field', () => {
    expect(check('deal', `
  - canonical: closeDate
    hubspot: amount
    salesforce: CloseDate
    direction: crm_to_marketing
    rule: crm_wins
`)).toEqual([
      'mappings/fields/deal.yaml:5: error: deal.closeDate → HubSpot deals.amount: a date mapped onto a number field (number/number); it needs a date or datetime field',
    ]);
  });

  it('holds each side to the date format its transform declares', () => {
    expect(check('deal', `
  - canonical: createdAt
    hubspot: createdate
    salesforce: CreatedDate
    direction: crm_to_marketing
    rule: crm_wins
    transform: { type: date, hubspot: epoch_ms, salesforce: iso_date }
`).filter((line) => line.includes('Salesforce'))).toEqual([
      'mappings/fields/deal.yaml:6: error: deal.createdAt → Salesforce Opportunity.CreatedDate: iso_date, as the transform declares for this side, mapped onto a datetime field (datetime); it needs a date field',
    ]);
  });

  it('warns of a number kept in a text field: writes succeed, but typed text may not read back', () => {
    expect(check('contact', `
  - canonical: annualRevenue
    hubspot: annualrevenue
    salesforce: { Lead: AnnualRevenue }
    rule: fill_empty_only
`)).toEqual([
      'mappings/fields/contact.yaml:5: warning: contact.annualRevenue → HubSpot contacts.annualrevenue: a number mapped onto a text field (string/text): it is written as text, and what people type there may not read back as one',
    ]);
  });
});
