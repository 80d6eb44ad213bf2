import type {
  CanonicalActivity, CanonicalCompany, CanonicalContact, CanonicalDeal, CanonicalMeeting, CanonicalOwner, CanonicalTask,
} from '../core/canonical/index.ts';

/**
 * Which systems hold a demo record: the CRM (HubSpot or Salesforce, whichever is the source of
 * truth) and/or marketing automation. A person in both is one person the sync must link, not a duplicate.
 */
export type DemoSystem = 'crm' | 'marketing';

export interface DemoPresence {
  presentIn: DemoSystem[];
}

export type DemoContact = CanonicalContact & DemoPresence;
export type DemoCompany = CanonicalCompany & DemoPresence;

/** How an injected duplicate person differs from the original it copies. */
export const CONTACT_VARIATIONS = [
  'email_case', 'email_whitespace', 'email_plus_alias', 'gmail_dots', 'email_removed',
  'name_typo', 'nickname', 'phone_format', 'cross_system', 'lead_and_contact',
] as const;
export type ContactVariation = (typeof CONTACT_VARIATIONS)[number];

/** How an injected duplicate company differs from the original it copies. */
export const COMPANY_VARIATIONS = ['legal_suffix', 'leading_article', 'punctuation', 'letter_case', 'domain_removed'] as const;
export type CompanyVariation = (typeof COMPANY_VARIATIONS)[number];

/** Ground truth for one injected duplicate, so dedup can be scored for precision and recall. */
export type DemoDuplicate =
  | { recordType: 'contact'; duplicateId: string; originalId: string; variations: ContactVariation[] }
  | { recordType: 'company'; duplicateId: string; originalId: string; variations: CompanyVariation[] };

/** The three values that reproduce a data set exactly. */
export interface DemoSpec {
  /** Contacts and leads, duplicates included; everything else scales with it. */
  size: number;
  seed: number;
  /** The fixed "now" every timestamp is relative to (ISO). */
  now: string;
}

/**
 * A whole demo CRM and marketing database. Ids are `source.id`s with `source.system: 'demo'`;
 * every reference (companyId, ownerId, contactIds, dealId…) names a record in this set.
 */
export interface DemoDataSet {
  spec: DemoSpec;
  owners: CanonicalOwner[];
  companies: DemoCompany[];
  /** Contacts and leads (`kind`), originals and injected duplicates. */
  contacts: DemoContact[];
  deals: CanonicalDeal[];
  meetings: CanonicalMeeting[];
  tasks: CanonicalTask[];
  activities: CanonicalActivity[];
  duplicates: DemoDuplicate[];
}

/** One page of the streaming form: the people, the companies they first reference, and their ground truth. */
export interface DemoContactPage {
  companies: DemoCompany[];
  contacts: DemoContact[];
  duplicates: DemoDuplicate[];
}
