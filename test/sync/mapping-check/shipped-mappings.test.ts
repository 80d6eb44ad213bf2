import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFieldMappingsOrThrow } from '../../../src/config/mappings/loader.ts';
import { checkMappingsAgainstSchema, formatSchemaProblem } from '../../../src/sync/mapping-check/index.ts';
import { defaultLiveSchema } from './live-fixtures.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('the shipped mappings against a new portal and a new org', () => {
  const problems = checkMappingsAgainstSchema(loadFieldMappingsOrThrow(root), defaultLiveSchema());

  it('fail only where a new org or portal lacks what they are written for', () => {
    expect(problems.filter((p) => p.severity === 'error').map(formatSchemaProblem)).toEqual([
      // Opt-outs reach HubSpot through its communication preferences API, not the property (connectors/hubspot/QUIRKS.md).
      'mappings/fields/contact.yaml:152: error: contact.consent.emailOptOut → HubSpot contacts.hs_email_optout: not createable and not updateable for the integration user, but the sync writes it (rule most_restrictive writes an opt-out to both sides)',
      // A single-currency org has no CurrencyIsoCode, and a new org no custom fields: deal.yaml says to remove these there.
      'mappings/fields/deal.yaml:25: error: deal.currency → Salesforce Opportunity.CurrencyIsoCode: no such field, or the integration user cannot see it',
      'mappings/fields/deal.yaml:69: error: deal.lostReason → Salesforce Opportunity.Loss_Reason__c: no such field, or the integration user cannot see it',
    ]);
  });

  it('warn where values may not survive the trip', () => {
    expect(problems.filter((p) => p.severity === 'warning').map((p) => `${p.kind} ${p.canonical} ${p.side} ${p.vendorObject}.${p.vendorField}`)).toEqual([
      'free_text_to_picklist industry hubspot companies.industry',
      'unmapped_live_value accountType salesforce Account.Type',
      'type_mismatch annualRevenue hubspot contacts.annualrevenue',
      'free_text_to_picklist currency hubspot deals.deal_currency_code',
      'unmapped_live_value dealType salesforce Opportunity.Type',
    ]);
  });
});
