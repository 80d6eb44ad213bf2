// How the token keeper renews each vendor's tokens: the connector's refresh call with the app's
// credentials (the sandbox apps' in sandbox mode, the registered apps' from the environment otherwise).
import { createHubspotSdk, hubspotManifest, refreshHubspotTokens } from '../../connectors/hubspot/index.ts';
import { refreshSalesforceTokens, salesforceManifest, salesforceTokenUrl } from '../../connectors/salesforce/index.ts';
import type { TokenRefresher } from '../connections/index.ts';
import type { Vendor } from '../store/index.ts';

export interface RefresherApps {
  hubspot?: { baseUrl?: string; clientId: string; clientSecret: string };
  salesforce?: { loginUrl?: string; clientId: string; clientSecret?: string };
}

export function vendorRefreshers(apps: RefresherApps): Partial<Record<Vendor, TokenRefresher>> {
  const refreshers: Partial<Record<Vendor, TokenRefresher>> = {};
  const { hubspot, salesforce } = apps;
  if (hubspot) {
    const sdk = createHubspotSdk({ baseUrl: hubspot.baseUrl ?? hubspotManifest.apiBaseUrl });
    refreshers.hubspot = (refreshToken) => refreshHubspotTokens(sdk, { refreshToken, clientId: hubspot.clientId, clientSecret: hubspot.clientSecret });
  }
  if (salesforce) {
    const tokenUrl = salesforceTokenUrl(salesforce.loginUrl ?? salesforceManifest.apiBaseUrl);
    refreshers.salesforce = (refreshToken) => refreshSalesforceTokens({ tokenUrl, clientId: salesforce.clientId, ...(salesforce.clientSecret ? { clientSecret: salesforce.clientSecret } : {}) }, refreshToken);
  }
  return refreshers;
}
