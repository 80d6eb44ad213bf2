import { z } from 'zod';
import { HubspotStandardErrorWire } from './error.ts';

// Email subscriptions ("communication preferences"): v3 as the SDK's `communicationPreferences`
// definitionApi/statusApi call it, and v4's unsubscribe-all, which the SDK does not wrap.
// v3: https://developers.hubspot.com/docs/api-reference/legacy/communication-preferences/v3/guide
// v4: https://developers.hubspot.com/docs/guides/api/marketing/subscriptions

export const HUBSPOT_LEGAL_BASES = [
  'LEGITIMATE_INTEREST_PQL', 'LEGITIMATE_INTEREST_CLIENT', 'PERFORMANCE_OF_CONTRACT', 'CONSENT_WITH_NOTICE',
  'NON_GDPR', 'PROCESS_AND_STORE', 'LEGITIMATE_INTEREST_OTHER',
] as const;

const iso = z.string().datetime({ offset: true });

/** One subscription type (SDK `SubscriptionDefinition`); v3 and v4 share it. */
export const HubspotSubscriptionDefinitionWire = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  purpose: z.string().optional(),
  communicationMethod: z.string().optional(),
  isActive: z.boolean(),
  isDefault: z.boolean(),
  isInternal: z.boolean(),
  businessUnitId: z.number().int().optional(),
  createdAt: iso,
  updatedAt: iso,
});

/** `GET /communication-preferences/v3/definitions` (SDK `SubscriptionDefinitionsResponse`). */
export const HubspotSubscriptionDefinitionsWire = z.object({ subscriptionDefinitions: z.array(HubspotSubscriptionDefinitionWire) });

/** `POST /communication-preferences/v3/unsubscribe` and `/subscribe` (SDK `PublicUpdateSubscriptionStatusRequest`). */
export const HubspotUpdateSubscriptionRequestWire = z.object({
  emailAddress: z.string(),
  subscriptionId: z.string(),
  legalBasis: z.enum(HUBSPOT_LEGAL_BASES).optional(),
  legalBasisExplanation: z.string().optional(),
});
export type HubspotUpdateSubscriptionRequestWire = z.output<typeof HubspotUpdateSubscriptionRequestWire>;

/** One subscription's status for an address, v3 (SDK `PublicSubscriptionStatus`). */
export const HubspotSubscriptionStatusWire = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  status: z.enum(['SUBSCRIBED', 'NOT_SUBSCRIBED']),
  /** PORTAL_WIDE_STATUS: the address is opted out of all email. */
  sourceOfStatus: z.enum(['PORTAL_WIDE_STATUS', 'BRAND_WIDE_STATUS', 'SUBSCRIPTION_STATUS']),
  brandId: z.number().int().optional(),
  legalBasis: z.enum(HUBSPOT_LEGAL_BASES).optional(),
  legalBasisExplanation: z.string().optional(),
  preferenceGroupName: z.string().optional(),
});
export type HubspotSubscriptionStatusWire = z.output<typeof HubspotSubscriptionStatusWire>;

/** `GET /communication-preferences/v3/status/email/{emailAddress}` (SDK `PublicSubscriptionStatusesResponse`). */
export const HubspotSubscriptionStatusesWire = z.object({ recipient: z.string(), subscriptionStatuses: z.array(HubspotSubscriptionStatusWire) });

/** One subscription's status, v4 (`PublicStatus`): what unsubscribe-all answers per subscription type with `verbose=true`. */
export const HubspotV4StatusWire = z.object({
  channel: z.literal('EMAIL'),
  source: z.string(),
  status: z.enum(['SUBSCRIBED', 'UNSUBSCRIBED', 'NOT_SPECIFIED']),
  subscriberIdString: z.string(),
  subscriptionId: z.number().int(),
  timestamp: iso,
  businessUnitId: z.number().int().optional(),
  legalBasis: z.enum(HUBSPOT_LEGAL_BASES).optional(),
  legalBasisExplanation: z.string().optional(),
  setStatusSuccessReason: z.enum(['RESUBSCRIBE_OCCURRED', 'NO_STATUS_CHANGE', 'UNSUBSCRIBE_FROM_ALL_OCCURRED', 'REQUESTED_CHANGE_OCCURRED']).optional(),
  subscriptionName: z.string().optional(),
});

/** An opt-out of all email, v4 (`PublicWideStatus`): what `GET …/unsubscribe-all` lists. */
export const HubspotV4WideStatusWire = z.object({
  channel: z.literal('EMAIL'),
  status: z.enum(['SUBSCRIBED', 'UNSUBSCRIBED', 'NOT_SPECIFIED']),
  subscriberIdString: z.string(),
  timestamp: iso,
  wideStatusType: z.enum(['PORTAL_WIDE', 'BUSINESS_UNIT_WIDE']),
  businessUnitId: z.number().int().optional(),
});

/** v4's answer envelope (`ActionResponseWithResults…`); completedAt, results, startedAt and status are required. */
function v4Action<T extends z.ZodType>(result: T) {
  return z.object({
    status: z.enum(['PENDING', 'PROCESSING', 'CANCELED', 'COMPLETE']),
    results: z.array(result),
    startedAt: iso,
    completedAt: iso,
    requestedAt: iso.optional(),
    numErrors: z.number().int().optional(),
    errors: z.array(HubspotStandardErrorWire).optional(),
    links: z.record(z.string(), z.string()).optional(),
  });
}

/** `POST /communication-preferences/v4/statuses/{subscriberIdString}/unsubscribe-all` (empty `results` without `verbose=true`). */
export const HubspotV4UnsubscribeAllWire = v4Action(HubspotV4StatusWire);
export type HubspotV4UnsubscribeAllWire = z.output<typeof HubspotV4UnsubscribeAllWire>;

/** `GET /communication-preferences/v4/statuses/{subscriberIdString}/unsubscribe-all`: empty `results` unless opted out of all. */
export const HubspotV4WideStatusesWire = v4Action(HubspotV4WideStatusWire);

/**
 * Only what says whether a v4 action went through, read leniently: the reference examples type an
 * error's nested `context` as an object in one place and a string in another.
 */
export const HubspotV4ActionOutcomeWire = z.object({
  status: z.string().optional(),
  numErrors: z.number().optional(),
  errors: z.array(z.object({ category: z.string().optional(), message: z.string().optional() })).optional(),
});
