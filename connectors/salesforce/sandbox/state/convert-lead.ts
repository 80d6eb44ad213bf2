// Lead conversion: a qualified lead becomes an Account, a Contact and (optionally) an Opportunity, or is
// attached to an existing account and contact, whose empty fields only are filled. The lead is marked
// converted with the new ids and can be neither converted again nor updated. One transaction per lead.
// https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_convertlead.htm
import type { SalesforceSandboxState } from './index.ts';
import type { FieldValue } from './field-values.ts';
import { sfDate } from './field-values.ts';
import type { SObjectRecord } from './record-table.ts';
import { SObjectWriteError } from './write-errors.ts';
import type { SObjectErrorItem } from './write-errors.ts';
import {
  endOfQuarter, fillBlanks, LEAD_TO_ACCOUNT, LEAD_TO_CONTACT, LEAD_TO_OPPORTUNITY, mappedValues, NOT_COPIED_TO_EXISTING_CONTACTS,
} from './lead-convert-mapping.ts';

/** Lead Status values flagged "Converted" (Setup → Lead Status). The out-of-box org has one. */
export const CONVERTED_LEAD_STATUSES: readonly string[] = ['Closed - Converted'];
/** Leads one convertLead call may carry. */
export const MAX_LEAD_CONVERTS = 100;

export interface LeadConvertInput {
  leadId: string;
  convertedStatus: string | undefined;
  accountId?: string;
  contactId?: string;
  opportunityId?: string;
  doNotCreateOpportunity: boolean;
  opportunityName?: string;
  overwriteLeadSource: boolean;
  ownerId?: string;
  /** Accepted; the sandbox sends no email. */
  sendNotificationEmail: boolean;
}

export interface LeadConvertOutcome {
  leadId: string | null;
  accountId: string | null;
  contactId: string | null;
  opportunityId: string | null;
  success: boolean;
  errors: SObjectErrorItem[];
}

interface Targets {
  lead: SObjectRecord;
  account?: SObjectRecord;
  contact?: SObjectRecord;
  opportunity?: SObjectRecord;
}

export function convertLead(state: SalesforceSandboxState, input: LeadConvertInput, actingUserId: string, now: number): LeadConvertOutcome {
  const targets = resolveTargets(state, input);
  if ('errors' in targets) return failed(state.records.get(input.leadId)?.Id ?? input.leadId, targets.errors);
  const { records } = state;
  const { lead } = targets;
  const owner = input.ownerId ?? (String(lead.fields.OwnerId ?? '').startsWith('005') ? String(lead.fields.OwnerId) : actingUserId);
  const has = (sobject: string) => (field: string) => state.schema.field(sobject, field) !== undefined;
  records.begin();
  try {
    const accountValues = mappedValues(lead.fields, LEAD_TO_ACCOUNT, has('Account'));
    const account = targets.account
      ? writeBlanks(state, targets.account, fillBlanks(targets.account.fields, accountValues), actingUserId)
      : records.insert('Account', { ...accountValues, OwnerId: owner }, actingUserId);
    const contactValues = mappedValues(lead.fields, LEAD_TO_CONTACT, has('Contact'));
    const contact = targets.contact
      ? writeBlanks(state, targets.contact, {
        ...fillBlanks(targets.contact.fields, contactValues, NOT_COPIED_TO_EXISTING_CONTACTS),
        ...(input.overwriteLeadSource && lead.fields.LeadSource != null ? { LeadSource: lead.fields.LeadSource } : {}),
      }, actingUserId, lead.Id)
      // The contact the lead becomes is no duplicate of the lead itself.
      : records.insert('Contact', { ...contactValues, AccountId: account.Id, OwnerId: owner }, actingUserId, { duplicateOf: lead.Id });
    const opportunity = targets.opportunity
      ?? (input.doNotCreateOpportunity ? undefined : records.insert('Opportunity', {
        ...mappedValues(lead.fields, LEAD_TO_OPPORTUNITY, has('Opportunity')),
        Name: (input.opportunityName || String(lead.fields.Company ?? '')).slice(0, 120),
        AccountId: account.Id, StageName: defaultStage(state), CloseDate: endOfQuarter(now), OwnerId: owner,
      }, actingUserId));
    moveActivities(state, lead, contact.Id, opportunity?.Id ?? account.Id, actingUserId);
    records.update(lead.Id, {
      IsConverted: true, ConvertedDate: sfDate(now), Status: input.convertedStatus ?? null,
      ConvertedAccountId: account.Id, ConvertedContactId: contact.Id, ConvertedOpportunityId: opportunity?.Id ?? null,
    }, actingUserId, { system: true });
    records.commit();
    return { leadId: lead.Id, accountId: account.Id, contactId: contact.Id, opportunityId: opportunity?.Id ?? null, success: true, errors: [] };
  } catch (err) {
    records.rollback();
    if (err instanceof SObjectWriteError) return failed(lead.Id, err.errors);
    throw err;
  }
}

