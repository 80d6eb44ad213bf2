// The custom fields the product needs. In sandbox mode they are seeded; against a real org, admins deploy
// them from the product's metadata package, and the app checks for them with describe.
import { field } from './field-def.ts';
import type { FieldDef } from './field-def.ts';
import type { KeyPrefixObject } from '../ids.ts';

function personFields(): FieldDef[] {
  return [
    field('RevOps_Id__c', 'string', { label: 'RevOps ID', length: 64, externalId: true, unique: true }),
    field('HubSpot_Contact_Id__c', 'string', { label: 'HubSpot Contact ID', length: 32, externalId: true }),
    field('Fit_Score__c', 'double', { label: 'Fit Score', precision: 3, scale: 0 }),
    field('Engagement_Score__c', 'double', { label: 'Engagement Score', precision: 3, scale: 0 }),
    field('Lead_Score__c', 'double', { label: 'Lead Score', precision: 3, scale: 0 }),
    field('MQL__c', 'boolean', { label: 'MQL' }),
  ];
}

/** The product's custom fields, by object. */
export function productCustomFields(): Partial<Record<KeyPrefixObject, FieldDef[]>> {
  return {
    Lead: personFields(),
    Contact: personFields(),
    Account: [
      field('RevOps_Id__c', 'string', { label: 'RevOps ID', length: 64, externalId: true, unique: true }),
      field('HubSpot_Company_Id__c', 'string', { label: 'HubSpot Company ID', length: 32, externalId: true }),
    ],
    Opportunity: [
      field('RevOps_Id__c', 'string', { label: 'RevOps ID', length: 64, externalId: true, unique: true }),
      field('HubSpot_Deal_Id__c', 'string', { label: 'HubSpot Deal ID', length: 32, externalId: true }),
    ],
  };
}
