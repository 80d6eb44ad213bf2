import type { SandboxReply } from '../../../../src/sandbox-kit/index.ts';
import type { HubspotSandboxDeps } from '../deps.ts';
import { hubspotError } from '../error-bodies.ts';
import { optedOutOfAllAt } from '../email-opt-outs.ts';
import { addressKey } from '../state/communication-preferences.ts';
import type { SubscriptionDefinition } from '../state/default-subscription-definitions.ts';
import { isoOf } from '../state/stored-record.ts';

// The communication-preferences answers v3 and v4 share: scopes, address checks, definitions and
// statuses in each version's words. Shapes: ../../wire/communication-preferences.ts.

/** Scopes the reference pages accept (one of each list is enough). */
export const READ_SCOPES = ['communication_preferences.read', 'communication_preferences.read_write'] as const;
export const WRITE_SCOPES = ['communication_preferences.write', 'communication_preferences.read_write'] as const;

// One @, no spaces, a dot in the domain: what the sandbox counts as an address [unconfirmed: HubSpot's own check].
const ADDRESS = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const isEmailAddress = (value: string) => ADDRESS.test(value.trim());

/** The 400 for a subscriber that is not an email address [unconfirmed wording]. */
export function invalidEmailReply(value: string): SandboxReply {
  return hubspotError(400, 'VALIDATION_ERROR', `Invalid email address: ${value}`, {
    errors: [{ message: `${value} is not a valid email address`, code: 'INVALID_EMAIL', context: { emailAddress: [value] } }],
  });
}

export function definitionJson(definition: SubscriptionDefinition) {
  return {
    id: definition.id, name: definition.name, description: definition.description,
    purpose: definition.purpose, communicationMethod: definition.communicationMethod,
    isActive: definition.isActive, isDefault: definition.isDefault, isInternal: definition.isInternal,
    createdAt: isoOf(definition.createdAt), updatedAt: isoOf(definition.updatedAt),
  };
}

/**
 * An address's status for one type, v3. Without the portal's data-privacy (GDPR) settings, which the
 * sandbox portal does not turn on, an address that never chose is opted in: SUBSCRIBED.
 * An opt-out of all email overrides every type (PORTAL_WIDE_STATUS).
 */
export function v3StatusJson(deps: HubspotSandboxDeps, email: string, definition: SubscriptionDefinition) {
  const base = { id: definition.id, name: definition.name, description: definition.description };
  if (optedOutOfAllAt(deps, email) !== null) return { ...base, status: 'NOT_SUBSCRIBED', sourceOfStatus: 'PORTAL_WIDE_STATUS' } as const;
  const choice = deps.state.communicationPreferences.choiceOf(email, definition.id);
  const legal = {
    ...(choice?.legalBasis === undefined ? {} : { legalBasis: choice.legalBasis }),
    ...(choice?.legalBasisExplanation === undefined ? {} : { legalBasisExplanation: choice.legalBasisExplanation }),
  };
  const status = choice?.state === 'UNSUBSCRIBED' ? 'NOT_SUBSCRIBED' : 'SUBSCRIBED';
  return { ...base, status, sourceOfStatus: 'SUBSCRIPTION_STATUS', ...legal } as const;
}

type SuccessReason = 'NO_STATUS_CHANGE' | 'UNSUBSCRIBE_FROM_ALL_OCCURRED';

/** One type's status after an opt-out of all email, v4 (`PublicStatus`); `source` wording [unconfirmed]. */
export function v4OptedOutStatusJson(email: string, definition: SubscriptionDefinition, at: number, reason: SuccessReason) {
  return {
    channel: 'EMAIL', source: 'Public API', status: 'UNSUBSCRIBED', subscriberIdString: addressKey(email),
    subscriptionId: Number(definition.id), timestamp: isoOf(at), businessUnitId: 0,
    setStatusSuccessReason: reason, subscriptionName: definition.name,
  } as const;
}
