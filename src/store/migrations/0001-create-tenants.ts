import type { Migration } from './migration.ts';

export const createTenants: Migration = {
  version: 1,
  name: 'create tenants',
  up: `
    CREATE TABLE tenants (
      id TEXT PRIMARY KEY,
      crm TEXT NOT NULL CHECK (crm IN ('hubspot', 'salesforce')),
      external_account_id TEXT NOT NULL,
      name TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('active', 'uninstalled')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CONSTRAINT tenants_crm_external_account_unique UNIQUE (crm, external_account_id)
    );
  `,
};
