// Opportunity rows and the rows that explain them (OpportunityHistory, OpportunityStage, OpportunityContactRole)
// as SOQL answers them, parsed once at the edge.
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunity.htm
// https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_opportunitystage.htm
import { z } from 'zod';
import { SalesforceDateTime } from './person.ts';

const Id = z.string().regex(/^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/, 'expected a Salesforce id');
const SalesforceDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date');
const text = z.string().nullable().optional();
const attributes = z.object({ type: z.string(), url: z.string().optional() }).optional();

export const OpportunityWire = z.object({
  attributes,
  Id,
  Name: z.string(),
  StageName: z.string(),
  Amount: z.number().nullable().optional(),
  CloseDate: SalesforceDate.nullable().optional(),
  Type: text,
  LeadSource: text,
  IsClosed: z.boolean().optional(),
  IsWon: z.boolean().optional(),
  AccountId: Id.nullable().optional(),
  OwnerId: Id.nullable().optional(),
  CreatedDate: SalesforceDateTime,
  LastModifiedDate: SalesforceDateTime,
  SystemModstamp: SalesforceDateTime,
});
export type OpportunityWire = z.infer<typeof OpportunityWire>;

export const OPPORTUNITY_FIELDS = [
  'Id', 'Name', 'StageName', 'Amount', 'CloseDate', 'Type', 'LeadSource', 'IsClosed', 'IsWon', 'AccountId', 'OwnerId',
  'CreatedDate', 'LastModifiedDate', 'SystemModstamp',
] as const;

/** One row the org wrote when the opportunity was created or its stage, amount or close date changed. */
export const OpportunityHistoryWire = z.object({
  attributes,
  Id,
  OpportunityId: Id,
  StageName: z.string(),
  CloseDate: SalesforceDate.nullable().optional(),
  CreatedDate: SalesforceDateTime,
});
export type OpportunityHistoryWire = z.infer<typeof OpportunityHistoryWire>;
export const OPPORTUNITY_HISTORY_FIELDS = ['Id', 'OpportunityId', 'StageName', 'CloseDate', 'CreatedDate'] as const;

/** One stage of the org's StageName picklist with what it implies (Setup → Opportunity Stages). */
export const OpportunityStageWire = z.object({
  attributes,
  ApiName: z.string(),
  MasterLabel: z.string(),
  IsActive: z.boolean(),
  IsClosed: z.boolean(),
  IsWon: z.boolean(),
  DefaultProbability: z.number().nullable().optional(),
  SortOrder: z.number().nullable().optional(),
});
export type OpportunityStageWire = z.infer<typeof OpportunityStageWire>;
export const OPPORTUNITY_STAGE_FIELDS = ['ApiName', 'MasterLabel', 'IsActive', 'IsClosed', 'IsWon', 'DefaultProbability', 'SortOrder'] as const;

/** A contact's role on an opportunity: the deal–contact link. */
export const ContactRoleWire = z.object({ attributes, Id, OpportunityId: Id, ContactId: Id });
export type ContactRoleWire = z.infer<typeof ContactRoleWire>;
