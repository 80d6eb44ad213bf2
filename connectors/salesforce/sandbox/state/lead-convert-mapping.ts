// The standard lead field mapping applied when a lead is converted ("Lead Conversion Field Mapping",
// https://help.salesforce.com/s/articleView?id=sales.lead_conversion_mapping.htm). Custom lead fields map
// only where an admin maps them; this org maps none. A target field the org does not have is skipped.
import type { FieldValue } from './field-values.ts';

type Mapping = ReadonlyArray<readonly [leadField: string, targetField: string]>;

export const LEAD_TO_ACCOUNT: Mapping = [
  ['Company', 'Name'],
  ['Street', 'BillingStreet'],
  ['City', 'BillingCity'],
  ['State', 'BillingState'],
  ['PostalCode', 'BillingPostalCode'],
  ['Country', 'BillingCountry'],
  ['Phone', 'Phone'],
  ['Website', 'Website'],
  ['Industry', 'Industry'],
  ['AnnualRevenue', 'AnnualRevenue'],
  ['NumberOfEmployees', 'NumberOfEmployees'],
  ['Rating', 'Rating'],
  ['LeadSource', 'AccountSource'],
];

export const LEAD_TO_CONTACT: Mapping = [
  ['Salutation', 'Salutation'],
  ['FirstName', 'FirstName'],
  ['LastName', 'LastName'],
  ['Title', 'Title'],
  ['Street', 'MailingStreet'],
  ['City', 'MailingCity'],
  ['State', 'MailingState'],
  ['PostalCode', 'MailingPostalCode'],
  ['Country', 'MailingCountry'],
  ['Phone', 'Phone'],
  ['MobilePhone', 'MobilePhone'],
  ['Email', 'Email'],
  ['LeadSource', 'LeadSource'],
  ['Description', 'Description'],
  ['HasOptedOutOfEmail', 'HasOptedOutOfEmail'],
  ['DoNotCall', 'DoNotCall'],
];

export const LEAD_TO_OPPORTUNITY: Mapping = [['LeadSource', 'LeadSource']];

/** "This field isn't updated for leads converted to existing contacts." */
export const NOT_COPIED_TO_EXISTING_CONTACTS: ReadonlySet<string> = new Set(['HasOptedOutOfEmail', 'DoNotCall']);

/** The mapped values of a lead for a target object, limited to fields the target has, blanks left out. */
export function mappedValues(
  lead: Readonly<Record<string, FieldValue>>, mapping: Mapping, targetHas: (field: string) => boolean,
): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [from, to] of mapping) {
    const value = lead[from];
    if (value === undefined || value === null || value === '' || !targetHas(to)) continue;
    out[to] = value;
  }
  return out;
}

/** Values for an existing record: only its empty fields are filled ("existing data aren't overwritten"). */
export function fillBlanks(
  existing: Readonly<Record<string, FieldValue>>, values: Record<string, FieldValue>, skip: ReadonlySet<string> = new Set(),
): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const [field, value] of Object.entries(values)) {
    if (skip.has(field)) continue;
    const current = existing[field];
    if (current === null || current === undefined || current === '') out[field] = value;
  }
  return out;
}

/** The close date of an opportunity made by conversion: the last day of the current (calendar) fiscal quarter. */
export function endOfQuarter(nowMs: number): string {
  const now = new Date(nowMs);
  const lastMonthOfQuarter = Math.floor(now.getUTCMonth() / 3) * 3 + 2;
  return new Date(Date.UTC(now.getUTCFullYear(), lastMonthOfQuarter + 1, 0)).toISOString().slice(0, 10);
}
