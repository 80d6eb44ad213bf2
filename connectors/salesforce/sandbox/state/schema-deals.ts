// Account, Opportunity, OpportunityHistory, OpportunityContactRole and OpportunityStage describe metadata (standard fields).
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_account.htm
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunity.htm
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunityhistory.htm
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunitycontactrole.htm
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunitystage.htm
import { field, picklist, reference } from './field-def.ts';
import { masterRecordField, ownerField, sobjectDef, systemFields } from './sobject-def.ts';
import type { SObjectDef } from './sobject-def.ts';
import {
  ACCOUNT_TYPES, CONTACT_ROLES, FORECAST_CATEGORIES, FORECAST_CATEGORY_NAMES, INDUSTRIES, LEAD_SOURCES, OPPORTUNITY_STAGES, OPPORTUNITY_TYPES,
} from './picklists.ts';

const STAGE_VALUES = OPPORTUNITY_STAGES.map((s) => s.value);

export function accountDef(): SObjectDef {
  return sobjectDef('Account', { label: 'Account', labelPlural: 'Accounts' }, [
    ...systemFields(),
    masterRecordField('Account'),
    field('Name', 'string', { label: 'Account Name', length: 255, required: true, nameField: true }),
    field('AccountNumber', 'string', { label: 'Account Number', length: 40 }),
    field('Type', 'picklist', { label: 'Account Type', picklistValues: picklist(ACCOUNT_TYPES) }),
    reference('ParentId', ['Account'], { label: 'Parent Account ID' }),
    field('BillingStreet', 'textarea', { length: 255 }),
    field('BillingCity', 'string', { length: 40 }),
    field('BillingState', 'string', { length: 80 }),
    field('BillingPostalCode', 'string', { length: 20 }),
    field('BillingCountry', 'string', { length: 80 }),
    field('Phone', 'phone', { label: 'Account Phone' }),
    field('Website', 'url'),
    field('Industry', 'picklist', { picklistValues: picklist(INDUSTRIES) }),
    field('AnnualRevenue', 'currency', { label: 'Annual Revenue', precision: 18, scale: 0 }),
    field('NumberOfEmployees', 'int', { label: 'Employees', digits: 8 }),
    field('Description', 'textarea', { label: 'Account Description', length: 32000 }),
    ownerField(),
    field('LastActivityDate', 'date', { readOnly: true }),
  ], { mergeable: true });
}

export function opportunityDef(): SObjectDef {
  return sobjectDef('Opportunity', { label: 'Opportunity', labelPlural: 'Opportunities' }, [
    ...systemFields(),
    reference('AccountId', ['Account'], { label: 'Account ID' }),
    field('IsPrivate', 'boolean', { label: 'Private' }),
    field('Name', 'string', { label: 'Name', length: 120, required: true, nameField: true }),
    field('Description', 'textarea', { length: 32000 }),
    field('StageName', 'picklist', { label: 'Stage', required: true, restrictedPicklist: true, picklistValues: picklist(STAGE_VALUES) }),
    field('Amount', 'currency', { precision: 18, scale: 2 }),
    field('Probability', 'percent', { label: 'Probability (%)', precision: 3, scale: 0, defaultedOnCreate: true }),
    field('ExpectedRevenue', 'currency', { label: 'Expected Amount', readOnly: true, calculated: true }),
    field('CloseDate', 'date', { label: 'Close Date', required: true }),
    field('Type', 'picklist', { label: 'Opportunity Type', picklistValues: picklist(OPPORTUNITY_TYPES) }),
    field('NextStep', 'string', { label: 'Next Step', length: 255 }),
    field('LeadSource', 'picklist', { label: 'Lead Source', picklistValues: picklist(LEAD_SOURCES) }),
    field('IsClosed', 'boolean', { label: 'Closed', readOnly: true }),
    field('IsWon', 'boolean', { label: 'Won', readOnly: true }),
    field('ForecastCategory', 'picklist', {
      label: 'Forecast Category', readOnly: true, nillable: false, defaultedOnCreate: true, picklistValues: picklist(FORECAST_CATEGORIES),
    }),
    field('ForecastCategoryName', 'picklist', {
      label: 'Forecast Category', defaultedOnCreate: true, restrictedPicklist: true, picklistValues: picklist(FORECAST_CATEGORY_NAMES),
    }),
    ownerField(),
    field('LastActivityDate', 'date', { readOnly: true }),
  ]);
}

