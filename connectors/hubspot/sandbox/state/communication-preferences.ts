import type { SubscriptionDefinition } from './default-subscription-definitions.ts';
import { DEFAULT_SUBSCRIPTION_DEFINITIONS } from './default-subscription-definitions.ts';

/** A choice an address made for one subscription type (absent: the portal's default, opted in). */
export interface SubscriptionChoice {
  state: 'SUBSCRIBED' | 'UNSUBSCRIBED';
  at: number;
  legalBasis?: string;
  legalBasisExplanation?: string;
}

interface AddressPreferences {
  /** When the address opted out of all email; null while it has not. */
  optedOutOfAllAt: number | null;
  choices: Map<string, SubscriptionChoice>;
}

/** Addresses compare as HubSpot compares contact emails: trimmed, case-insensitively. */
export const addressKey = (email: string) => email.trim().toLowerCase();

/**
 * The email subscription types of one portal and every address's choices. HubSpot ties statuses to
 * the email address, not to a contact record, so an address with no contact has them too (the
 * connector's QUIRKS.md, "Opting out of all email"). Plain data; times come from the caller's clock.
 */
export class CommunicationPreferences {
  private readonly addresses = new Map<string, AddressPreferences>();

  definitions(): readonly SubscriptionDefinition[] {
    return DEFAULT_SUBSCRIPTION_DEFINITIONS;
  }

  definition(id: string): SubscriptionDefinition | undefined {
    return DEFAULT_SUBSCRIPTION_DEFINITIONS.find((d) => d.id === id);
  }

  optedOutOfAllAt(email: string): number | null {
    return this.addresses.get(addressKey(email))?.optedOutOfAllAt ?? null;
  }

  choiceOf(email: string, subscriptionId: string): SubscriptionChoice | undefined {
    return this.addresses.get(addressKey(email))?.choices.get(subscriptionId);
  }

  /** Opts the address out of all email at `at`; false (and nothing changes) when it already was. */
  unsubscribeFromAll(email: string, at: number): boolean {
    const address = this.addressOf(email);
    if (address.optedOutOfAllAt !== null) return false;
    address.optedOutOfAllAt = at;
    return true;
  }

  choose(email: string, subscriptionId: string, choice: SubscriptionChoice): void {
    this.addressOf(email).choices.set(subscriptionId, { ...choice });
  }

  snapshot() {
    return [...this.addresses].map(([email, address]) => ({
      email, optedOutOfAllAt: address.optedOutOfAllAt, choices: Object.fromEntries(address.choices),
    }));
  }

  reset(): void {
    this.addresses.clear();
  }

  private addressOf(email: string): AddressPreferences {
    const key = addressKey(email);
    let address = this.addresses.get(key);
    if (!address) {
      address = { optedOutOfAllAt: null, choices: new Map() };
      this.addresses.set(key, address);
    }
    return address;
  }
}
