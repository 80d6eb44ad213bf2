import { z } from 'zod';

// App webhooks: the delivered events and the v3 settings/subscriptions API.
// https://developers.hubspot.com/docs/api-reference/legacy/webhooks/guide

/**
 * One event of a delivery; the body is a JSON array of up to 100. eventId is "not guaranteed to be
 * unique" and order is not guaranteed: dedupe and order on (subscriptionType, objectId, occurredAt).
 */
export const HubspotWebhookEventWire = z.object({
  eventId: z.number().int(),
  subscriptionId: z.number().int(),
  portalId: z.number().int(),
  appId: z.number().int(),
  /** Epoch milliseconds. */
  occurredAt: z.number().int(),
  subscriptionType: z.string(),
  /** 0 on the first attempt; each retry adds one. */
  attemptNumber: z.number().int().nonnegative(),
  objectId: z.number().int(),
  objectTypeId: z.string().optional(),
  propertyName: z.string().optional(),
  /** "REDACTED" for sensitive-data properties. */
  propertyValue: z.string().optional(),
  changeFlag: z.string().optional(),
  changeSource: z.string().optional(),
  sourceId: z.string().optional(),
  primaryObjectId: z.number().int().optional(),
  mergedObjectIds: z.array(z.number().int()).optional(),
  newObjectId: z.number().int().optional(),
  numberOfPropertiesMoved: z.number().int().optional(),
});
export type HubspotWebhookEventWire = z.output<typeof HubspotWebhookEventWire>;

export const HubspotWebhookBatchWire = z.array(HubspotWebhookEventWire).max(100);

/** `GET|PUT /webhooks/v3/{appId}/settings` answer (SDK `SettingsResponse`). */
export const HubspotWebhookSettingsWire = z.object({
  targetUrl: z.string(),
  throttling: z.object({ maxConcurrentRequests: z.number().int(), period: z.string().optional() }),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }).optional(),
});
export type HubspotWebhookSettingsWire = z.output<typeof HubspotWebhookSettingsWire>;

/** One subscription (SDK `SubscriptionResponse`): ids are strings here, numbers in the paths. */
export const HubspotWebhookSubscriptionWire = z.object({
  id: z.string(),
  eventType: z.string(),
  propertyName: z.string().optional(),
  objectTypeId: z.string().optional(),
  active: z.boolean(),
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }).optional(),
});
export type HubspotWebhookSubscriptionWire = z.output<typeof HubspotWebhookSubscriptionWire>;

export const HubspotWebhookSubscriptionListWire = z.object({ results: z.array(HubspotWebhookSubscriptionWire) });