/** Written by the org when an opportunity's stage, amount, probability or close date changes; read-only over the API. */
export function opportunityHistoryDef(): SObjectDef {
  return sobjectDef('OpportunityHistory', { label: 'Opportunity History', labelPlural: 'Opportunity History' }, [
    field('Id', 'id', { label: 'Opportunity History ID' }),
    reference('OpportunityId', ['Opportunity'], { label: 'Opportunity ID', readOnly: true, nillable: false }),
    reference('CreatedById', ['User'], { label: 'Created By ID', readOnly: true, nillable: false }),
    field('CreatedDate', 'datetime', { readOnly: true, nillable: false }),
    field('StageName', 'picklist', { label: 'Stage', readOnly: true, nillable: false, picklistValues: picklist(STAGE_VALUES) }),
    field('Amount', 'currency', { readOnly: true }),
    field('ExpectedRevenue', 'currency', { label: 'Expected Revenue', readOnly: true }),
    field('CloseDate', 'date', { label: 'Close Date', readOnly: true }),
    field('Probability', 'percent', { label: 'Probability (%)', readOnly: true, precision: 3, scale: 0 }),
    field('ForecastCategory', 'picklist', { label: 'Forecast Category', readOnly: true, picklistValues: picklist(FORECAST_CATEGORIES) }),
    field('PrevAmount', 'currency', { label: 'Previous Amount', readOnly: true }),
    field('PrevCloseDate', 'date', { label: 'Previous Close Date', readOnly: true }),
    field('SystemModstamp', 'datetime', { label: 'System Modstamp', readOnly: true, nillable: false }),
    field('IsDeleted', 'boolean', { label: 'Deleted', readOnly: true }),
  ], { createable: false, updateable: false, deletable: false, undeletable: false });
}

/** A contact's role on an opportunity: how deals name their people. Its opportunity is set on create only. */
export function opportunityContactRoleDef(): SObjectDef {
  return sobjectDef('OpportunityContactRole', { label: 'Opportunity Contact Role', labelPlural: 'Opportunity Contact Role' }, [
    ...systemFields(),
    reference('OpportunityId', ['Opportunity'], { label: 'Opportunity ID', required: true, updateable: false }),
    reference('ContactId', ['Contact'], { label: 'Contact ID', required: true }),
    field('Role', 'picklist', { picklistValues: picklist(CONTACT_ROLES) }),
    field('IsPrimary', 'boolean', { label: 'Primary' }),
  ]);
}

/** The org's opportunity stages (Setup → Opportunity Stages): read-only over the API, one row per StageName value. */
export function opportunityStageDef(): SObjectDef {
  return sobjectDef('OpportunityStage', { label: 'Opportunity Stage', labelPlural: 'Opportunity Stage' }, [
    ...systemFields({ recycleBin: false }),
    field('ApiName', 'string', { label: 'Api Name', readOnly: true }),
    field('MasterLabel', 'string', { label: 'Master Label', readOnly: true }),
    field('IsActive', 'boolean', { label: 'Active', readOnly: true }),
    field('IsClosed', 'boolean', { label: 'Closed', readOnly: true }),
    field('IsWon', 'boolean', { label: 'Won', readOnly: true }),
    field('DefaultProbability', 'percent', { label: 'Default Probability', readOnly: true, precision: 3, scale: 0 }),
    field('ForecastCategory', 'picklist', { label: 'Forecast Category', readOnly: true, picklistValues: picklist(FORECAST_CATEGORIES) }),
    field('ForecastCategoryName', 'picklist', { label: 'Forecast Category Name', readOnly: true, picklistValues: picklist(FORECAST_CATEGORY_NAMES) }),
    field('SortOrder', 'int', { label: 'Sort Order', readOnly: true }),
    field('Description', 'string', { readOnly: true }),
  ], { createable: false, updateable: false, deletable: false, undeletable: false });
}
