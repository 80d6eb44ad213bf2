// Default translations of the standard Lead Status and Lead Source picklists. Orgs rename and add values;
// the field mappings in mappings/ (a later slice) override these, and an unknown value reads as absent.
import type { LeadSource, LeadStatus } from '../../../src/core/canonical/index.ts';

const STATUS_FROM_SALESFORCE: Readonly<Record<string, LeadStatus>> = {
  'Open - Not Contacted': 'new',
  'Working - Contacted': 'in_progress',
  'Closed - Converted': 'converted',
  'Closed - Not Converted': 'unqualified',
};

const STATUS_TO_SALESFORCE: Readonly<Record<LeadStatus, string | undefined>> = {
  new: 'Open - Not Contacted',
  open: 'Open - Not Contacted',
  attempted_to_contact: 'Working - Contacted',
  connected: 'Working - Contacted',
  in_progress: 'Working - Contacted',
  open_deal: 'Working - Contacted',
  unqualified: 'Closed - Not Converted',
  bad_timing: 'Closed - Not Converted',
  // Only convertLead sets the converted status; writing it would not convert the lead.
  converted: undefined,
};

const SOURCE_FROM_SALESFORCE: Readonly<Record<string, LeadSource>> = {
  Web: 'organic_search',
  'Phone Inquiry': 'offline',
  'Partner Referral': 'partner',
  'Purchased List': 'purchased_list',
  Other: 'other',
};

const SOURCE_TO_SALESFORCE: Readonly<Record<LeadSource, string>> = {
  organic_search: 'Web', paid_search: 'Web', paid_social: 'Web', organic_social: 'Web', email_marketing: 'Web',
  direct_traffic: 'Web', webinar: 'Web', content_download: 'Web',
  referral: 'Partner Referral', partner: 'Partner Referral',
  purchased_list: 'Purchased List',
  offline: 'Phone Inquiry',
  event: 'Other', outbound: 'Other', other: 'Other',
};

export const leadStatusFromSalesforce = (value: string | null | undefined): LeadStatus | undefined =>
  value ? STATUS_FROM_SALESFORCE[value] : undefined;

export const leadStatusToSalesforce = (status: LeadStatus | undefined): string | undefined =>
  status ? STATUS_TO_SALESFORCE[status] : undefined;

/** The channel, and the org's own value as the detail when it is not one of the standard five. */
export function leadSourceFromSalesforce(value: string | null | undefined): { leadSource?: LeadSource; leadSourceDetail?: string } {
  if (!value) return {};
  const known = SOURCE_FROM_SALESFORCE[value];
  return known ? { leadSource: known } : { leadSource: 'other', leadSourceDetail: value };
}

/** Lead Source is an unrestricted picklist: an org-specific value kept in the detail goes back as it was. */
export function leadSourceToSalesforce(source: LeadSource | undefined, detail: string | undefined): string | undefined {
  if (!source) return undefined;
  return source === 'other' && detail ? detail : SOURCE_TO_SALESFORCE[source];
}
