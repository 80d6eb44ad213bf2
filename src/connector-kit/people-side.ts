// What the contact sync engine needs from each system, in the project's own words. Each CRM
// connector builds one (hubspotPeopleSide, salesforcePeopleSide); the engine never names a vendor.
import type { BatchWriter, FeedCursor, FeedPage, RecordArchiver, RecordReader } from './capabilities.ts';
import type { CanonicalContact } from '../core/canonical/contact.ts';
import type { VendorId } from './manifest.ts';
import type { OwnerDirectory } from './owners.ts';
import type { LiveObjectSchema } from '../core/transforms/index.ts';

/** A Salesforce lead converted to a contact: the engine moves the lead's link to the contact. */
export interface PersonConversion {
  fromId: string;
  toId: string;
}

export interface PeoplePage extends FeedPage<CanonicalContact> {
  conversions?: readonly PersonConversion[];
}

/** Records deleted in a system since a cursor (Salesforce's queryAll on IsDeleted). */
export interface PersonDeletion {
  id: string;
  deletedAt: string;
  /** Set when the record was merged away rather than deleted. */
  mergedInto?: string;
}

/** One object's change feed, checkpointed under its own cursor (`salesforce:Lead`, `hubspot:contacts`). */
export interface PeopleStream {
  readonly name: string;
  readonly feed: { pages(from: { after?: FeedCursor; pageSize?: number }): AsyncIterable<PeoplePage> };
  /** Deleted records since a cursor, checkpointed under `${name}:deleted`. */
  readonly deletions?: (from: { after?: FeedCursor }) => AsyncIterable<FeedPage<PersonDeletion>>;
}

/** Which canonical fields a system carries for a record: the engine never plans a write the connector would drop. */
export interface FieldAccess {
  readable: ReadonlySet<string>;
  writable: ReadonlySet<string>;
  /** Whether a writable field takes this value (an owner who is not an owner here is not sent). Default: any value. */
  accepts?(field: string, value: unknown): boolean;
}

export interface EmailOptOut {
  readonly maxBatch: number;
  /** Idempotent: an address already opted out counts as opted out. */
  optOut(emails: readonly string[]): Promise<{ optedOut: string[]; rejected: Array<{ email: string; vendorMessage: string }>; calls: number }>;
}

export interface PeopleSide {
  readonly system: VendorId;
  /** In read order: Salesforce reads Leads before Contacts, so a conversion is seen before its contact. */
  readonly streams: readonly PeopleStream[];
  readonly reader: RecordReader<CanonicalContact>;
  /** Updates records read from this system (by their id) and creates the others; maxBatch per call. */
  readonly writer: BatchWriter<CanonicalContact>;
  readonly archiver?: RecordArchiver;
  /**
   * Opts email addresses out of all email where the opt-out is not a writable field (HubSpot's
   * subscription statuses); the engine sends `consent.emailOptOut = true` writes here.
   */
  readonly optOut?: EmailOptOut;
  /** Who owner fields may name, so owner ids cross systems as the same person (matched by email). */
  readonly owners?: OwnerDirectory;
  /** Where a record of this system lives, from its id alone (Salesforce ids say Lead or Contact by prefix). */
  refOf(id: string): CanonicalContact['source'];
  /** Field access for a record of this system, or for a new record when `record` is undefined. */
  fields(record: CanonicalContact | undefined): FieldAccess;
  /** The live fields of this system's people objects (HubSpot properties, Salesforce describe), for the mapping check. */
  liveSchema?(): Promise<{ objects: Record<string, LiveObjectSchema>; calls: number }>;
  /** Real-time API usage, when the vendor reports it (Salesforce's daily allocation). */
  apiUsage?(): { used: number; limit: number } | undefined;
}
