// The scopes the sandbox's ready token carries: everything this product's app could be granted.
// https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/scopes
export const ALL_SCOPES = [
  'oauth',
  'crm.objects.contacts.read', 'crm.objects.contacts.write',
  'crm.objects.companies.read', 'crm.objects.companies.write',
  'crm.objects.deals.read', 'crm.objects.deals.write',
  'crm.objects.owners.read',
  'crm.schemas.contacts.read', 'crm.schemas.contacts.write',
  'crm.schemas.companies.read', 'crm.schemas.companies.write',
  'crm.schemas.deals.read', 'crm.schemas.deals.write',
  'sales-email-read',
  'communication_preferences.read', 'communication_preferences.write',
] as const;
