// Field values for demo records as a Salesforce org would hold them: canonical enums mapped onto
// Salesforce's default picklists, names and companies filled as Salesforce requires them.
import type { DemoCompany, DemoContact } from '../../../src/demo/dataset.ts';
import type { CanonicalMeeting, CanonicalOwner, CanonicalTask } from '../../../src/core/canonical/index.ts';
import { INDUSTRIES } from './state/picklists.ts';
import { STANDARD_USER_PROFILE_ID, SYSTEM_ADMINISTRATOR_PROFILE_ID } from './state/index.ts';

type Values = Record<string, string | number | boolean | null | undefined>;
/** A demo id → the Salesforce id it was loaded as (undefined when not loaded). */
export type IdOf = (demoId: string | undefined) => string | undefined;

/** What Salesforce's web-to-lead writes for a required name or company nobody gave. */
const NOT_PROVIDED = '[not provided]';

const ACCOUNT_TYPES: Record<string, string> = {
  prospect: 'Prospect', customer: 'Customer - Direct', partner: 'Technology Partner', reseller: 'Channel Partner / Reseller',
  vendor: 'Other', competitor: 'Other', other: 'Other',
};
const LEAD_STATUSES: Record<string, string> = {
  new: 'Open - Not Contacted', open: 'Open - Not Contacted', attempted_to_contact: 'Working - Contacted', connected: 'Working - Contacted',
  in_progress: 'Working - Contacted', open_deal: 'Working - Contacted', unqualified: 'Closed - Not Converted',
  bad_timing: 'Closed - Not Converted', converted: 'Closed - Converted',
};
const LEAD_SOURCES: Record<string, string> = {
  organic_search: 'Web', paid_search: 'Web', paid_social: 'Web', organic_social: 'Web', email_marketing: 'Web', direct_traffic: 'Web',
  content_download: 'Web', webinar: 'Web', event: 'Other', referral: 'Partner Referral', partner: 'Partner Referral',
  outbound: 'Phone Inquiry', purchased_list: 'Purchased List', offline: 'Other', other: 'Other',
};
/** The demo's (LinkedIn-style) industries onto Salesforce's Industry picklist. */
const INDUSTRY_NAMES: Record<string, (typeof INDUSTRIES)[number]> = {
  'Computer Software': 'Technology', 'Information Technology and Services': 'Technology', Internet: 'Technology',
  'Financial Services': 'Finance', 'Hospital & Health Care': 'Healthcare', Biotechnology: 'Biotechnology',
  'Logistics and Supply Chain': 'Transportation', 'Industrial Automation': 'Manufacturing', Retail: 'Retail',
  'Marketing and Advertising': 'Media', 'Management Consulting': 'Consulting', 'Renewables & Environment': 'Energy',
  'E-Learning': 'Education', 'Online Media': 'Media', 'Computer & Network Security': 'Technology', 'Real Estate': 'Other',
  'Food & Beverages': 'Food & Beverage', Telecommunications: 'Telecommunications',
};
const TASK_STATUSES: Record<string, string> = {
  not_started: 'Not Started', in_progress: 'In Progress', waiting: 'Waiting on someone else', completed: 'Completed', deferred: 'Deferred',
};
const TASK_SUBTYPES: Record<string, string> = { call: 'Call', email: 'Email', linkedin: 'LinkedIn', todo: 'Task' };
const PRIORITIES: Record<string, string> = { low: 'Low', normal: 'Normal', high: 'High' };
const USER_TIME_ZONES = new Set([
  'America/Los_Angeles', 'America/Denver', 'America/Vancouver', 'America/Chicago', 'America/New_York', 'America/Toronto',
  'Europe/London', 'Europe/Amsterdam', 'Europe/Berlin', 'Europe/Paris', 'Asia/Singapore', 'Asia/Tokyo', 'Australia/Sydney',
]);

function industry(name: string | undefined): string | undefined {
  if (!name) return undefined;
  return INDUSTRY_NAMES[name] ?? ((INDUSTRIES as readonly string[]).includes(name) ? name : 'Other');
}

function clip(text: string | undefined, max: number): string | undefined {
  return text === undefined ? undefined : text.slice(0, max);
}

