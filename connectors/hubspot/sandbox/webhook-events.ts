// Turns one change in the record store into the webhook events HubSpot would send for it.
// https://developers.hubspot.com/docs/api-reference/legacy/webhooks/guide (webhook payloads)
import { OBJECT_TYPES } from './object-types.ts';
import type { RecordChangeEvent } from './state/record-changes.ts';
import type { WebhookSubscription, WebhookSubscriptions } from './state/webhook-subscriptions.ts';

/** One event of a delivery body (the body is a JSON array of these). */
export interface HubspotWebhookEvent {
  eventId: number;
  subscriptionId: number;
  portalId: number;
  appId: number;
  occurredAt: number;
  subscriptionType: string;
  attemptNumber: number;
  objectId: number;
  objectTypeId?: string;
  propertyName?: string;
  propertyValue?: string;
  changeFlag?: string;
  changeSource: string;
  sourceId?: string;
  primaryObjectId?: number;
  mergedObjectIds?: number[];
  newObjectId?: number;
  numberOfPropertiesMoved?: number;
}

// Creation events carry changeFlag NEW (documented); the flags of deletion and restore are [unconfirmed].
const CHANGE_FLAGS: Partial<Record<RecordChangeEvent['kind'], string>> = {
  creation: 'NEW',
  deletion: 'DELETED',
  privacyDeletion: 'DELETED',
  restore: 'RESTORED',
};

export interface EventIdentity {
  portalId: number;
  appId: number;
  /** The next eventId; HubSpot's ids are large integers and "not guaranteed to be unique". */
  nextEventId(): number;
}

/** The events one change produces: one per active subscription it matches, attempt 0. */
export function eventsForChange(change: RecordChangeEvent, subscriptions: WebhookSubscriptions, identity: EventIdentity): HubspotWebhookEvent[] {
  const info = OBJECT_TYPES[change.objectType];
  const eventType = `${info.singular}.${change.kind}`;
  const matched = subscriptions.matching(identity.appId, { eventType, objectTypeId: info.typeId, propertyName: change.propertyName });
  return matched.map((subscription) => buildEvent(change, subscription, info.typeId, identity));
}

function buildEvent(change: RecordChangeEvent, subscription: WebhookSubscription, typeId: string, identity: EventIdentity): HubspotWebhookEvent {
  const event: HubspotWebhookEvent = {
    eventId: identity.nextEventId(),
    subscriptionId: subscription.id,
    portalId: identity.portalId,
    appId: identity.appId,
    occurredAt: change.occurredAt,
    subscriptionType: subscription.eventType,
    attemptNumber: 0,
    objectId: Number(change.objectId),
    changeSource: change.changeSource,
  };
  // Generic object.* subscriptions say which object type the id belongs to.
  if (subscription.eventType.startsWith('object.')) event.objectTypeId = typeId;
  if (change.kind === 'propertyChange') {
    event.propertyName = change.propertyName;
    event.propertyValue = change.propertyValue ?? '';
  }
  const flag = CHANGE_FLAGS[change.kind];
  if (flag) event.changeFlag = flag;
  if (change.sourceId !== undefined) event.sourceId = change.sourceId;
  if (change.kind === 'merge') {
    if (change.primaryObjectId !== undefined) event.primaryObjectId = Number(change.primaryObjectId);
    event.mergedObjectIds = (change.mergedObjectIds ?? []).map(Number);
    event.newObjectId = Number(change.newObjectId ?? change.objectId);
  }
  return event;
}
