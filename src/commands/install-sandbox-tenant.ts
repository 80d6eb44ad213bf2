import type { SyncSettings } from '../config/sync-settings.ts';
import type { Store, Tenant } from '../store/index.ts';
import { connectSandboxHubspot, installSandboxHubspot } from './install-sandbox-hubspot.ts';
import { installSandboxSalesforce } from './install-sandbox-salesforce.ts';

/**
 * The embedded default's install, as mappings/sync.yaml's roles say: the CRM becomes the tenant and
 * marketing automation is connected to it (HubSpot as both is one install).
 */
export async function installSandboxTenant(options: {
  store: Store; roles: SyncSettings['roles']; sandboxBaseUrls: { hubspot: string; salesforce: string }; appUrl: string;
}): Promise<Tenant> {
  const { store, appUrl, sandboxBaseUrls } = options;
  if (options.roles.crm === 'hubspot') return installSandboxHubspot({ store, appUrl, sandboxBaseUrl: sandboxBaseUrls.hubspot });
  const tenant = await installSandboxSalesforce({ store, appUrl, sandboxBaseUrl: sandboxBaseUrls.salesforce });
  await connectSandboxHubspot({ store, appUrl, sandboxBaseUrl: sandboxBaseUrls.hubspot, tenant });
  return tenant;
}

