import type { LeadStatus, LifecycleStage } from '../../../src/core/canonical/lifecycle-stage.ts';

// HubSpot's option values (not labels: QUIRKS "The docs write option labels where HubSpot stores values")
// against the canonical vocabulary. https://knowledge.hubspot.com/properties/hubspots-default-contact-properties

const LIFECYCLE: ReadonlyArray<[hubspot: string, canonical: LifecycleStage]> = [
  ['subscriber', 'subscriber'],
  ['lead', 'lead'],
  ['marketingqualifiedlead', 'mql'],
  ['salesqualifiedlead', 'sql'],
  ['opportunity', 'opportunity'],
  ['customer', 'customer'],
  ['evangelist', 'evangelist'],
  ['other', 'other'],
];

/** `converted` has no HubSpot option: HubSpot contacts are never converted, so it is not written. */
const LEAD_STATUS: ReadonlyArray<[hubspot: string, canonical: LeadStatus]> = [
  ['NEW', 'new'],
  ['OPEN', 'open'],
  ['IN_PROGRESS', 'in_progress'],
  ['OPEN_DEAL', 'open_deal'],
  ['UNQUALIFIED', 'unqualified'],
  ['ATTEMPTED_TO_CONTACT', 'attempted_to_contact'],
  ['CONNECTED', 'connected'],
  ['BAD_TIMING', 'bad_timing'],
];

const lookup = <A, B>(table: ReadonlyArray<[A, B]>, value: A): B | undefined => table.find(([a]) => a === value)?.[1];
const reverse = <A, B>(table: ReadonlyArray<[A, B]>, value: B): A | undefined => table.find(([, b]) => b === value)?.[0];

/** A HubSpot lifecyclestage value as a canonical stage; undefined for a custom stage the table does not know. */
export const lifecycleFromHubspot = (value: string): LifecycleStage | undefined => lookup(LIFECYCLE, value);
export const lifecycleToHubspot = (stage: LifecycleStage): string | undefined => reverse(LIFECYCLE, stage);
export const leadStatusFromHubspot = (value: string): LeadStatus | undefined => lookup(LEAD_STATUS, value);
export const leadStatusToHubspot = (status: LeadStatus): string | undefined => reverse(LEAD_STATUS, status);
