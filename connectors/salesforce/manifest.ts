import type { ConnectorManifest } from '../../src/connector-kit/manifest.ts';

// https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/
export const salesforceManifest = {
  vendor: 'salesforce',
  displayName: 'Salesforce',
  role: ['crm'],
  apiBaseUrl: 'https://login.salesforce.com',
  // Pinned once; every REST path is built from it (jsforce defaults to 50.0, so it is always passed).
  apiVersion: '62.0',
  oauth: {
    authorizeUrl: 'https://login.salesforce.com/services/oauth2/authorize',
    tokenPath: '/services/oauth2/token',
    scopes: ['api', 'refresh_token'],
    optionalScopes: [],
    // New apps are External Client Apps: PKCE required.
    pkce: true,
    rotatesRefreshTokens: true,
  },
  limits: {
    // sObject Collections take 200 records a call; a query page holds 2,000 rows.
    batchWrite: 200,
    pageSize: 2000,
    // No burst window: Salesforce meters a rolling 24-hour allocation (Enterprise: 100,000 + 1,000 per
    // licence) and at most 25 concurrent long-running requests.
    daily: 100_000,
    concurrent: 25,
  },
  docs: 'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/',
} as const satisfies ConnectorManifest;
