// The subscription types every HubSpot portal starts with: "Marketing Information", "One to One" and
// "Customer Service Communication"; they cannot be deleted.
// https://knowledge.hubspot.com/marketing-email/set-up-email-subscription-types
// Their ids differ per portal; these are numeric like HubSpot's (v4 answers them as numbers). Which
// of them HubSpot marks `isInternal` is [unconfirmed]: none here.

export interface SubscriptionDefinition {
  id: string;
  name: string;
  description: string;
  purpose: string;
  communicationMethod: string;
  isActive: boolean;
  isDefault: boolean;
  isInternal: boolean;
  createdAt: number;
  updatedAt: number;
}

const PORTAL_CREATED = Date.parse('2020-01-06T09:00:00.000Z');

const definition = (id: string, name: string, description: string, purpose: string): SubscriptionDefinition => ({
  id, name, description, purpose, communicationMethod: 'Email',
  isActive: true, isDefault: true, isInternal: false, createdAt: PORTAL_CREATED, updatedAt: PORTAL_CREATED,
});

export const DEFAULT_SUBSCRIPTION_DEFINITIONS: readonly SubscriptionDefinition[] = [
  definition('41213563', 'Marketing Information', 'Marketing offers and updates.', 'Marketing'),
  definition('41213564', 'One to One', 'One to one emails.', 'Sales'),
  definition('41213565', 'Customer Service Communication', 'Feedback requests and service updates.', 'Customer Service'),
];
