// Lead and Contact describe metadata (standard fields; the product's custom fields are in custom-fields.ts).
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contact.htm
import { field, picklist, reference } from './field-def.ts';
import type { FieldDef } from './field-def.ts';
import { masterRecordField, ownerField, sobjectDef, systemFields } from './sobject-def.ts';
import type { SObjectDef } from './sobject-def.ts';
import { INDUSTRIES, LEAD_SOURCES, LEAD_STATUSES, RATINGS, SALUTATIONS } from './picklists.ts';

function nameFields(): FieldDef[] {
  return [
    field('LastName', 'string', { length: 80, required: true }),
    field('FirstName', 'string', { length: 40 }),
    field('Salutation', 'picklist', { picklistValues: picklist(SALUTATIONS) }),
    field('Name', 'string', { label: 'Full Name', length: 121, readOnly: true, nameField: true, nillable: false, defaultedOnCreate: false }),
  ];
}

function addressFields(prefix: string): FieldDef[] {
  return [
    field(`${prefix}Street`, 'textarea', { length: 255 }),
    field(`${prefix}City`, 'string', { length: 40 }),
    field(`${prefix}State`, 'string', { length: 80 }),
    field(`${prefix}PostalCode`, 'string', { length: 20 }),
    field(`${prefix}Country`, 'string', { length: 80 }),
  ];
}

export function leadDef(): SObjectDef {
  return sobjectDef('Lead', { label: 'Lead', labelPlural: 'Leads' }, [
    ...systemFields(),
    masterRecordField('Lead'),
    ...nameFields(),
    field('Title', 'string', { length: 128 }),
    field('Company', 'string', { length: 255, required: true }),
    ...addressFields(''),
    field('Phone', 'phone'),
    field('MobilePhone', 'phone', { label: 'Mobile Phone' }),
    field('Email', 'email'),
    field('Website', 'url'),
    field('Description', 'textarea', { length: 32000 }),
    field('LeadSource', 'picklist', { label: 'Lead Source', picklistValues: picklist(LEAD_SOURCES) }),
    field('Status', 'picklist', {
      nillable: false, defaultedOnCreate: true, defaultValue: LEAD_STATUSES[0], restrictedPicklist: true, picklistValues: picklist(LEAD_STATUSES, LEAD_STATUSES[0]),
    }),
    field('Industry', 'picklist', { picklistValues: picklist(INDUSTRIES) }),
    field('Rating', 'picklist', { picklistValues: picklist(RATINGS) }),
    field('AnnualRevenue', 'currency', { label: 'Annual Revenue', precision: 18, scale: 0 }),
    field('NumberOfEmployees', 'int', { label: 'Employees', digits: 8 }),
    ownerField(['Group', 'User']),
    field('HasOptedOutOfEmail', 'boolean', { label: 'Email Opt Out' }),
    field('DoNotCall', 'boolean', { label: 'Do Not Call' }),
    field('IsConverted', 'boolean', { label: 'Converted', readOnly: true }),
    field('ConvertedDate', 'date', { label: 'Converted Date', readOnly: true }),
    reference('ConvertedAccountId', ['Account'], { label: 'Converted Account ID', readOnly: true }),
    reference('ConvertedContactId', ['Contact'], { label: 'Converted Contact ID', readOnly: true }),
    reference('ConvertedOpportunityId', ['Opportunity'], { label: 'Converted Opportunity ID', readOnly: true }),
    field('IsUnreadByOwner', 'boolean', { label: 'Unread By Owner' }),
    field('LastActivityDate', 'date', { readOnly: true }),
  ], { mergeable: true });
}

export function contactDef(): SObjectDef {
  return sobjectDef('Contact', { label: 'Contact', labelPlural: 'Contacts' }, [
    ...systemFields(),
    masterRecordField('Contact'),
    reference('AccountId', ['Account'], { label: 'Account ID' }),
    ...nameFields(),
    ...addressFields('Mailing'),
    field('Phone', 'phone', { label: 'Business Phone' }),
    field('MobilePhone', 'phone', { label: 'Mobile Phone' }),
    field('Email', 'email'),
    field('Title', 'string', { length: 128 }),
    field('Department', 'string', { length: 80 }),
    field('LeadSource', 'picklist', { label: 'Lead Source', picklistValues: picklist(LEAD_SOURCES) }),
    field('Description', 'textarea', { length: 32000 }),
    ownerField(),
    field('HasOptedOutOfEmail', 'boolean', { label: 'Email Opt Out' }),
    field('DoNotCall', 'boolean', { label: 'Do Not Call' }),
    field('LastActivityDate', 'date', { readOnly: true }),
  ], { mergeable: true });
}
