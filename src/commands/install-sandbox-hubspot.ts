import { randomBytes } from 'node:crypto';
import type { Store, Tenant } from '../store/index.ts';
import { consentAsSandboxAdmin } from '../sandbox-kit/index.ts';
import {
  createHubspotSdk, exchangeHubspotCode, hubspotAuthorizeUrl, hubspotManifest, hubspotSandboxApp, hubspotTokenInfo,
} from '../../connectors/hubspot/index.ts';
import type { HubspotTokenInfo, HubspotTokens } from '../../connectors/hubspot/index.ts';

export interface SandboxInstallOptions {
  store: Store;
  sandboxBaseUrl: string;
  appUrl: string;
}

/**
 * The install an admin makes, against the sandbox portal: authorize link, consent, code exchange through
 * the official SDK, token info for the portal id. Only the click on "Allow" is automated.
 */
async function authorizeSandboxHubspot(options: SandboxInstallOptions): Promise<{ tokens: HubspotTokens; info: HubspotTokenInfo }> {
  const { sandboxBaseUrl } = options;
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
  return { tokens, info: await hubspotTokenInfo(sdk, tokens.accessToken) };
}

/** Saves the portal's connection (sealed tokens) for a tenant. */
async function saveHubspotConnection(store: Store, tenantId: string, sandboxBaseUrl: string, { tokens, info }: { tokens: HubspotTokens; info: HubspotTokenInfo }) {
  await store.connections.upsert(tenantId, {
    vendor: 'hubspot',
    scopes: info.scopes,
    instanceUrl: sandboxBaseUrl,
    externalAccountId: String(info.hubId),
    tokens: { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: tokens.expiresAt.toISOString() },
  });
}

/** HubSpot as the CRM: the portal becomes the tenant. Re-running it finds the tenant and saves fresh tokens. */
export async function installSandboxHubspot(options: SandboxInstallOptions): Promise<Tenant> {
  const granted = await authorizeSandboxHubspot(options);
  const portalId = String(granted.info.hubId);
  const tenant =
    (await options.store.tenants.findByExternal('hubspot', portalId)) ??
    (await options.store.tenants.create({ crm: 'hubspot', externalAccountId: portalId, name: granted.info.hubDomain ?? `HubSpot portal ${portalId}` }));
  await saveHubspotConnection(options.store, tenant.id, options.sandboxBaseUrl, granted);
  return tenant;
}

/** HubSpot as marketing automation for a tenant whose CRM is another system. */
export async function connectSandboxHubspot(options: SandboxInstallOptions & { tenant: Tenant }): Promise<void> {
  await saveHubspotConnection(options.store, options.tenant.id, options.sandboxBaseUrl, await authorizeSandboxHubspot(options));
}
