import type { ConnectorManifest } from '../../src/connector-kit/manifest.ts';

// https://developers.hubspot.com/docs/developer-tooling/platform/usage-guidelines
export const hubspotManifest = {
  vendor: 'hubspot',
  displayName: 'HubSpot',
  role: ['crm', 'marketing_automation'],
  apiBaseUrl: 'https://api.hubapi.com',
  // The SDK (v14) still calls the numbered paths, so the connector pins them too.
  apiVersion: 'v3',
  oauth: {
    authorizeUrl: 'https://app.hubspot.com/oauth/authorize',
    tokenPath: '/oauth/v1/token',
    scopes: [
      'oauth',
      'crm.objects.contacts.read', 'crm.objects.contacts.write',
      'crm.objects.companies.read', 'crm.objects.companies.write',
      'crm.objects.deals.read', 'crm.objects.deals.write',
      'crm.objects.owners.read',
      'crm.schemas.contacts.read', 'crm.schemas.contacts.write',
      // An opt-out decided in the CRM reaches HubSpot only through the subscription statuses (QUIRKS.md).
      'communication_preferences.write',
    ],
    optionalScopes: [],
    pkce: true,
    rotatesRefreshTokens: false,
  },
  limits: {
    batchWrite: 100,
    pageSize: 100,
    // A public OAuth app: 110 calls per 10 s per installing account (search excluded: 5/s).
    burst: { max: 110, windowMs: 10_000 },
  },
  docs: 'https://developers.hubspot.com/docs/api-reference/overview',
} as const satisfies ConnectorManifest;
