// Which webhook subscription types exist, and which object each classic type watches.
// https://developers.hubspot.com/docs/api-reference/legacy/webhooks/guide (subscription types)
// The list matches the SDK enum SubscriptionCreateRequestEventTypeEnum (lib/codegen/webhooks/models).
import type { HubspotObjectType } from './object-types.ts';
import { OBJECT_TYPES } from './object-types.ts';

const CRM_ACTIONS = ['creation', 'deletion', 'propertyChange', 'merge', 'restore', 'associationChange'] as const;
const CLASSIC_OBJECTS = ['contact', 'company', 'deal', 'ticket', 'product', 'line_item'] as const;
const CONVERSATION_ACTIONS = ['creation', 'deletion', 'newMessage', 'privacyDeletion', 'propertyChange'] as const;

/** Every event type the subscriptions API accepts. */
export const WEBHOOK_EVENT_TYPES: ReadonlySet<string> = new Set([
  ...CLASSIC_OBJECTS.flatMap((object) => CRM_ACTIONS
    // products have no associationChange subscription
    .filter((action) => !(object === 'product' && action === 'associationChange'))
    .map((action) => `${object}.${action}`)),
  'contact.privacyDeletion',
  ...CONVERSATION_ACTIONS.map((action) => `conversation.${action}`),
  ...CRM_ACTIONS.map((action) => `object.${action}`),
]);

/** The served object type a classic event type's prefix names (`contact` → contacts), if any. */
export function objectTypeOfEvent(eventType: string): HubspotObjectType | undefined {
  const prefix = eventType.slice(0, eventType.indexOf('.'));
  return Object.values(OBJECT_TYPES).find((info) => info.singular === prefix)?.name;
}

export function isPropertyChange(eventType: string): boolean {
  return eventType.endsWith('.propertyChange');
}
