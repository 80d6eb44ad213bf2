// The least API calls a contact sync of the benchmark's scenario can make, the least wall time
// HubSpot's rate limit allows for them, and the targets a run is held to (docs/benchmarks.md, "Sync").

/** Salesforce answers at most 2,000 query rows a page and takes 200 records per sObject Collections call. */
export const SALESFORCE_PAGE = 2_000;
export const SALESFORCE_BATCH = 200;
/** HubSpot batch read and write: 100 inputs a call; search: 200 results a page. */
export const HUBSPOT_BATCH = 100;
export const HUBSPOT_SEARCH_PAGE = 200;
/** A public app's burst limit, 110 calls per 10 s: the bound is the minimum's HubSpot calls at 11 a second. */
export const HUBSPOT_CALLS_PER_SECOND = 11;

export interface Minimum {
  salesforce: number;
  hubspot: number;
  total: number;
}

const pages = (records: number, size: number) => Math.ceil(records / size);
const minimum = (salesforce: number, hubspot: number): Minimum => ({ salesforce, hubspot, total: salesforce + hubspot });

/**
 * Full sync of N Salesforce people into a HubSpot holding some of them unlinked: every Lead page read
 * once, every person looked up in HubSpot by email once (100 a call), every person written once
 * (an update or a create, 100 a call).
 */
export function fullMinimum(records: number): Minimum {
  return minimum(pages(records, SALESFORCE_PAGE), pages(records, HUBSPOT_BATCH) * 2);
}

/**
 * Incremental sync after `crm` Salesforce and `marketing` HubSpot edits of linked pairs: each change
 * feed asked once even when empty (Salesforce: Leads, Contacts, and each one's deletions; HubSpot's
 * search feed), the changed pages read, and each side's edits written to the other side in full batches.
 * Counterparts of linked pairs come from the sync's local copy: no reads.
 */
export function incrementalMinimum(edits: { crm: number; marketing: number }): Minimum {
  const salesforceFeeds = Math.max(1, pages(edits.crm, SALESFORCE_PAGE)) + 1 + 2;
  const hubspotFeed = Math.max(1, pages(edits.marketing, HUBSPOT_SEARCH_PAGE));
  return minimum(salesforceFeeds + pages(edits.marketing, SALESFORCE_BATCH), hubspotFeed + pages(edits.crm, HUBSPOT_BATCH));
}

/** The least wall time HubSpot's limit allows for the minimum's HubSpot calls, with its windows K times shorter. */
export const boundSeconds = (minimumCalls: Minimum, timeScale: number) => minimumCalls.hubspot / HUBSPOT_CALLS_PER_SECOND / timeScale;

/** The targets: calls within 1.05× of the minimum + 2; wall time within 1.15× of the bound + 2 s. */
export const callsWithinTarget = (calls: number, minimumCalls: number) => calls <= 1.05 * minimumCalls + 2;
export const wallWithinTarget = (wallSeconds: number, bound: number) => wallSeconds <= 1.15 * bound + 2;
/** Peak RSS under 300 MB at 1M (and so at every size, if it is flat in record count). */
export const RSS_TARGET_MB = 300;