function resolveTargets(state: SalesforceSandboxState, input: LeadConvertInput): Targets | { errors: SObjectErrorItem[] } {
  const lead = live(state, input.leadId, 'Lead', 'leadId');
  if ('errorCode' in lead) return { errors: [lead] };
  if (lead.fields.IsConverted === true) return { errors: [item('CANNOT_UPDATE_CONVERTED_LEAD', 'cannot reference converted lead')] };
  const status = input.convertedStatus;
  const statusField = state.schema.field('Lead', 'Status');
  if (!status || !CONVERTED_LEAD_STATUSES.includes(status) || !statusField?.picklistValues.some((p) => p.active && p.value === status)) {
    return { errors: [item('INVALID_STATUS', `invalid convertedStatus: ${status ?? ''}`, ['convertedStatus'])] };
  }
  const targets: Targets = { lead };
  if (input.accountId) {
    const account = live(state, input.accountId, 'Account', 'accountId');
    if ('errorCode' in account) return { errors: [account] };
    targets.account = account;
  }
  if (input.contactId) {
    const contact = live(state, input.contactId, 'Contact', 'contactId');
    if ('errorCode' in contact) return { errors: [contact] };
    if (!targets.account || contact.fields.AccountId !== targets.account.Id) {
      return { errors: [item('INVALID_CROSS_REFERENCE_KEY', 'The contact must belong to the account given in accountId', ['contactId'])] };
    }
    targets.contact = contact;
  }
  if (input.opportunityId) {
    const opportunity = live(state, input.opportunityId, 'Opportunity', 'opportunityId');
    if ('errorCode' in opportunity) return { errors: [opportunity] };
    if (input.doNotCreateOpportunity || !targets.account || opportunity.fields.AccountId !== targets.account.Id) {
      return { errors: [item('INVALID_CROSS_REFERENCE_KEY', 'The opportunity must belong to the account given in accountId', ['opportunityId'])] };
    }
    targets.opportunity = opportunity;
  }
  return targets;
}

function live(state: SalesforceSandboxState, id: string, sobject: string, argument: string): SObjectRecord | SObjectErrorItem {
  const record = state.records.get(id, { includeDeleted: true });
  if (!record || record.sobject !== sobject) return item('INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id: ${id}`, [argument]);
  if (record.deletedDate !== undefined) return item('ENTITY_IS_DELETED', 'entity is deleted', [argument]);
  return record;
}

function writeBlanks(
  state: SalesforceSandboxState, record: SObjectRecord, values: Record<string, FieldValue>, actingUserId: string, leadId?: string,
): SObjectRecord {
  return Object.keys(values).length === 0 ? record : state.records.update(record.Id, values, actingUserId, { duplicateOf: leadId });
}

// The lead's tasks and events move to the contact, related to the new opportunity (or the account).
function moveActivities(state: SalesforceSandboxState, lead: SObjectRecord, contactId: string, whatId: string, actingUserId: string): void {
  for (const sobject of ['Task', 'Event']) {
    if (!state.schema.resolve(sobject)) continue;
    for (const activity of state.records.findByField(sobject, 'WhoId', lead.Id)) {
      const values: Record<string, FieldValue> = { WhoId: contactId };
      if (activity.fields.WhatId == null) values.WhatId = whatId;
      state.records.update(activity.Id, values, actingUserId, { system: true });
    }
  }
}

function defaultStage(state: SalesforceSandboxState): string | null {
  const values = state.schema.field('Opportunity', 'StageName')?.picklistValues.filter((p) => p.active) ?? [];
  return (values.find((p) => p.defaultValue) ?? values[0])?.value ?? null;
}

function failed(leadId: string, errors: SObjectErrorItem[]): LeadConvertOutcome {
  return { leadId, accountId: null, contactId: null, opportunityId: null, success: false, errors };
}

function item(errorCode: string, message: string, fields: string[] = []): SObjectErrorItem {
  return { errorCode, message, fields };
}
