// Links between records of one system, in the project's own words: which contact works at which company,
// which company a deal is with, who is on a deal. HubSpot keeps them as v4 associations, Salesforce as
// lookups (Contact.AccountId, Opportunity.AccountId) and OpportunityContactRole rows.
import type { FailureKind } from './failure.ts';

export const ASSOCIATION_KINDS = ['contact_company', 'deal_company', 'deal_contact'] as const;
export type AssociationKind = (typeof ASSOCIATION_KINDS)[number];

/**
 * One link: `fromId` is the record the kind names first (the contact of contact_company, the deal of
 * deal_company and deal_contact), `toId` the second. Both are ids in the connector's own system.
 */
export interface AssociationPair {
  fromId: string;
  toId: string;
}

export interface AssociationRead {
  pairs: AssociationPair[];
  /** API calls the read took, retries included. */
  calls: number;
}

export interface AssociationOutcome {
  /** Pairs now linked (or, for unlink, no longer linked), those that already were included. */
  done: AssociationPair[];
  rejected: Array<{ pair: AssociationPair; kind: FailureKind; vendorMessage: string }>;
  calls: number;
}

export interface AssociationReader {
  /** The most ids one call takes; larger inputs are split by the reader. */
  readonly maxBatch: number;
  /**
   * The links of these records, read from the kind's first object (`'from'`, the default: a deal's
   * companies) or its second (`'to'`: a company's deals). Ids with no links simply have no pairs.
   */
  read(kind: AssociationKind, ids: readonly string[], side?: 'from' | 'to'): Promise<AssociationRead>;
}

export interface AssociationWriter {
  readonly maxBatch: number;
  /**
   * How many second records one first record may have: `one` where the vendor keeps a single lookup
   * (Salesforce's Contact.AccountId), so linking replaces the previous link.
   */
  cardinality(kind: AssociationKind): 'one' | 'many';
  /** Links each pair; a pair already linked counts as done. */
  link(kind: AssociationKind, pairs: readonly AssociationPair[]): Promise<AssociationOutcome>;
  /** Removes each link; a pair that was not linked counts as done, and another record's link is never touched. */
  unlink(kind: AssociationKind, pairs: readonly AssociationPair[]): Promise<AssociationOutcome>;
}
