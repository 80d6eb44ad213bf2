import type Bottleneck from 'bottleneck';
import type { HubspotObjectWire } from './wire/object-record.ts';
import type { CountedCalls, HubspotRetryOptions } from './sdk-records.ts';

// The CRM objects the connector syncs, all through the SDK's generic objects API
// (/crm/v3/objects/{objectType}/…), so contacts, companies and deals share one feed, reader, writer and
// archiver; what differs per object is a spec: its modified-date property, its properties, its mapping.

export type HubspotCrmObject = 'contacts' | 'companies' | 'deals';

export interface HubspotObjectSpec<T> {
  objectType: HubspotCrmObject;
  /** What the change feed sorts and filters on: contacts keep `lastmodifieddate`, companies and deals `hs_lastmodifieddate`. */
  modifiedProperty: 'lastmodifieddate' | 'hs_lastmodifieddate';
  /** The properties every search and batch read asks for. */
  properties: readonly string[];
  /** Properties whose histories batch reads ask for (such a batch takes 50 inputs, not 100). */
  historyProperties?: readonly string[];
  /** A page or batch of wire records as canonical records; it may read more (pipelines, histories) through `calls`. */
  toRecords(wires: HubspotObjectWire[], calls: CountedCalls): Promise<T[]>;
}

/** What every capability takes: the tenant's burst limiter (110 per 10 s for a public app) and retry settings. */
export interface HubspotCapabilityOptions extends HubspotRetryOptions {
  limiter?: Bottleneck;
}

/** A change feed also takes search's own limiter (5/s per account, outside the burst window). */
export interface HubspotFeedOptions extends HubspotCapabilityOptions {
  searchLimiter?: Bottleneck;
}
