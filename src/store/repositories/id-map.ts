import type { Vendor } from './vendor.ts';

/** A record in one system. */
export interface SystemRecordRef {
  system: Vendor;
  id: string;
}

/**
 * Which record in one system is the twin of which record in another. A record has at most one
 * twin per other system; links are symmetric, so either side can be looked up.
 * `objectType` is the canonical kind ('contact', 'company', 'deal', ...), the same on both sides:
 * a HubSpot contact and the Salesforce lead (later contact) it syncs with are both 'contact'.
 */
export interface IdMapRepository {
  /** Idempotent for the same pair; throws IdLinkConflictError if either side already has another twin. */
  link(tenantId: string, objectType: string, a: SystemRecordRef, b: SystemRecordRef): Promise<void>;
  /** The id of `from`'s twin in `toSystem`, if linked. */
  lookup(tenantId: string, objectType: string, from: SystemRecordRef, toSystem: Vendor): Promise<string | undefined>;
  /** A whole batch in one query: from-id → twin id, with unlinked ids absent. */
  lookupMany(
    tenantId: string,
    objectType: string,
    fromSystem: Vendor,
    ids: readonly string[],
    toSystem: Vendor,
  ): Promise<Map<string, string>>;
  /**
   * Moves every link of a record to its new id in the same system, e.g. a Salesforce lead
   * converted to a contact. Returns how many links moved; throws IdLinkConflictError if the new
   * id already has a twin in one of those systems.
   */
  relink(tenantId: string, objectType: string, system: Vendor, fromId: string, toId: string): Promise<number>;
  /** Removes the link between `record` and its twin in `otherSystem`; false when there was none. */
  unlink(tenantId: string, objectType: string, record: SystemRecordRef, otherSystem: Vendor): Promise<boolean>;
}
