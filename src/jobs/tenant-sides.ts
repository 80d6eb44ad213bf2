// A tenant's connections as the sync's two people sides: each vendor client gets its token from the
// token keeper (refreshed once on expiry), the tenant's limiter for that vendor, and the same retry
// policy; vendor knowledge stays in the connectors.
import type { HubspotSdk } from '../../connectors/hubspot/index.ts';
import { createHubspotSdk, hubspotManifest, hubspotPeopleSide } from '../../connectors/hubspot/index.ts';
import { createSalesforceConnection, salesforceManifest, salesforcePeopleSide } from '../../connectors/salesforce/index.ts';
import type { TokenKeeper } from '../connections/index.ts';
import { tokenSession } from '../connections/index.ts';
import type { RetryOptions } from '../connector-kit/call-with-retry.ts';
import type { PeopleSide } from '../connector-kit/people-side.ts';
import type { VendorLimiters } from '../connector-kit/vendor-limiter.ts';
import type { SyncSettings } from '../config/sync-settings.ts';
import type { Store, Tenant, Vendor } from '../store/index.ts';

export interface SideWiring {
  store: Store;
  keeper: TokenKeeper;
  limiters: VendorLimiters;
  /** Injected by tests so backoff is counted, not waited. */
  retry?: Pick<RetryOptions, 'sleep' | 'random' | 'policy'>;
  /** Standard Salesforce fields the org lacks (the sandbox has no DoNotCall). */
  salesforceOmitFields?: readonly string[];
  /** Benchmarks against a `revops sandbox --time-scale K` only: HubSpot's windows are K times shorter. */
  timeScale?: number;
}

export class MissingConnectionError extends Error {
  constructor(tenant: Tenant, vendor: Vendor) {
    super(`tenant ${tenant.name} (${tenant.id}) has no ${vendor} connection: install or connect ${vendor} first`);
    this.name = 'MissingConnectionError';
  }
}

async function connectionOf(wiring: SideWiring, tenant: Tenant, vendor: Vendor) {
  const connection = await wiring.store.connections.get(tenant.id, vendor);
  if (!connection) throw new MissingConnectionError(tenant, vendor);
  return connection;
}

async function hubspotSide(wiring: SideWiring, tenant: Tenant): Promise<PeopleSide> {
  const connection = await connectionOf(wiring, tenant, 'hubspot');
  const session = tokenSession(wiring.keeper, tenant.id, 'hubspot');
  const sdk: HubspotSdk = createHubspotSdk({ baseUrl: connection.instanceUrl ?? hubspotManifest.apiBaseUrl, accessToken: await session.token() });
  const reauthorize = async () => {
    await session.reauthorize();
    sdk.setAccessToken(await session.token());
  };
  const { burst } = hubspotManifest.limits;
  const scale = wiring.timeScale ?? 1;
  return hubspotPeopleSide(sdk, {
    ...wiring.retry,
    reauthorize,
    limiter: wiring.limiters.limiterFor(tenant.id, 'hubspot', { max: burst.max, windowMs: burst.windowMs / scale }),
    // Search has its own 5-per-second limit, outside the burst window.
    searchLimiter: wiring.limiters.limiterFor(tenant.id, 'hubspot:search', { max: 5, windowMs: 1_000 / scale, maxConcurrent: 2 }),
  });
}

async function salesforceSide(wiring: SideWiring, tenant: Tenant): Promise<PeopleSide> {
  const connection = await connectionOf(wiring, tenant, 'salesforce');
  const session = tokenSession(wiring.keeper, tenant.id, 'salesforce');
  // No oauth2 on the connection: jsforce would refresh behind the keeper's back and lose rotated tokens.
  const conn = createSalesforceConnection({ instanceUrl: connection.instanceUrl ?? salesforceManifest.apiBaseUrl, accessToken: await session.token() });
  const reauthorize = async () => {
    await session.reauthorize();
    conn.accessToken = await session.token();
  };
  return salesforcePeopleSide(conn, {
    ...wiring.retry,
    reauthorize,
    // Salesforce meters a daily allocation, not a burst window: the limiter only caps concurrency.
    limiter: wiring.limiters.limiterFor(tenant.id, 'salesforce', { max: 1_000, windowMs: 1_000, maxConcurrent: 10 }),
    ...(wiring.salesforceOmitFields ? { omitFields: wiring.salesforceOmitFields } : {}),
  });
}

/** The CRM and marketing sides of a tenant's contact sync, as its roles say. */
export async function contactSides(wiring: SideWiring, tenant: Tenant, roles: SyncSettings['roles']): Promise<{ crm: PeopleSide; marketing: PeopleSide }> {
  const sideOf = (vendor: 'hubspot' | 'salesforce') => (vendor === 'hubspot' ? hubspotSide(wiring, tenant) : salesforceSide(wiring, tenant));
  return { crm: await sideOf(roles.crm), marketing: await sideOf(roles.marketing) };
}
