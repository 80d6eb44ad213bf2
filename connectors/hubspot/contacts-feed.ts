import type { ChangeFeed } from '../../src/connector-kit/capabilities.ts';
import type { CanonicalContact } from '../../src/core/canonical/contact.ts';
import type { HubspotSdk } from './client.ts';
import { HUBSPOT_CONTACT_SPEC } from './contact-spec.ts';
import type { HubspotFeedOptions } from './crm-objects.ts';
import { hubspotObjectFeed } from './object-feed.ts';

// Contacts changed since a cursor: the shared search feed (object-feed.ts) on `lastmodifieddate`
// (QUIRKS.md, "The change feed").

export type HubspotContactFeedOptions = HubspotFeedOptions;

export function hubspotContactFeed(sdk: HubspotSdk, options: HubspotContactFeedOptions = {}): ChangeFeed<CanonicalContact> {
  return hubspotObjectFeed(sdk, HUBSPOT_CONTACT_SPEC, options);
}
