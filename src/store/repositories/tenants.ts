import type { Crm } from './vendor.ts';
import type { IsoTimestamp } from './timestamp.ts';

export type TenantStatus = 'active' | 'uninstalled';

/** One installed HubSpot portal or Salesforce org. */
export interface Tenant {
  id: string;
  crm: Crm;
  /** The HubSpot portal id or the Salesforce org id. */
  externalAccountId: string;
  name: string;
  status: TenantStatus;
  createdAt: IsoTimestamp;
  updatedAt: IsoTimestamp;
}

export interface NewTenant {
  crm: Crm;
  externalAccountId: string;
  name: string;
}

/** The root of tenancy: the only repository whose methods do not all take a tenant id. */
export interface TenantRepository {
  /** Throws DuplicateRecordError if this portal or org is already a tenant; a reinstall uses findByExternal + markActive. */
  create(tenant: NewTenant): Promise<Tenant>;
  get(tenantId: string): Promise<Tenant | undefined>;
  findByExternal(crm: Crm, externalAccountId: string): Promise<Tenant | undefined>;
  /** Oldest first. */
  list(filter?: { status?: TenantStatus }): Promise<Tenant[]>;
  markUninstalled(tenantId: string): Promise<Tenant>;
  /** A reinstall of an uninstalled portal or org keeps its tenant, id map and history. */
  markActive(tenantId: string): Promise<Tenant>;
}
