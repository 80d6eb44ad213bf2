import { createHash, randomBytes } from 'node:crypto';
import type { Tenant } from '../store/index.ts';
import { consentAsSandboxAdmin } from '../sandbox-kit/index.ts';
import { exchangeSalesforceCode, salesforceAuthorizeUrl, salesforceManifest, salesforceSandboxApp, salesforceTokenUrl } from '../../connectors/salesforce/index.ts';
import type { SandboxInstallOptions } from './install-sandbox-hubspot.ts';

/**
 * Salesforce as the CRM: the install an admin makes into an org, against the sandbox org: the
 * web-server flow with PKCE, consent, code exchange. The org becomes the tenant; re-running it finds
 * the tenant and saves fresh tokens.
 */
export async function installSandboxSalesforce(options: SandboxInstallOptions): Promise<Tenant> {
  const { store, sandboxBaseUrl } = options;
  const redirectUri = `${options.appUrl}/oauth/salesforce/callback`;
  const state = randomBytes(16).toString('base64url');
  const verifier = randomBytes(32).toString('base64url');
  const link = salesforceAuthorizeUrl({
    authorizeUrl: `${sandboxBaseUrl}/services/oauth2/authorize`,
    clientId: salesforceSandboxApp.clientId,
    redirectUri,
    scopes: salesforceManifest.oauth.scopes,
    state,
    codeChallenge: createHash('sha256').update(verifier).digest('base64url'),
  });
  const back = await consentAsSandboxAdmin(link);
  if (back.searchParams.get('state') !== state) throw new Error('the sandbox install answered a different state: refusing the code');
  const code = back.searchParams.get('code');
  if (!code) throw new Error(`the sandbox install was refused: ${back.searchParams.get('error') ?? 'no code'}`);
  const tokens = await exchangeSalesforceCode(
    { tokenUrl: salesforceTokenUrl(sandboxBaseUrl), clientId: salesforceSandboxApp.clientId, clientSecret: salesforceSandboxApp.clientSecret, redirectUri },
    code, verifier,
  );
  const orgId = tokens.orgId ?? salesforceSandboxApp.orgId;
  const tenant = (await store.tenants.findByExternal('salesforce', orgId)) ?? (await store.tenants.create({ crm: 'salesforce', externalAccountId: orgId, name: `Salesforce org ${orgId}` }));
  await store.connections.upsert(tenant.id, {
    vendor: 'salesforce',
    scopes: [...salesforceManifest.oauth.scopes],
    instanceUrl: tokens.instanceUrl,
    externalAccountId: orgId,
    tokens: { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken ?? null, expiresAt: null },
  });
  return tenant;
}
