// What a sync of companies or deals needs from each system: PeopleSide (people-side.ts) generalised to
// any canonical record. Each CRM connector builds one per object family (hubspotCompanySide,
// salesforceDealSide…); the engine never names a vendor. A PeopleSide is the contact instance of it.
import type { BatchWriter, FeedCursor, FeedPage, ReadResult, RecordArchiver } from './capabilities.ts';
import type { FieldAccess, PersonDeletion } from './people-side.ts';
import type { VendorId } from './manifest.ts';
import type { OwnerDirectory } from './owners.ts';
import type { CanonicalCompany } from '../core/canonical/company.ts';
import type { CanonicalDeal } from '../core/canonical/deal.ts';
import type { SourceRef } from '../core/canonical/source.ts';

export type { FieldAccess } from './people-side.ts';

/** A record deleted since a cursor (Salesforce's queryAll on IsDeleted); the same shape for every object. */
export type RecordDeletion = PersonDeletion;

/** Reads records by id in the vendor's batch size; ids that match nothing are simply absent. */
export interface IdReader<T> {
  readonly maxBatch: number;
  readByIds(ids: readonly string[]): Promise<ReadResult<T>>;
}

/** Companies also match on their web domain before anything new is created. */
export interface CompanyReader extends IdReader<CanonicalCompany> {
  /**
   * Companies whose domain is one of these, compared as hosts (lower-cased, without `www.`). Domains are
   * not unique in either CRM, so one domain may answer several companies.
   */
  readByDomains(domains: readonly string[]): Promise<ReadResult<CanonicalCompany>>;
}

/** One object's change feed, checkpointed under its own cursor (`hubspot:companies`, `salesforce:Account`). */
export interface RecordStream<T> {
  readonly name: string;
  readonly feed: { pages(from: { after?: FeedCursor; pageSize?: number }): AsyncIterable<FeedPage<T>> };
  /** Deleted records since a cursor, checkpointed under `${name}:deleted`. */
  readonly deletions?: (from: { after?: FeedCursor }) => AsyncIterable<FeedPage<RecordDeletion>>;
}

export interface RecordSide<T, R extends IdReader<T> = IdReader<T>> {
  readonly system: VendorId;
  readonly streams: ReadonlyArray<RecordStream<T>>;
  readonly reader: R;
  /** Updates records read from this system (by their id) and creates the others; maxBatch per call. */
  readonly writer: BatchWriter<T>;
  readonly archiver?: RecordArchiver;
  /** Who owner fields may name, so owner ids cross systems as the same person (matched by email). */
  readonly owners?: OwnerDirectory;
  /** Where a record of this system lives, from its id alone. */
  refOf(id: string): SourceRef;
  /** Field access for a record of this system, or for a new record when `record` is undefined. */
  fields(record: T | undefined): FieldAccess;
  /** Real-time API usage, when the vendor reports it (Salesforce's daily allocation). */
  apiUsage?(): { used: number; limit: number } | undefined;
}

export type CompanySide = RecordSide<CanonicalCompany, CompanyReader>;
export type DealSide = RecordSide<CanonicalDeal>;
