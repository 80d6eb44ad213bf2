// Account rows as SOQL answers them: standard fields only, parsed once at the edge.
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_account.htm
import { z } from 'zod';
import { SalesforceDateTime } from './person.ts';

const Id = z.string().regex(/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/, 'expected a Salesforce id');
const text = z.string().nullable().optional();
const number = z.number().nullable().optional();

export const AccountWire = z.object({
  attributes: z.object({ type: z.string(), url: z.string().optional() }).optional(),
  Id,
  Name: z.string(),
  Website: text,
  Industry: text,
  NumberOfEmployees: number,
  AnnualRevenue: number,
  Phone: text,
  BillingCity: text,
  BillingState: text,
  BillingPostalCode: text,
  BillingCountry: text,
  Type: text,
  ParentId: Id.nullable().optional(),
  OwnerId: Id.nullable().optional(),
  CreatedDate: SalesforceDateTime,
  LastModifiedDate: SalesforceDateTime,
  SystemModstamp: SalesforceDateTime,
});
export type AccountWire = z.infer<typeof AccountWire>;

/** The fields the feed and the reader select, in SOQL order. */
export const ACCOUNT_FIELDS = [
  'Id', 'Name', 'Website', 'Industry', 'NumberOfEmployees', 'AnnualRevenue', 'Phone', 'BillingCity', 'BillingState', 'BillingPostalCode',
  'BillingCountry', 'Type', 'ParentId', 'OwnerId', 'CreatedDate', 'LastModifiedDate', 'SystemModstamp',
] as const;
