// Lead and Contact rows as SOQL answers them: standard fields only, parsed once at the edge.
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_contact.htm
import { z } from 'zod';

/** `2024-01-15T10:30:00.000+0000`: Salesforce writes the offset without a colon. */
export const SalesforceDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})$/, 'expected a Salesforce datetime');
const SalesforceDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date');
const Id = z.string().regex(/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/, 'expected a Salesforce id');
const text = z.string().nullable().optional();

const personFields = {
  attributes: z.object({ type: z.string(), url: z.string().optional() }).optional(),
  Id,
  FirstName: text,
  LastName: z.string().nullable(),
  Email: text,
  Phone: text,
  MobilePhone: text,
  Title: text,
  LeadSource: text,
  OwnerId: Id.nullable().optional(),
  HasOptedOutOfEmail: z.boolean().optional(),
  // Standard on both objects; optional so an org whose profile hides it can leave it out (omitFields).
  DoNotCall: z.boolean().optional(),
  CreatedDate: SalesforceDateTime,
  LastModifiedDate: SalesforceDateTime,
  SystemModstamp: SalesforceDateTime,
};

export const LeadWire = z.object({
  ...personFields,
  Company: text,
  Status: text,
  IsConverted: z.boolean().optional(),
  ConvertedContactId: Id.nullable().optional(),
  ConvertedAccountId: Id.nullable().optional(),
  ConvertedDate: SalesforceDate.nullable().optional(),
});
export type LeadWire = z.infer<typeof LeadWire>;

export const ContactWire = z.object({ ...personFields, AccountId: Id.nullable().optional() });
export type ContactWire = z.infer<typeof ContactWire>;

/** The fields the feed selects, in SOQL order; DoNotCall can be left out for orgs (and the sandbox) without it. */
export const LEAD_FIELDS = [
  'Id', 'FirstName', 'LastName', 'Email', 'Phone', 'MobilePhone', 'Title', 'Company', 'LeadSource', 'Status', 'OwnerId', 'HasOptedOutOfEmail', 'DoNotCall',
  'IsConverted', 'ConvertedContactId', 'ConvertedAccountId', 'ConvertedDate', 'CreatedDate', 'LastModifiedDate', 'SystemModstamp',
] as const;
export const CONTACT_FIELDS = [
  'Id', 'FirstName', 'LastName', 'Email', 'Phone', 'MobilePhone', 'Title', 'AccountId', 'LeadSource', 'OwnerId', 'HasOptedOutOfEmail', 'DoNotCall',
  'CreatedDate', 'LastModifiedDate', 'SystemModstamp',
] as const;