export function userValues(owner: CanonicalOwner): Values {
  const lastName = owner.lastName ?? owner.email.split('@')[0] ?? 'User';
  return {
    Username: owner.email, Email: owner.email, FirstName: owner.firstName, LastName: lastName,
    Alias: ((owner.firstName ?? '').slice(0, 1) + lastName).toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 8) || 'user',
    IsActive: owner.active, Title: owner.role === 'ae' ? 'Account Executive' : owner.role === 'sdr' ? 'Sales Development Rep'
      : owner.role === 'csm' ? 'Customer Success Manager' : owner.role === 'manager' ? 'Sales Manager' : owner.role === 'admin' ? 'RevOps Admin' : undefined,
    Department: owner.team, TimeZoneSidKey: owner.timeZone && USER_TIME_ZONES.has(owner.timeZone) ? owner.timeZone : 'GMT',
    LocaleSidKey: 'en_US', EmailEncodingKey: 'UTF-8', LanguageLocaleKey: 'en_US',
    ProfileId: owner.role === 'admin' ? SYSTEM_ADMINISTRATOR_PROFILE_ID : STANDARD_USER_PROFILE_ID,
  };
}

export function accountValues(company: DemoCompany, ownerOf: IdOf): Values {
  return {
    Name: clip(company.name, 255), Website: company.website ?? (company.domain ? `https://${company.domain}` : undefined),
    Industry: industry(company.industry), NumberOfEmployees: company.employeeCount, AnnualRevenue: company.annualRevenue,
    Phone: company.phone, BillingCity: clip(company.city, 40), BillingState: clip(company.state, 80), BillingPostalCode: clip(company.postalCode, 20),
    BillingCountry: clip(company.country, 80), Type: company.accountType ? ACCOUNT_TYPES[company.accountType] : undefined,
    OwnerId: ownerOf(company.ownerId),
  };
}

/** What Leads and Contacts share: names, email, phones, title, source, owner and the product's scores. */
function personValues(person: DemoContact, ownerOf: IdOf): Values {
  return {
    FirstName: clip(person.firstName, 40), LastName: clip(person.lastName, 80) ?? NOT_PROVIDED, Email: person.email,
    Phone: person.phone, MobilePhone: person.mobilePhone, Title: clip(person.title, 128),
    LeadSource: person.leadSource ? LEAD_SOURCES[person.leadSource] : undefined, OwnerId: ownerOf(person.ownerId),
    HasOptedOutOfEmail: person.consent.emailOptOut, Fit_Score__c: person.scores.fit, Engagement_Score__c: person.scores.engagement,
    Lead_Score__c: person.scores.combined, MQL__c: person.scores.isMql,
  };
}

export function leadValues(person: DemoContact, companyName: string | undefined, ownerOf: IdOf): Values {
  return {
    ...personValues(person, ownerOf), Company: clip(person.companyName ?? companyName, 255) ?? NOT_PROVIDED,
    Website: person.companyDomain ? `https://${person.companyDomain}` : undefined, Industry: industry(person.industry),
    NumberOfEmployees: person.employeeCount, AnnualRevenue: person.annualRevenue, City: clip(person.city, 40), State: clip(person.state, 80),
    PostalCode: clip(person.postalCode, 20), Country: clip(person.country, 80),
    Status: person.leadStatus ? LEAD_STATUSES[person.leadStatus] : undefined,
  };
}

export function contactValues(person: DemoContact, accountId: string | undefined, ownerOf: IdOf): Values {
  return {
    ...personValues(person, ownerOf), AccountId: accountId, Department: person.department?.replace(/_/g, ' '),
    MailingCity: clip(person.city, 40), MailingState: clip(person.state, 80), MailingPostalCode: clip(person.postalCode, 20),
    MailingCountry: clip(person.country, 80),
  };
}

export function taskValues(task: CanonicalTask, who: string | undefined, what: string | undefined, ownerOf: IdOf): Values {
  return {
    Subject: clip(task.subject, 255), Description: task.body, Status: TASK_STATUSES[task.status], Priority: PRIORITIES[task.priority],
    TaskSubtype: TASK_SUBTYPES[task.type], ActivityDate: task.dueAt?.slice(0, 10), CompletedDateTime: task.completedAt,
    WhoId: who, WhatId: what, OwnerId: ownerOf(task.ownerId),
  };
}

export function eventValues(meeting: CanonicalMeeting, who: string | undefined, what: string | undefined, ownerOf: IdOf): Values {
  return {
    Subject: clip(meeting.eventType, 255), StartDateTime: meeting.startsAt, EndDateTime: meeting.endsAt, Type: 'Meeting',
    Location: clip(meeting.joinUrl, 255), WhoId: who, WhatId: what, OwnerId: ownerOf(meeting.hostOwnerId),
  };
}

/** Leaves out undefined values (the store treats a given null as "clear the field"). */
export function defined(values: Values): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined) out[k] = v;
  return out;
}
