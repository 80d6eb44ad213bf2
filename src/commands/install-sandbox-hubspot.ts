import { randomBytes } from 'node:crypto';
import {
  consentAsSandboxAdmin, createHubspotSdk, exchangeHubspotCode, hubspotAuthorizeUrl, hubspotManifest, hubspotSandboxApp, hubspotTokenInfo,
} from '../../connectors/hubspot/index.ts';
import type { Store, Tenant } from '../store/index.ts';

/**
 * The embedded default installs the app into the sandbox portal the way an admin installs it into a
 * real one: authorize link, consent, code exchange through the official SDK, token info for the
 * portal id, then a tenant and a connection whose tokens are sealed in the store. Only the click on
 * "Allow" is automated. Re-running it finds the tenant and saves fresh tokens.
 */
export async function installSandboxHubspot(options: { store: Store; sandboxBaseUrl: string; appUrl: string }): Promise<Tenant> {
  const { store, sandboxBaseUrl } = options;
  const redirectUri = `${options.appUrl}/oauth/hubspot/callback`;
  const state = randomBytes(16).toString('base64url');
  const link = hubspotAuthorizeUrl({
    authorizeUrl: `${sandboxBaseUrl}/oauth/authorize`,
    clientId: hubspotSandboxApp.clientId,
    redirectUri,
    scopes: hubspotManifest.oauth.scopes,
    state,
  });
  const back = await consentAsSandboxAdmin(link);
  if (back.searchParams.get('state') !== state) throw new Error('the sandbox install answered a different state: refusing the code');
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`the sandbox install was refused: ${back.searchParams.get('error') ?? 'no code'}`);

  const sdk = createHubspotSdk({ baseUrl: sandboxBaseUrl });
  const tokens = await exchangeHubspotCode(sdk, { code, redirectUri, ...hubspotSandboxApp });
  const info = await hubspotTokenInfo(sdk, tokens.accessToken);
  const portalId = String(info.hubId);

  const tenant =
    (await store.tenants.findByExternal('hubspot', portalId)) ??
    (await store.tenants.create({ crm: 'hubspot', externalAccountId: portalId, name: info.hubDomain ?? `HubSpot portal ${portalId}` }));
  await store.connections.upsert(tenant.id, {
    vendor: 'hubspot',
    scopes: info.scopes,
    instanceUrl: sandboxBaseUrl,
    externalAccountId: portalId,
    tokens: { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: tokens.expiresAt.toISOString() },
  });
  return tenant;
}
